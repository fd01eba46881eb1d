"""Training speed of our learner against a plain PyTorch loop over the same network and batches, on CPU or GPU.

For each size preset: tokens/s of `fit_headlines`' training loop (fastai's Learner with its AWD-LSTM callbacks)
and of a minimal loop (forward, cross-entropy, backward, Adam step) on the same batches; the ratio is
what fastai's machinery costs. With --train, it also trains the 'small' preset with the defaults of
`clickbait_train` and reports wall time and per-word perplexity next to the 4-gram Kneser-Ney baseline.

    python bench/train_speed.py [--sizes tiny small base] [--batches 30] [--bs 16] [--train] [--txt HEADLINES]
"""
import argparse, time
from pathlib import Path
import torch
from fastai.text.all import Callback, CancelFitException, CrossEntropyLossFlat, AWD_LSTM, get_language_model
from clickbait_fastai.data import headlines_from_txt, clean_headlines, headline_dls
from clickbait_fastai.lm import arg_defaults, training_defaults
from clickbait_fastai.model import headline_learner, fit_headlines, model_config
from clickbait_fastai.ngram import KneserNeyLM
from clickbait_fastai.cli import clickbait_train

shared = Path(__file__).parent.parent.parent/'shared/data/clickbait'

# the defaults of `clickbait_train`: the bundled model's recipe (its `--epochs auto` gives the bundled corpus 20)
recipe = {**arg_defaults(clickbait_train, ('size', 'lr', 'drop_mult', 'wd', 'bs', 'seq_len', 'valid_pct', 'seed')), 'epochs': training_defaults['epochs']}

def _sync(device):
    if torch.device(device).type == "cuda": torch.cuda.synchronize(device)  # GPU work is asynchronous: wait for it before reading the clock

class TimeBatches(Callback):
    "Time training batches after the first (warm-up), and stop after `n`"
    def __init__(self, n): self.n = n
    def before_fit(self): self.count,self.tokens,self.start = 0,0,None
    def before_batch(self):
        if self.count == 1: _sync(self.dls.device); self.start = time.perf_counter()
    def after_batch(self):
        if self.count >= 1: self.tokens += self.xb[0].numel()
        self.count += 1
        if self.count > self.n:
            _sync(self.dls.device)
            self.elapsed = time.perf_counter() - self.start
            raise CancelFitException()

def fastai_speed(dls, size, n):
    learn = headline_learner(dls, size)  # mixed precision on a GPU, as in training
    timer = TimeBatches(n)
    with learn.no_bar(), learn.no_logging(): learn.fit(1, 1e-3, cbs=timer)
    return timer.tokens/timer.elapsed

def plain_speed(dls, size, n):
    "The same network and batches in a minimal loop, with the same mixed precision as the learner on a GPU"
    device = torch.device(dls.device)
    model = get_language_model(AWD_LSTM, len(dls.vocab), config=model_config(size), drop_mult=recipe['drop_mult']).to(device)
    model.reset()  # the AWD-LSTM makes its hidden state on its parameters' device at reset, not at .to()
    amp = device.type == 'cuda'
    opt,loss_func,scaler = torch.optim.Adam(model.parameters(), 1e-3),CrossEntropyLossFlat(),torch.amp.GradScaler(enabled=amp)
    batches = [b for _,b in zip(range(n+1), dls.train)]
    model.train()
    for i,(x,y) in enumerate(batches):
        if i == 1: _sync(device); start = time.perf_counter()
        with torch.autocast(device.type, enabled=amp): loss = loss_func(model(x)[0], y)
        scaler.scale(loss).backward(); scaler.step(opt); scaler.update(); opt.zero_grad()
    _sync(device)
    return sum(x.numel() for x,_ in batches[1:])/(time.perf_counter() - start)

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--sizes', nargs='+', default=['tiny', 'small', 'base'])
    p.add_argument('--batches', type=int, default=30)
    p.add_argument('--bs', type=int, default=recipe['bs'])
    p.add_argument('--seq_len', type=int, default=recipe['seq_len'])
    p.add_argument('--train', action='store_true')
    p.add_argument('--txt', type=Path, default=shared/'clickbait_train.txt', help='the headlines, one a line')
    args = p.parse_args()
    headlines = clean_headlines(headlines_from_txt(args.txt), verbose=False)
    dls = headline_dls(headlines, bs=args.bs, seq_len=args.seq_len)
    print(f"{torch.get_num_threads()} threads; bs={args.bs}, seq_len={args.seq_len}; {args.batches} timed batches")
    for size in args.sizes:
        ours,plain = fastai_speed(dls, size, args.batches),plain_speed(dls, size, args.batches)
        print(f"{size:>6}: fastai learner {ours:8,.0f} tokens/s, plain PyTorch loop {plain:8,.0f} tokens/s, ratio {ours/plain:.2f}")
    if args.train:
        train,valid = [[headlines[i] for i in idxs] for idxs in dls.splits]
        t = time.time(); kn = KneserNeyLM(4).fit(train).perplexity(valid)
        print(f"4-gram Kneser-Ney: per-word perplexity {kn:.1f} ({time.time()-t:.0f}s to fit and score)")
        t,r = time.time(),recipe
        learn = headline_learner(dls, r['size'], r['drop_mult'], r['wd'], path=Path(__file__).parent/'out')
        fit_headlines(learn, r['epochs'], r['lr'])
        print(f"{r['size']} preset, {r['epochs']} epochs: {time.time()-t:.0f}s, per-word perplexity {learn.perplexity(valid):.1f}")
