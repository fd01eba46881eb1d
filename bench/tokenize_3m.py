"""Time and peak memory of getting a 3M-headline Examiner-format CSV ready to train on: reading, cleaning, tokenizing
(or reading the token cache), `keyword_dls` (vocabulary, numericalizing, keywords, `DataLoaders`) and the first
training batches; a first run on an empty token cache, then a second run on the same CSV, which reads it.

The CSV is built by resampling the shared click-bait and news headlines: each row joins the first half of one
headline to the second half of another, so that rows are (nearly all) distinct, like the real Examiner corpus.

    python bench/tokenize_3m.py [--rows 3000000] [--workers 2] [--batches 20] [--index] [--kneser_ney]

Each run is a fresh process, as `clickbait_train` would be. Peak memory is the most the process and its
tokenizing workers held together (their proportional set size, sampled every 50 ms), the figure to hold against
a memory budget; `--kneser_ney` also fits the 4-gram Kneser-Ney baseline on the training split and scores
the held-out split, as `clickbait_train` does at its end, with the data still in memory; `--index` also times the novelty index (`HeadlineIndex`) of the training headlines, which
`clickbait_train` builds when it exports.
"""
import argparse, csv, json, os, random, resource, shutil, subprocess, sys, threading, time
from pathlib import Path

shared = Path(__file__).parent.parent.parent/'shared/data/clickbait'
out = Path(__file__).parent/'out'

