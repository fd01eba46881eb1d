"""Does the learning rate have to follow the batch size? Held-out perplexity of the bundled recipe at other batch sizes.

Trains the `clickbait_train` recipe (its defaults but `bs` and `lr`: size, epochs, drop_mult, wd, seq_len) on the
12,959 training headlines of the shared click-bait corpus once per `BS:LR` pair, without keywords, and prints the
best epoch's held-out per-word perplexity (`learn.perplexity`), its ratio to the 4-gram Kneser-Ney baseline, and
the time. A bigger batch takes fewer steps per epoch: with the same learning rate and epochs, it trains less.

    python bench/batch_size_sweep.py [--runs 16:5e-3 64:5e-3 64:1e-2 64:2e-2] [--epochs 20]
"""
import argparse, time
from pathlib import Path
from clickbait_fastai.data import headlines_from_txt, clean_headlines, headline_dls
from clickbait_fastai.model import headline_learner, fit_headlines
from clickbait_fastai.ngram import KneserNeyLM
from train_speed import shared, recipe as d

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--runs', nargs='+', default=['16:5e-3', '64:5e-3', '64:1e-2', '64:2e-2'])
    p.add_argument('--epochs', type=int, default=d['epochs'])
    args = p.parse_args()
    headlines = clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False)
    for run in args.runs:
        bs,lr = int(run.split(':')[0]),float(run.split(':')[1])
        dls = headline_dls(headlines, d['valid_pct'], d['seed'], bs=bs, seq_len=d['seq_len'])
        train,valid = [[headlines[i] for i in idxs] for idxs in dls.splits]
        if run == args.runs[0]: print(f"4-gram Kneser-Ney: per-word perplexity {KneserNeyLM(4).fit(train).perplexity(valid):.1f}", flush=True)
        t = time.time()
        learn = headline_learner(dls, d['size'], d['drop_mult'], d['wd'], path=Path(__file__).parent/'out'/f'bs_{bs}_lr_{lr}')
        with learn.no_bar(), learn.no_logging(): fit_headlines(learn, args.epochs, lr)
        by_epoch = [round(float(v[-1])) for v in learn.recorder.values]
        print(f"bs {bs}, lr {lr:g}: {time.time()-t:.0f}s, {len(dls.train)} steps an epoch; word_ppl by epoch {by_epoch}; "
              f"best epoch {learn.perplexity(valid):.1f}", flush=True)
