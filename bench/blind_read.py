"""Blind reads: what readers think of generated headlines, against real held-out ones.

`make` writes, for each source, 80 headlines (real ones from the held-out split nothing trains or tunes on, or the
first 4 batches of 20 that `generate_headlines` returns, as an editor gets them), shuffled together with an id per
line, into DIR/headlines.txt; the source of each line goes to DIR/key.json, which readers must not see. Give each
reader a copy of headlines.txt alone, briefed only with the scale:

    3 = could be published as it stands; 2 = awkward; 1 = garbled (makes no sense as a whole)

and have them write "ID<TAB>rating" for every line to their own ratings.tsv. `score` prints the share of 3s and
1s per source and reader, as a Markdown table.

    python bench/blind_read.py make DIR [--read final|round2|round3|round4|one59|one60|one61] [--model PATH]
    python bench/blind_read.py score DIR READER_DIR [READER_DIR ...]
    python bench/blind_read.py variety [--read ...] [--model PATH]   # distinct-2 and near copies over 1,000

The reads of nbs/02_sampler.ipynb: `--read final` (seeds 0-3) and `--read round2` (seeds 200-203); they gave the
generated lines those reads had, and a fresh sample of real ones, until the bundled model came to rank its
candidates backwards (2026-12-01): the lines are now those it ranks so. `--read round3` (seeds 300-303) compares 10 and 20
candidates per headline, and the bundled model with the one at `--model` (trained with `clickbait_train --more`).
`--read round4` (seeds 500-503) reads the defaults once the bundled model ranked by its backward model.
`--read one59`, `one60` and `one61` (2026-12-01) read one call of n=1000 each, at 10, 30 and 100 candidates per headline
and at temperature 1.0; their real headlines are the same as in those reads, in another order.
"""
import argparse, json, random
from pathlib import Path
import numpy as np
from fastcore.basics import ifnone
from clickbait_fastai.data import headlines_from_txt, clean_headlines, split_headlines
from clickbait_fastai.lm import novelty_index
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.sampler import distinct_n, generate_headlines

shared = Path(__file__).parent.parent.parent/'shared/data/clickbait'

# each read: its seeds, and for each source the `generate_headlines` arguments (None: real held-out headlines);
# `one_call`: a sample of one call of n=1000 (with `seed`, or 0), `model='other'`: drawn from the model given with --model
reads = {
    'final': (range(0, 4), {'real held-out': None,
                            'old defaults: temperature=1.05, rank=False': dict(temperature=1.05, rank=False),
                            'temperature=0.9, rank=False': dict(temperature=0.9, rank=False),
                            'defaults: temperature=0.9, ranked, oversample=10': dict(oversample=10),
                            'one call of n=1000 at the defaults': dict(one_call=True, oversample=10),
                            'temperature=1.0, ranked, oversample=10': dict(temperature=1.0, oversample=10)}),
    'round2': (range(200, 204), {'real held-out': None,
                                 'defaults: temperature=0.9, ranked, oversample=10': dict(oversample=10),
                                 'temperature=0.8, ranked, oversample=10': dict(temperature=0.8, oversample=10),
                                 'temperature=0.9, ranked, oversample=20': dict(oversample=20)}),
    'round3': (range(300, 304), {'real held-out': None,
                                 'oversample=10': dict(oversample=10),
                                 'oversample=20': dict(oversample=20),
                                 'one call of n=1000, oversample=20': dict(oversample=20, one_call=True),
                                 'more data (clickbait_train --more), oversample=20': dict(model='other', oversample=20)}),
    'round4': (range(500, 504), {'real held-out': None,
                                 'defaults, ranked backwards': dict(),
                                 'one call of n=1000 at the defaults, ranked backwards': dict(one_call=True)}),
    # one call of n=1000 (each its own seed): how many candidates per headline, and the temperature
    'one59': (range(59, 60), {'real held-out': None,
                              'one call of n=1000 at the defaults (10 candidates each)': dict(one_call=True, seed=901),
                              'one call of n=1000, oversample=30': dict(one_call=True, seed=901, oversample=30)}),
    'one60': (range(60, 61), {'real held-out': None,
                              'one call of n=1000, oversample=100': dict(one_call=True, seed=902, oversample=100)}),
    'one61': (range(61, 62), {'real held-out': None,
                              'one call of n=1000 at the defaults (10 candidates each)': dict(one_call=True, seed=904),
                              'one call of n=1000, oversample=30': dict(one_call=True, seed=904, oversample=30),
                              'one call of n=1000, oversample=30, temperature=1.0': dict(one_call=True, seed=903, oversample=30, temperature=1.0),
                              'one call of n=1000, oversample=50, temperature=1.0': dict(one_call=True, seed=905, oversample=50, temperature=1.0)}),
}