def make_csv(path, rows, seed=0):
    lines = [l.split() for f in ('clickbait_train.txt', 'non_clickbait_train.txt')
             for l in (shared/f).read_text(encoding='utf-8').splitlines() if len(l.split()) > 1]
    rng = random.Random(seed)
    with open(path, 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f)
        w.writerow(['publish_date', 'headline_text'])
        for i in range(rows):
            a,b = rng.choice(lines),rng.choice(lines)
            w.writerow([20100101 + i % 2000, ' '.join(a[:len(a)//2] + b[len(b)//2:])])

def _pss_mb(pid):
    "Proportional set size of `pid` and its descendants, in MB: shared pages are split between the processes sharing them"
    total = 0
    try:
        for line in open(f'/proc/{pid}/smaps_rollup'):
            if line.startswith('Pss:'): total += int(line.split()[1])
        for task in os.listdir(f'/proc/{pid}/task'):
            for child in open(f'/proc/{pid}/task/{task}/children').read().split(): total += _pss_mb(int(child))*1024
    except (FileNotFoundError, ProcessLookupError, PermissionError): pass  # a worker that just ended
    return total/1024

class PeakMemory:
    "Samples the memory of this process and its children in a thread, keeping the peak of each stage"
    def __init__(self, every=0.05):
        self.every,self.stage,self.peaks,self._stop = every,'start',{},threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True); self.thread.start()
    def _run(self):
        while not self._stop.is_set():
            self._run_once()
            time.sleep(self.every)
    def set(self, stage): self._run_once(); self.stage = stage
    def _run_once(self):
        self.peaks[self.stage] = max(self.peaks.get(self.stage, 0), _pss_mb(os.getpid()))
    def stop(self): self._run_once(); self._stop.set(); self.thread.join()

def run_phase(args):
    "One run, in this process: prints its figures as one line of JSON"
    mem = PeakMemory()
    import clickbait_fastai.data as data
    from clickbait_fastai.data import read_headlines, clean_headlines, split_headlines, HeadlineIndex
    from clickbait_fastai.keywords import keyword_dls
    tokenize_time = []
    def timed_tokenize(*a, **kw):  # `headline_dls` calls it by its module name: its share of building the dls
        t = time.time(); mem.set('tokenize'); res = tokenize_headlines(*a, **kw)
        tokenize_time.append(time.time()-t); mem.set('dls'); return res
    tokenize_headlines,data.tokenize_headlines = data.tokenize_headlines,timed_tokenize
    res = {'phase': args.phase}
    t0 = time.time(); mem.set('read')
    headlines = read_headlines(args.csv); t1 = time.time(); mem.set('clean')
    headlines = clean_headlines(headlines, verbose=False); t2 = time.time(); mem.set('dls')
    if args.phase == 'index':
        train_idxs,_ = split_headlines(len(headlines)); mem.set('index')
        index = HeadlineIndex([headlines[i] for i in train_idxs]); t3 = time.time()
        mem.stop()
        res.update(headlines=len(headlines), read=t1-t0, clean=t2-t1, index=t3-t2, hashes=len(index), peaks=mem.peaks)
        print(json.dumps(res)); return
    dls = keyword_dls(headlines, n_workers=args.workers, cache=args.cache, bs=64, seq_len=72, device='cpu'); t3 = time.time()
    mem.set('batches')
    it = iter(dls.train)
    for _ in range(args.batches): x,y = next(it)
    t4 = time.time()
    if args.kneser_ney:  # what clickbait_train does at the end, with the data still in memory
        from clickbait_fastai.ngram import KneserNeyLM
        mem.set('kneser_ney')
        train,valid = [[headlines[i] for i in idxs] for idxs in dls.splits]
        res.update(kn_perplexity=KneserNeyLM(4).fit(train).perplexity(valid), kneser_ney=time.time()-t4)
    mem.stop()
    res.update(headlines=len(headlines), tokens=int(sum(dls.train.lens) + sum(dls.valid.lens)), vocab=len(dls.vocab),
               read=t1-t0, clean=t2-t1, tokenize=tokenize_time[0], dls=t3-t2-tokenize_time[0], batches=t4-t3,
               total=t4-t0, peaks=mem.peaks, maxrss_self=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss/1024,
               maxrss_children=resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss/1024)
    print(json.dumps(res))

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--rows', type=int, default=3_000_000)
    p.add_argument('--workers', type=int, default=2, help='processes to tokenize with')
    p.add_argument('--batches', type=int, default=20, help='training batches to draw (bs 64, seq_len 72)')
    p.add_argument('--index', action='store_true', help='also build the novelty index of the training headlines')
    p.add_argument('--kneser_ney', action='store_true', help="also fit the 4-gram Kneser-Ney baseline on the training split and score the rest, as clickbait_train does")
    p.add_argument('--phase', help=argparse.SUPPRESS)
    p.add_argument('--csv', help=argparse.SUPPRESS)
    p.add_argument('--cache', help=argparse.SUPPRESS)
    args = p.parse_args()
    if args.phase: run_phase(args); sys.exit()

    out.mkdir(exist_ok=True)
    path = out/f'examiner-{args.rows}.csv'
    if not path.exists():
        t = time.time(); make_csv(path, args.rows); print(f"wrote {path} ({path.stat().st_size/1e6:.0f} MB) in {time.time()-t:.0f}s")
    cache = out/'token-cache'
    shutil.rmtree(cache, ignore_errors=True)
    results,stages = [],('start', 'read', 'clean', 'tokenize', 'dls', 'batches', 'kneser_ney', 'index')
    for phase in ['first', 'cached'] + (['index'] if args.index else []):
        cmd = [sys.executable, __file__, '--phase', phase, '--csv', str(path), '--cache', str(cache),
               '--workers', str(args.workers), '--batches', str(args.batches)] + (['--kneser_ney'] if args.kneser_ney else [])
        proc = subprocess.run(cmd, capture_output=True, text=True)
        if proc.returncode: sys.exit(f"the {phase} run failed:\n{proc.stderr[-3000:]}")
        results.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        r = results[-1]
        peak = max(r['peaks'].values())
        print(f"{phase}: " + ', '.join(f"{k} {r[k]:.1f}s" for k in ('read', 'clean', 'tokenize', 'dls', 'batches', 'kneser_ney', 'index', 'total') if k in r)
              + f"; peak memory {peak:,.0f} MB (" + ', '.join(f"{k} {r['peaks'][k]:,.0f}" for k in stages if k in r['peaks']) + ')', flush=True)
    first,cached = results[:2]
    print(f"\n{first['headlines']:,} headlines, {first['tokens']:,} tokens, vocabulary of {first['vocab']:,}; "
          f"cache {sum(f.stat().st_size for f in cache.rglob('*') if f.is_file())/1e6:.0f} MB")
    print(f"tokenizing {first['tokenize']:.1f}s -> from the cache {cached['tokenize']:.1f}s; "
          f"CSV to first batches {first['total']:.1f}s -> {cached['total']:.1f}s; "
          f"peak memory {max(first['peaks'].values()):,.0f} MB -> {max(cached['peaks'].values()):,.0f} MB")
