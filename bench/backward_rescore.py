"""A backward language model to rank headlines, as ULMFiT ensembles a forward and a backward model: does it
predict what blind readers rated better than the forward model alone, and does ranking by it read better?

`train` fits the bundled recipe (`small`, 20 epochs, bs 16, the same held-out split, the bundled vocabulary) on
the click-bait training headlines read backwards (`backward_learner`: `xxbos`, then the tokens last to first, no
keywords), and writes its weights, in float16, to OUT/backward.pth (`save_backward`); `bundle` copies them beside the
bundled model, where `backward_lm` finds them. (`clickbait_train --backward` does the same for a model of your own.) `corr` scores headlines that readers rated (a read's key.json and
the readers' folders) forwards and backwards with the bundled model, and prints the Spearman correlation of each
score, and of their sum, with the mean rating. `make` writes a blind read (score it with `python
bench/blind_read.py score DIR READER_DIRS`): 80 real held-out headlines, and rankings of the same candidates,
drawn at the defaults (10 per headline), by the forward log-probability, by forward plus backward, or by backward
alone. Two rankings keep most headlines alike, so readers see 80 of the headlines that each of two keeps and the
other does not: forward against backward over 50 requests of 20 (seeds 400-449), and forward against forward plus
backward over one call of n=1000 (seed 400). It prints how many differ, and the distinct-2 of each ranking.

    python bench/backward_rescore.py train OUT
    python bench/backward_rescore.py bundle OUT
    python bench/backward_rescore.py corr KEY.json RATINGS_FILE READER_DIR [READER_DIR ...] [--sources S ...]
    python bench/backward_rescore.py make DIR
    python bench/backward_rescore.py make_whole DIR   # whole sets ranked each way: requests of 20 and one call of 1,000
"""
import argparse, json, random, time
from pathlib import Path
import numpy as np
from scipy.stats import spearmanr
from clickbait_fastai.data import headlines_from_txt, clean_headlines, split_headlines, headline_dls, atomic_write
from clickbait_fastai.lm import arg_defaults, headline_nlls, backward_nlls, training_defaults, load_headline_lm, bundled_model_path, backward_weights
from clickbait_fastai.model import backward_learner, fit_headlines, save_backward, load_headline_learner
from clickbait_fastai.sampler import _draw_headlines, generate_headlines, pick_varied, distinct_n
from blind_read import read_ratings  # bench/ is on the path of a script run from it

shared = Path(__file__).parent.parent.parent/'shared/data/clickbait'

def train(out):
    headlines = clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False)
    # the bundled model's split and vocabulary: its held-out headlines stay held out, and a token id means one token to both
    dls = headline_dls(headlines, splits=split_headlines(len(headlines)), vocab=load_headline_lm().vocab, bs=training_defaults['bs'], seq_len=48)
    back = backward_learner(dls, path=out)
    t = time.time()
    fit_headlines(back, training_defaults['epochs'])
    print(f"trained in {(time.time() - t)/60:.1f} min; weights in {save_backward(back, out, half=True)}")

def bundle(out):
    with atomic_write(bundled_model_path/backward_weights, 'wb') as f: f.write((Path(out)/backward_weights).read_bytes())
    print(f"wrote {bundled_model_path/backward_weights}")

def corr(key, fname, readers, sources):
    items = [it for it in json.loads(Path(key).read_text()) if not sources or it['source'] in sources]
    ratings = read_ratings(readers, fname)
    mean = np.array([np.mean([r[it['id']] for r in ratings]) for it in items])
    texts,learn = [it.get('text', it.get('headline')) for it in items],load_headline_learner()
    fwd,bwd = -np.array(headline_nlls(learn, texts)),-np.array(backward_nlls(learn, texts))
    for name,s in (('forward', fwd), ('backward', bwd), ('forward + backward', fwd + bwd)):
        print(f"{name:20s} Spearman {spearmanr(s, mean).statistic:.3f} over {len(items)} headlines")

rankings = ('forward', 'forward + backward', 'backward')

