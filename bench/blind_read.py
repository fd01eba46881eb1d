"""Blind reads: what readers think of generated headlines, against real held-out ones.

`make` writes, for each source, 80 headlines (real ones from the held-out split nothing trains or tunes on, or the
first 4 batches of 20 that `generate_headlines` returns, as an editor gets them), shuffled together with an id per
line, into DIR/headlines.txt; the source of each line goes to DIR/key.json, which readers must not see. Give each
reader a copy of headlines.txt alone, briefed only with the scale:

    3 = could be published as it stands; 2 = awkward; 1 = garbled (makes no sense as a whole)

and have them write "ID<TAB>rating" for every line to their own ratings.tsv. `score` prints the share of 3s and
1s per source and reader, as a Markdown table.

    python bench/blind_read.py make DIR [--read final|round2]
    python bench/blind_read.py score DIR READER_DIR [READER_DIR ...]

The reads of nbs/02_sampler.ipynb: `--read final` (seeds 0-3) and `--read round2` (seeds 200-203); they give the
generated lines those reads had, and a fresh sample of real ones.
"""
import argparse, json, random
from pathlib import Path
import numpy as np
from clickbait_fastai.data import headlines_from_txt, clean_headlines, split_headlines
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.sampler import generate_headlines

shared = Path(__file__).parent.parent.parent/'shared/data/clickbait'

# each read: its seeds, and for each source the `generate_headlines` arguments (None: real held-out headlines)
reads = {
    'final': (range(0, 4), {'real held-out': None,
                            'old defaults: temperature=1.05, rank=False': dict(temperature=1.05, rank=False),
                            'temperature=0.9, rank=False': dict(temperature=0.9, rank=False),
                            'defaults: temperature=0.9, ranked, oversample=10': dict(),
                            'one call of n=1000 at the defaults': 'one call',
                            'temperature=1.0, ranked, oversample=10': dict(temperature=1.0)}),
    'round2': (range(200, 204), {'real held-out': None,
                                 'defaults: temperature=0.9, ranked, oversample=10': dict(),
                                 'temperature=0.8, ranked, oversample=10': dict(temperature=0.8),
                                 'temperature=0.9, ranked, oversample=20': dict(oversample=20)}),
}

def make(out, read, per_source=80):
    seeds,sources = reads[read]
    corpus = clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False)
    held_out = [corpus[i] for i in split_headlines(len(corpus))[1]]
    rng,learn,items = random.Random(seeds[0]),load_headline_learner(),[]
    for name,kw in sources.items():
        if kw is None: hs = rng.sample(held_out, per_source)
        elif kw == 'one call': hs = random.Random(5).sample(generate_headlines(learn, 1000, seed=0), per_source)
        else: hs = [h for s in seeds for h in generate_headlines(learn, 20, seed=s, **kw)][:per_source]
        items += [(name, h) for h in hs]
    rng.shuffle(items)
    out.mkdir(parents=True, exist_ok=True)
    (out/'key.json').write_text(json.dumps([{'id': i+1, 'source': s, 'headline': h} for i,(s,h) in enumerate(items)], indent=0))
    (out/'headlines.txt').write_text(''.join(f'{i+1}\t{h}\n' for i,(_,h) in enumerate(items)))
    print(f"{len(items)} headlines in {out/'headlines.txt'}; the key is {out/'key.json'}")

def tally(key, readers, fname='ratings.tsv'):
    "Print, for each source of `key`, the share of lines each reader (their `fname`) rated 3 and 1, as a Markdown table"
    ratings = [dict(l.strip().split('\t')[:2] for l in (Path(r)/fname).read_text().splitlines() if l.strip()) for r in readers]
    for r,rs in zip(readers, ratings):
        if set(rs) != {str(k['id']) for k in key}: raise SystemExit(f"{r}/{fname} does not rate every line once")
    print('| source | lines | rated 3 (per reader) | rated 1 (per reader) |\n|---|---|---|---|')
    for source in dict.fromkeys(k['source'] for k in key):
        ids = [str(k['id']) for k in key if k['source'] == source]
        share = lambda v: ' / '.join(f"{np.mean([int(rs[i]) == v for i in ids]):.0%}" for rs in ratings)
        print(f"| {source} | {len(ids)} | {share(3)} | {share(1)} |")

def score(out, readers): tally(json.loads((out/'key.json').read_text()), readers)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('action', choices=['make', 'score'])
    p.add_argument('dir', type=Path)
    p.add_argument('readers', nargs='*')
    p.add_argument('--read', choices=list(reads), default='final')
    args = p.parse_args()
    make(args.dir, args.read) if args.action == 'make' else score(args.dir, args.readers)
