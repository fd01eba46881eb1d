"""How much dropout the bundled model's corpus wants: per-word perplexity after each epoch, per `drop_mult`.

Trains the `clickbait_train` recipe (its defaults: size, epochs, lr, wd, bs, seq_len) on the 12,959 training
headlines of the shared click-bait corpus once per `drop_mult`, and prints the held-out per-word perplexity of
each epoch's model (fastai's `word_ppl` metric), the best epoch's exact perplexity (`learn.perplexity`) and its
ratio to the 4-gram Kneser-Ney baseline. One run of 20 epochs takes about 20 minutes on 2 cores.

    python bench/dropout_sweep.py [--drop_mults 0.5 1 2 3] [--epochs 20] [--wd 0.1] [--size small] [--bs 16] [--txt FILE]

`--txt` trains on another corpus of one headline a line instead (e.g. `non_clickbait_train.txt`, news headlines).

With another `--size` or `--bs`, the learning rate follows the batch size (`batch_lr`), as in `clickbait_train`.
"""
import argparse, time
from pathlib import Path
from clickbait_fastai.data import headlines_from_txt, clean_headlines, headline_dls
from clickbait_fastai.model import headline_learner, fit_headlines
from clickbait_fastai.ngram import KneserNeyLM
from train_speed import shared, recipe as d

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--drop_mults', type=float, nargs='+', default=[0.5, 1.0, 2.0, 3.0])
    p.add_argument('--epochs', type=int, default=d['epochs'])
    p.add_argument('--wd', type=float, default=d['wd'])
    p.add_argument('--size', default=d['size'], help='tiny, small or base')
    p.add_argument('--bs', type=int, default=d['bs'])
    p.add_argument('--txt', type=Path, default=shared/'clickbait_train.txt', help='the corpus, one headline a line')
    args = p.parse_args()
    headlines = clean_headlines(headlines_from_txt(args.txt), verbose=False)
    dls = headline_dls(headlines, d['valid_pct'], d['seed'], bs=args.bs, seq_len=d['seq_len'])
    train,valid = [[headlines[i] for i in idxs] for idxs in dls.splits]
    kn = KneserNeyLM(4).fit(train).perplexity(valid)
    print(f"{args.txt.name}: {len(train):,} training headlines; 4-gram Kneser-Ney: per-word perplexity {kn:.1f}; {args.size}, bs {args.bs}, {args.epochs} epochs, lr {d['lr'] or 'batch_lr (5e-3 at bs 16)'}, wd {args.wd}")
    for dm in args.drop_mults:
        t = time.time()
        learn = headline_learner(dls, args.size, dm, args.wd, path=Path(__file__).parent/'out'/f'{args.txt.stem}_{args.size}_bs{args.bs}_drop_mult_{dm}')
        with learn.no_bar(), learn.no_logging(): fit_headlines(learn, args.epochs, d['lr'])
        by_epoch = [round(float(v[-1])) for v in learn.recorder.values]
        ppl = learn.perplexity(valid)
        print(f"drop_mult {dm}: {time.time()-t:.0f}s; word_ppl by epoch {by_epoch}; "
              f"best epoch {ppl:.1f} ({ppl/kn:.2f}x Kneser-Ney)", flush=True)