def ranked(learn, n, seed):
    "`n` headlines by each of `rankings`, picked from the same candidates, drawn as `generate_headlines` draws them"
    d = arg_defaults(generate_headlines, ('min_words', 'max_words', 'temperature', 'top_k', 'top_p', 'oversample', 'novelty',
                                          'max_overlap_ratio', 'max_overlap_total', 'max_shared_run'))
    want = n*d['oversample']
    found,forward,_,_ = _draw_headlines(learn, want, d['min_words'], d['max_words'], '', [], d['temperature'], d['top_k'], d['top_p'],
                                        seed, d['novelty'], d['max_overlap_ratio'], d['max_overlap_total'], None, max(2000, 50*want))
    forward,back = np.array(forward),-np.array(backward_nlls(learn, found))
    return {r: pick_varied(found, s, n, d['max_shared_run']) for r,s in zip(rankings, (forward, forward + back, back))}

def real_held_out(rng, per_source):
    "`per_source` real held-out headlines, as (source, headline) items"
    corpus = clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False)
    return [('real held-out', h) for h in rng.sample([corpus[i] for i in split_headlines(len(corpus))[1]], per_source)]

def write_read(dest, items, rng):
    "Shuffle `items` and write them for readers (headlines.txt) and their key (key.json) into `dest`"
    rng.shuffle(items)
    dest.mkdir(parents=True, exist_ok=True)
    (dest/'key.json').write_text(json.dumps([{'id': i+1, 'source': s, 'headline': h} for i,(s,h) in enumerate(items)], indent=0))
    (dest/'headlines.txt').write_text(''.join(f'{i+1}\t{h}\n' for i,(_,h) in enumerate(items)))
    print(f"{len(items)} headlines in {dest/'headlines.txt'}")

def make(dest, per_source=80):
    learn,rng = load_headline_learner(),random.Random(400)
    items = real_held_out(rng, per_source)
    # where two rankings keep the same headlines, readers would rate the same lines twice: they see those each keeps alone
    def apart(a, b, picks, what):
        only = {r: [h for q in picks for h in q[r] if h not in set(q[b if r == a else a])] for r in (a, b)}
        print(f"{what}: {len(only[a])/sum(len(q[a]) for q in picks):.0%} of the headlines differ between {a!r} and {b!r}")
        return [(f'{r} alone, {what}', h) for r in (a, b) for h in random.Random(5).sample(only[r], per_source)]
    requests = [ranked(learn, 20, s) for s in range(400, 450)]
    for r in rankings: print(f"{r}: distinct-2 over 50 requests of 20 {distinct_n([h for q in requests for h in q[r]]):.3f}")
    items += apart('forward', 'backward', requests, 'requests of 20 (seeds 400-449)')
    one_call = ranked(learn, 1000, 400)
    for r in rankings: print(f"{r}: distinct-2 over one call of 1,000 {distinct_n(one_call[r]):.3f}")
    items += apart('forward', 'forward + backward', [one_call], 'one call of n=1000')
    write_read(dest, items, rng)

def make_whole(dest, per_source=80):
    "A blind read of whole sets: the first 4 requests of 20 (seeds 500-503) and a sample of one call of n=1000 (seed 500), each ranked forwards and backwards"
    learn,rng = load_headline_learner(),random.Random(500)
    items = real_held_out(rng, per_source)
    requests,one_call = [ranked(learn, 20, s) for s in range(500, 504)],ranked(learn, 1000, 500)
    for r in ('forward', 'backward'):
        items += [(f'{r}, requests of 20', h) for q in requests for h in q[r]]
        items += [(f'{r}, one call of n=1000', h) for h in random.Random(5).sample(one_call[r], per_source)]
    write_read(dest, items, rng)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('action', choices=['train', 'bundle', 'corr', 'make', 'make_whole'])
    p.add_argument('paths', nargs='*', help='train, bundle: OUT; corr: KEY.json RATINGS_FILE READER_DIR...; make: DIR')
    p.add_argument('--sources', nargs='*', default=[], help="corr: only the items of these sources (default: all)")
    args = p.parse_args()
    if args.action == 'train': train(args.paths[0])
    elif args.action == 'bundle': bundle(args.paths[0])
    elif args.action == 'make': make(Path(args.paths[0]))
    elif args.action == 'make_whole': make_whole(Path(args.paths[0]))
    else: corr(args.paths[0], args.paths[1], args.paths[2:], args.sources)
