"""Time and peak memory of reading, cleaning, tokenizing and numericalizing a 3M-headline Examiner-format CSV.

The CSV is built by resampling the shared click-bait and news headlines: each row joins the first half of one
headline to the second half of another, so that rows are (nearly all) distinct, like the real Examiner corpus.

    python bench/tokenize_3m.py [--rows 3000000] [--workers 2]
"""
import argparse, csv, random, resource, time
from pathlib import Path
from clickbait_fastai.data import read_headlines, clean_headlines, tokenize_headlines, headline_vocab, split_headlines, _numericalize

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

def peak_mb():
    return max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)/1024

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--rows', type=int, default=3_000_000)
    p.add_argument('--workers', type=int, default=2)
    args = p.parse_args()
    out.mkdir(exist_ok=True)
    path = out/f'examiner-{args.rows}.csv'
    if not path.exists():
        t = time.time(); make_csv(path, args.rows); print(f"wrote {path} ({path.stat().st_size/1e6:.0f} MB) in {time.time()-t:.0f}s")
    t0 = time.time()
    headlines = read_headlines(path); t1 = time.time()
    headlines = clean_headlines(headlines); t2 = time.time()
    toks = tokenize_headlines(headlines, n_workers=args.workers); t3 = time.time()
    train_idxs,_ = split_headlines(len(headlines))
    vocab = headline_vocab(toks, train_idxs)
    docs = _numericalize(toks, vocab); t4 = time.time()
    print(f"read {len(headlines):,} headlines: {t1-t0:.1f}s; clean: {t2-t1:.1f}s; tokenize: {t3-t2:.1f}s; "
          f"vocab + numericalize: {t4-t3:.1f}s; tokenize + numericalize: {t4-t2:.1f}s; total {t4-t0:.1f}s")
    print(f"{toks.ids.size:,} tokens, vocabulary of {len(vocab):,}; peak memory {peak_mb():,.0f} MB")