def generated(read, model=None):
    "For each generated source of `read`: its name, a function of seeds giving its headlines for them, its model, and whether it is one call"
    seeds,sources = reads[read]
    learn = load_headline_learner()
    other = load_headline_learner(model) if model else None
    for name,kw in sources.items():
        if kw is None: continue
        kw = dict(kw)
        one_call,drawing,seed = kw.pop('one_call', False),other if kw.pop('model', None) else learn,kw.pop('seed', None)
        if drawing is None: raise SystemExit(f"--read {read} needs --model")
        if one_call: yield name,(lambda seeds, d=drawing, kw=kw, seed=seed: generate_headlines(d, 20*len(seeds), seed=ifnone(seed, seeds[0]), **kw)),drawing,True
        else: yield name,(lambda seeds, d=drawing, kw=kw: [h for s in seeds for h in generate_headlines(d, 20, seed=s, **kw)]),drawing,False

def make(out, read, model=None, per_source=80):
    seeds = reads[read][0]
    corpus = clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False)
    held_out = [corpus[i] for i in split_headlines(len(corpus))[1]]
    rng = random.Random(seeds[0])
    items = [('real held-out', h) for h in rng.sample(held_out, per_source)]
    for name,headlines,_,one_call in generated(read, model):
        # readers get the first requests of 20 as an editor sees them, or a sample of one call of n=1000 (seed 0)
        hs = random.Random(5).sample(headlines(range(50)), per_source) if one_call else headlines(seeds)[:per_source]
        items += [(name, h) for h in hs]
    rng.shuffle(items)
    out.mkdir(parents=True, exist_ok=True)
    (out/'key.json').write_text(json.dumps([{'id': i+1, 'source': s, 'headline': h} for i,(s,h) in enumerate(items)], indent=0))
    (out/'headlines.txt').write_text(''.join(f'{i+1}\t{h}\n' for i,(_,h) in enumerate(items)))
    print(f"{len(items)} headlines in {out/'headlines.txt'}; the key is {out/'key.json'}")

def read_ratings(readers, fname='ratings.tsv'):
    "Each reader's ratings, line id to rating, from the \"ID<TAB>rating\" lines of their `fname`"
    return [{int(a): int(b) for a,b in (l.split('\t')[:2] for l in (Path(r)/fname).read_text().splitlines() if l.strip())} for r in readers]

def tally(key, readers, fname='ratings.tsv'):
    "Print, for each source of `key`, the share of lines each reader (their `fname`) rated 3 and 1, as a Markdown table"
    ratings = read_ratings(readers, fname)
    for r,rs in zip(readers, ratings):
        if set(rs) != {k['id'] for k in key}: raise SystemExit(f"{r}/{fname} does not rate every line once")
    print('| source | lines | rated 3 (per reader) | rated 1 (per reader) |\n|---|---|---|---|')
    for source in dict.fromkeys(k['source'] for k in key):
        ids = [k['id'] for k in key if k['source'] == source]
        share = lambda v: ' / '.join(f"{np.mean([rs[i] == v for i in ids]):.0%}" for rs in ratings)
        print(f"| {source} | {len(ids)} | {share(3)} | {share(1)} |")

def variety(read, model=None):
    "Print distinct-2 and near copies over 1,000 headlines of each generated source: 50 requests of 20 (seeds 0-49) or one of 1,000"
    for name,headlines,learn,_ in generated(read, model):
        hs = headlines(range(50))
        print(f"{name}: distinct-2 {distinct_n(hs):.2f}, near copies {np.mean([novelty_index(learn).is_copy(h) for h in hs]):.1%} of {len(hs):,}")

def score(out, readers): tally(json.loads((out/'key.json').read_text()), readers)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('action', choices=['make', 'score', 'variety'])
    p.add_argument('dir', type=Path, nargs='?', help="the read's folder (not for variety)")
    p.add_argument('readers', nargs='*')
    p.add_argument('--read', choices=list(reads), default='final')
    p.add_argument('--model', help="the other model of --read round3: an export.pkl or model folder")
    args = p.parse_args()
    if args.action == 'make': make(args.dir, args.read, args.model)
    elif args.action == 'variety': variety(args.read, args.model)
    else: score(args.dir, args.readers)
