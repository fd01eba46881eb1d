"""Blind reads of headlines about a story: topic headlines against real ones, and rewrites of news headlines.

`make` writes two files for readers into DIR, and their keys (which readers must not see):
- topics/headlines.txt: 80 real held-out click-bait headlines, shuffled with headlines written for the keywords
  `headline_keywords` picks (1 to 3) from 80 other held-out click-bait headlines: for each, one of the topic's frames
  in `topic_headlines(learn, keywords, 5, seed=i)` (a topic too long to frame has none), and one headline at a random
  place of the model's own, `topic_headlines(learn, keywords, 5, framed=0, seed=i)`; and 40 headlines without a topic, the first 2 batches of `generate_headlines(learn, 20, seed=s)` (seeds 0-1), to
  compare the model with the one before it (the sampler notebook's blind reads).
- rewrites/pairs.txt: 100 held-out news headlines of `non_clickbait_train.txt` (held out by both the language model and the
  click-bait classifier, which trained on the others), each shown twice, apart: with one of the framed suggestions
  of `rewrite_headline(learn, source, 10, seed=i)` (the story with a hook; a story too long to frame has none), and
  with one of the model's own (`framed=0`), each at a random place; and, as a control that readers check the
  story, 20 sources shown with the suggestion made for another source.

Brief each reader with the scale alone (topics: 3 = could be published as it stands, 2 = awkward, 1 = garbled;
rewrites: 3 = publishable click-bait about the same story, 2 = awkward or drifting off the story, 1 = garbled or
unrelated), and have them write "ID<TAB>rating" for every line to topics.tsv and rewrites.tsv in their folder.

    python bench/topic_read.py make DIR [--model PATH] [--max_keywords 2 1] [--seed 12] [--parts topics rewrites] [--topics_from buzzfeed]
    (default: the bundled model, 2; reads with seeds 12 to 20 showed every held-out click-bait headline: later topic reads
    take BuzzFeed's 2016 headlines, with seeds from 21, and from seed 22 leave out its Spanish, German and Portuguese ones;
    from seed 25 each seed takes its own 160 of those no read showed: `read_stories`; seeds 25-28 went to the reads of
    `keyword_boost.py`, so topic reads go on from seed 29; from seed 39 a read also leaves out of its slice the headlines
    that do not read as English: `reads_as_english`; `--topics_from grave` takes those of BuzzFeed's headlines that tell of
    a death, a crime or a disaster (`is_grave`), seeds 71-75, each its own 160 of them)
    python bench/topic_read.py score DIR READER_DIR [READER_DIR ...] [--parts topics rewrites]
    python bench/topic_read.py ab DIR --other PKG_DIR --seed 43 --topics_from buzzfeed [--n 5] [--pick framed|list]
    python bench/topic_read.py frames DIR --seed 50 --topics_from buzzfeed

`ab` compares two versions of the package on the same topics, read by the same readers, which sets apart a change
from the slice of topics and the readers (reads swing 10-20 points between seeds): for each topic, a frame at a random
place of `topic_headlines(learn, keywords, 5, seed=i)` from this checkout and from the package in PKG_DIR (say, the
last commit: `git archive HEAD clickbait_fastai | tar -x -C PKG_DIR`), each with its own keyword picker, shown once
where the two agree; shuffled with the real headlines of the slice. `score` then gives each version's share. With
`--pick list --n 10`, the headline shown is at a random place of the whole list of 10 (the same place for both
versions), frames and the model's own alike: what an editor who asks for 10 reads.

`frames` is a paired read of frames: each topic of one keyword framed once by one of its `topic_frames_for` and once
by one of `candidate_frames` of its seed's round (at random, each with its own number), shuffled with 40 real headlines of the slice;
`score` then gives each frame's share, and how often the readers rated the candidate of a topic above its shipped
frame and below it.
"""
import argparse, json, os, random, re, subprocess, sys, time
from pathlib import Path
import numpy as np
from clickbait_fastai.data import headlines_from_txt, clean_headlines, split_headlines, unseen_headlines
from clickbait_fastai.keywords import headline_keywords, has_keywords
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.sampler import generate_headlines
from clickbait_fastai.topics import (rewrite_headline, topic_headlines, is_framed_topic, topic_frames_for, framed_topic,
                                    topic_kind, is_grave, list_numbers, _usable, _frame_limits, _suits_words)
from blind_read import read_ratings, tally  # bench/ is on the path of a script run from it

shared = Path(__file__).parent.parent.parent/'shared/data/clickbait'

def held_out_news(clickbait_train, news, seed=42, valid_pct=0.1):
    "News headlines neither the language model (`keyword_dls`) nor the click-bait classifier (`train_classifier`) trained on"
    lm_held_out = set(split_headlines(len(news), valid_pct, seed)[1])
    n = len(clickbait_train) + len(news)
    clf_held_out = {i - len(clickbait_train) for i in np.random.default_rng(seed).permutation(n)[:max(2, round(n*valid_pct))]}
    return [news[i] for i in sorted(lm_held_out & clf_held_out)]

def write_key(folder, items, line):
    folder.mkdir(parents=True, exist_ok=True)
    (folder/'key.json').write_text(json.dumps([{'id': i+1, **it} for i,it in enumerate(items)], indent=0))
    return ''.join(f'{i+1}\t{line(it)}\n' for i,it in enumerate(items))

first_seeds = {'held_out': 12, 'buzzfeed': 21, 'grave': 71} # The first seed of reads of each source of topics

# function words of the Spanish, German and Portuguese headlines BuzzFeed's 2016 corpus holds ("15 Cosas vergonzosas
# que toda pareja debe enfrentar"): the tool writes English click-bait, so reads from seed 22 leave those out
_foreign = frozenset('que de del los las el la una unos unas con para por como su sus y und der das nicht mit ist ein eine '
                     'für auf dem zu você não em uma'.split())
def is_english(headline): return sum(w in _foreign for w in headline.lower().split()) < 2

# French and German words `_foreign` lacked, and read 22 (seed 38) showed ("Les 27 pires traductions de merde", "33
# Musiker, die Du 2015 lieben wirst"); from seed 39, a read leaves out of its own slice (the slices stay as they were)
# these and headlines whose words the model's vocabulary mostly lacks ("18 Noticias que son lamentablemente reales")
_more_foreign = frozenset('les des est une qui pour dans sur pas avec vous nous votre vos ces du au aux et sont ne se die '
                          'du dich wenn ich wir sind nicht auch aus vor oder aber'.split())
def reads_as_english(headline, vocab):
    words = re.findall(r"[^\W\d_]+", headline.lower())
    return (is_english(headline) and sum(w in _more_foreign for w in words) < 2
            and sum(w in vocab for w in words) >= 0.3 * len(words))

def english_halves(stories, n_topics, vocab):
    "The topics (the first `n_topics` of `stories`) and the real headlines (the rest) that read as English"
    return [[h for h in hs if reads_as_english(h, vocab)] for hs in (stories[:n_topics], stories[n_topics:])]

def buzzfeed_headlines(corpus):
    "BuzzFeed's 2016 headlines that are not in `corpus` (the click-bait corpus): none of them did the bundled model read"
    return unseen_headlines(clean_headlines(headlines_from_txt(shared.parent/'clickbait_fb/buzzfeed_2016.txt'), verbose=False), corpus)

def topic_pool(corpus, topics_from):
    "The headlines a topic read draws from: the click-bait corpus's held-out split, or the BuzzFeed headlines it lacks (or of those, the grave ones)"
    if topics_from == 'held_out': return [corpus[i] for i in split_headlines(len(corpus))[1]]
    return [h for h in buzzfeed_headlines(corpus) if topics_from != 'grave' or is_grave(h)]

def read_stories(held_out, seed, topics_from, n, rng=None):
    "The `n` headlines the read with `seed` shows (topics, then real ones; `rng` draws them): none another read showed"
    first_seed = first_seeds[topics_from]
    if topics_from == 'held_out' or seed <= 24:
        # reads up to seed 24 drew at random from what the reads before had not shown, as each of them replays it (from
        # seed 22 on, English only; a replay of seed 22 or 23 left out of the pool, unlike the read, its Spanish ones, so
        # reads 23 and 24 showed 1 and 3 of the read before's headlines)
        for earlier in range(first_seed, seed):
            shown = set(random.Random(earlier).sample(held_out, n))
            held_out = [h for h in held_out if h not in shown]
        if topics_from == 'buzzfeed' and seed > 21: held_out = [h for h in held_out if is_english(h)]
        if len(held_out) < n:
            raise SystemExit(f"reads with seeds {first_seed} to {seed-1} showed all but {len(held_out)} of these headlines; "
                             "--topics_from buzzfeed has more")
        return (rng or random.Random(seed)).sample(held_out, n)
    # from seed 25 (or the source's first): the English headlines no read up to seed 24 showed, in one fixed order, `n`
    # for each seed in turn
    shown = {h for s in range(first_seed, 25) for h in read_stories(held_out, s, topics_from, n)}
    pool = [h for h in held_out if is_english(h) and h not in shown]
    random.Random(25).shuffle(pool)
    k = seed - max(25, first_seed)
    if len(pool) < (k + 1) * n: raise SystemExit(f"seed {seed} is past the last read these headlines allow")
    return pool[k * n:(k + 1) * n]

def make(out, model=None, max_keywords=(2,), seed=12, parts=('topics', 'rewrites'), n_topics=80, n_rewrites=100, n_controls=20,
         topics_from='held_out'):
    corpus = clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False)
    held_out = topic_pool(corpus, topics_from)
    news = held_out_news([corpus[i] for i in split_headlines(len(corpus))[0]], clean_headlines(headlines_from_txt(shared/'non_clickbait_train.txt'), verbose=False))
    learn,rng = load_headline_learner(model),random.Random(seed)  # where each line goes
    generate_headlines(learn, 5, seed=0)  # warm up
    stories = read_stories(held_out, seed, topics_from, 2*n_topics, rng)
    if topics_from != 'held_out' and seed >= 39:
        topics,real = english_halves(stories, n_topics, set(learn.dls.vocab))
        n_topics,stories = len(topics),topics + real
    items = [{'source': 'real held-out', 'text': h} for h in stories[n_topics:]]
    stats = {'topic seconds': [], 'topic failures': 0, 'framed per topic': [], 'topic failures, the model alone': 0}
    for i,h in enumerate(stories[:n_topics]):
        kws = headline_keywords(h, 1 + i%3, common=learn.dls.vocab)
        t = time.perf_counter()
        try: hs = topic_headlines(learn, kws, 5, seed=i)  # as an editor gets them: frames, then the model's own
        except ValueError as e: stats['topic failures'] += 1; print(f"topic {kws}: {e}"); continue
        stats['topic seconds'].append(time.perf_counter() - t)
        try: own = topic_headlines(learn, kws, 5, framed=0, seed=i)
        except ValueError as e: own = []; stats['topic failures, the model alone'] += 1; print(f"topic {kws}, the model alone: {e}")
        assert all(has_keywords(g, kws) for g in hs + own)
        frames = [g for g in hs if is_framed_topic(g)]
        stats['framed per topic'].append(len(frames))
        if frames: items.append({'source': 'topic: the topic framed', 'text': rng.choice(frames), 'keywords': kws, 'from': h})
        if own: items.append({'source': "topic: the model's own", 'text': own[rng.randrange(len(own))], 'keywords': kws, 'from': h})
    items += [{'source': 'defaults, no topic', 'text': h} for s in range(2) for h in generate_headlines(learn, 20, seed=s)]
    rng.shuffle(items)
    (out/'topics').mkdir(parents=True, exist_ok=True)
    (out/'topics/headlines.txt').write_text(write_key(out/'topics', items, lambda it: it['text']))
    summary = {'topic requests': n_topics, 'topic failures': stats['topic failures'],
               'topic failures, the model alone': stats['topic failures, the model alone'],
               'topic seconds (median, 5 headlines ranked)': round(float(np.median(stats['topic seconds'])), 2),
               'framed per topic (mean of 5)': round(float(np.mean(stats['framed per topic'])), 2),
               'topics with no frame': sum(f == 0 for f in stats['framed per topic']), 'keyword coverage': 1.0}
    if 'rewrites' in parts: summary.update(make_rewrites(out, learn, news, rng, max_keywords, n_rewrites, n_controls))
    (out/'summary.json').write_text(json.dumps(summary, indent=1))
    print(json.dumps(summary, indent=1))

def make_rewrites(out, learn, news, rng, max_keywords, n_rewrites, n_controls):
    sources,pairs = rng.sample(news, n_rewrites),[]
    stats = {'rewrite seconds': [], 'relaxed': 0, 'keywords per rewrite': [], 'framed per rewrite': []}
    for i,s in enumerate(sources):
        t = time.perf_counter()
        r = rewrite_headline(learn, s, 10, max_keywords=max_keywords[0], seed=i)  # as an editor gets them: frames, then ideas
        stats['rewrite seconds'].append(time.perf_counter() - t)
        stats['relaxed'] += bool(r.relaxed); stats['keywords per rewrite'].append(len(r.keywords)); stats['framed per rewrite'].append(r.framed)
        assert all(has_keywords(g, r.keywords) for g in r.headlines) and len(r.headlines) == 10
        if r.framed: pairs.append({'source': 'rewrite: the story framed', 'story': s, 'text': r.headlines[rng.randrange(r.framed)], 'keywords': r.keywords})
        for k in max_keywords:  # the model's own suggestions, rated apart
            ideas = rewrite_headline(learn, s, 10, max_keywords=k, framed=0, seed=i)
            pairs.append({'source': f"rewrite: the model's own, up to {k} keywords", 'story': s,
                          'text': ideas.headlines[rng.randrange(10)], 'keywords': ideas.keywords})
    firsts = list({it['story']: it for it in reversed(pairs)}.values())  # one suggestion per story
    controls = [{**firsts[(j+1) % n_rewrites], 'source': 'control: suggestion for another story', 'story': firsts[j]['story']}
                for j in rng.sample(range(n_rewrites), n_controls)]
    pairs += controls
    rng.shuffle(pairs)
    (out/'rewrites').mkdir(parents=True, exist_ok=True)
    (out/'rewrites/pairs.txt').write_text(write_key(out/'rewrites', pairs, lambda it: f"{it['story']}\t{it['text']}"))
    return {'rewrite seconds (median, 10 suggestions ranked)': round(float(np.median(stats['rewrite seconds'])), 2),
               'rewrite seconds (90th percentile)': round(float(np.percentile(stats['rewrite seconds'], 90)), 2),
               'rewrites relaxed': stats['relaxed'], 'framed per rewrite (mean of 10)': round(float(np.mean(stats['framed per rewrite'])), 2),
               'rewrites with no frame': sum(f == 0 for f in stats['framed per rewrite']), 'keywords per rewrite (mean)': round(float(np.mean(stats['keywords per rewrite'])), 2)}

def score(out, readers, parts=('topics', 'rewrites')):
    for part,fname in ((p, f'{p}.tsv') for p in parts):
        print(f'\n{part}\n')
        key = json.loads((out/part/'key.json').read_text())
        tally(key, readers, fname)
        if any('versions' in it for it in key): tally_versions(key, readers, fname)
        if any('frame' in it for it in key): tally_frames(key, readers, fname)

def tally_versions(key, readers, fname):
    "For an `ab` read: the share of each version's lines, those the two share included, each reader rated 3 and 1"
    ratings = read_ratings(readers, fname)
    print('\n| version | topics framed | rated 3 (per reader) | rated 1 (per reader) |\n|---|---|---|---|')
    for v in ('other', 'this checkout'):
        ids = [it['id'] for it in key if v in it.get('versions', ())]
        share = lambda x: ' / '.join(f"{np.mean([rs[i] == x for i in ids]):.0%}" for rs in ratings)
        print(f"| {v} | {len(ids)} | {share(3)} | {share(1)} |")

# the frames paired reads tried beside the shipped ones, by the first seed of their round: for one thing (a noun before
# a noun), a name of several words (which gets those of one thing too) and many things (nbs/02a_topics.ipynb says
# which were kept)
candidate_frames = {
    50: dict(  # reads 34-35
        one=("{n} {} Photos That Will Make You Laugh Every Time", "{n} {} Moments That Will Make You Smile",
             "{n} Things Only {} Lovers Will Understand", "This {} Quiz Will Tell You Who You Really Are"),
        name=("{n} Things Only {} Fans Will Understand", "How Well Do You Actually Know {}?",
              "{n} Tumblr Posts About {} That Will Make You Laugh"),
        many=("{n} {} That Will Make You Smile", "{n} Things Only People Who Love {} Will Understand",
              "{n} Tweets About {} That Will Make You Laugh", "{n} Photos Of {} That Will Make You Smile")),
    57: dict(  # reads 41-42
        one=("{n} {} Jokes That Are Actually Funny", "{n} Hilarious {} Memes", "{n} {} Tumblr Posts That Will Make You Laugh",
             "{n} {} Moments That Will Make You Smile", "The {n} Best {} Tweets Of All Time"),
        name=("The {n} Best Tweets About {}", "{n} Jokes About {} That Are Actually Funny"),
        many=("{n} Tumblr Posts About {} That Will Make You Laugh", "The {n} Best Tweets About {}",
              "{n} Jokes About {} That Are Actually Funny")),
    63: dict(  # reads 47-48: the commonest endings of the training headlines that start with a number
        one=("{n} {} Questions That Are Impossible To Answer", "{n} {} Products You Need In Your Life",
             "{n} {} Hacks You'll Actually Want To Try", "{n} {} Quotes That Make Perfect Instagram Captions",
             "{n} {} Photos That Will Restore Your Faith In Humanity", "{n} {} Problems Everyone Can Relate To"),
        name=(),
        many=("{n} {} That Will Restore Your Faith In Humanity", "{n} {} That Are Way Too Real", "{n} {} That Will Blow Your Mind",
              "{n} Questions About {} That Are Impossible To Answer", "The {n} Most Important {} Of All Time"))}

def make_frames(out, seed, topics_from='buzzfeed', n_topics=80, n_real=40):
    "Each topic of one keyword (not grave) framed by one of its shipped frames and one of `candidate_frames`, shuffled with real headlines"
    held_out = topic_pool(clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False), topics_from)
    learn = load_headline_learner(None)
    rng = random.Random(seed)
    topics,real = english_halves(read_stories(held_out, seed, topics_from, 2*n_topics, rng), n_topics, set(learn.dls.vocab))
    limits = {**_frame_limits(10, None, {'seed': seed}), 'max_overlap_ratio': 1}  # as `topic_headlines` keeps frames
    tried = candidate_frames[max(k for k in candidate_frames if k <= seed)]
    items = [{'source': 'real held-out', 'text': h} for h in real[:n_real]]
    for i,h in enumerate(topics):
        kws = headline_keywords(h, 1 + i%3, common=learn.dls.vocab)
        if len(kws) != 1 or is_grave(kws[0]): continue
        group = 'name' if topic_kind(kws) == 'one' and len(kws[0].split()) > 1 else topic_kind(kws)
        shipped = topic_frames_for(kws)
        # a candidate, like a shipped frame, never repeats the keyword's words nor puts a list's number before a number
        candidates = [f for f in tried[group] + (tried['one'] if group == 'name' else ()) if f not in shipped and _suits_words(f, kws)]
        if not shipped or not candidates: continue
        for source,frame in (('shipped', rng.choice(shipped)), ('candidate', rng.choice(candidates))):
            text = framed_topic(kws, frame, rng.choice(list_numbers))
            if _usable(learn, [text], 1, kws, **limits):
                items.append({'source': source, 'text': text, 'frame': frame, 'group': group, 'keywords': kws, 'from': h})
    rng.shuffle(items)
    (out/'topics').mkdir(parents=True, exist_ok=True)
    (out/'topics/headlines.txt').write_text(write_key(out/'topics', items, lambda it: it['text']))
    print({s: sum(it['source'] == s for it in items) for s in ('shipped', 'candidate', 'real held-out')})

def tally_frames(key, readers, fname):
    "For a `frames` read: each frame's share each reader rated 3, and how often a topic's candidate read above its shipped frame"
    ratings = read_ratings(readers, fname)
    print('\n| kind | source | frame | lines | rated 3 (per reader) |\n|---|---|---|---|---|')
    for group,source,frame in sorted({(it['group'], it['source'], it['frame']) for it in key if 'frame' in it}):
        ids = [it['id'] for it in key if (it.get('group'), it['source'], it.get('frame')) == (group, source, frame)]
        print(f"| {group} | {source} | {frame} | {len(ids)} | {' / '.join(f'{np.mean([rs[i] == 3 for i in ids]):.0%}' for rs in ratings)} |")
    total = lambda it: sum(rs[it['id']] for rs in ratings)
    pairs = [[it for it in key if it.get('from') == h] for h in dict.fromkeys(it['from'] for it in key if 'frame' in it)]
    pairs = [{it['source']: total(it) for it in p} for p in pairs if len(p) == 2]
    print(f"\nOf {len(pairs)} topics framed both ways, the readers' ratings summed put the candidate above the shipped frame "
          f"for {sum(p['candidate'] > p['shipped'] for p in pairs)}, below it for {sum(p['candidate'] < p['shipped'] for p in pairs)}")

_framed_one = """
import json, random, sys
from clickbait_fastai.keywords import headline_keywords
from clickbait_fastai.topics import topic_headlines, is_framed_topic
from clickbait_fastai.model import load_headline_learner
learn = load_headline_learner(None)
n, pick = int(sys.argv[2]), sys.argv[3]
res = []
for i,h in enumerate(json.load(open(sys.argv[1]))):
    kws = headline_keywords(h, 1 + i%3, common=learn.dls.vocab)
    try: hs = topic_headlines(learn, kws, n, seed=i)
    except ValueError: hs = []  # no keyword, or nothing to write
    hs = [g for g in hs if is_framed_topic(g)] if pick == 'framed' else hs
    res.append([kws, hs[random.Random(i).randrange(len(hs))] if hs else None])
print(json.dumps(res))
"""

def framed_by(package_dir, topics, tmp, n=5, pick='framed'):
    "For each of `topics` (headlines), the keywords and one headline of `topic_headlines(learn, keywords, n)` of the package in `package_dir`, run apart"
    (tmp/'topics.json').write_text(json.dumps(topics))
    env = {**os.environ, 'PYTHONPATH': str(Path(package_dir).resolve())}
    return json.loads(subprocess.run([sys.executable, '-c', _framed_one, str(tmp/'topics.json'), str(n), pick], capture_output=True,
                                     text=True, check=True, cwd=package_dir, env=env).stdout)

def make_ab(out, other, seed, topics_from='buzzfeed', n_topics=80, n=5, pick='framed'):
    held_out = topic_pool(clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False), topics_from)
    rng,vocab = random.Random(seed),set(load_headline_learner(None).dls.vocab)
    stories = read_stories(held_out, seed, topics_from, 2*n_topics, rng)
    topics,real = english_halves(stories, n_topics, vocab)
    (out/'topics').mkdir(parents=True, exist_ok=True)
    versions = {'other': framed_by(other, topics, out, n, pick), 'this checkout': framed_by(Path(__file__).parent.parent, topics, out, n, pick)}
    items = [{'source': 'real held-out', 'text': h} for h in real]
    for i,h in enumerate(topics):
        texts = {v: res[i][1] for v,res in versions.items() if res[i][1]}
        for text in dict.fromkeys(texts.values()):
            vs = [v for v,t in texts.items() if t == text]
            items.append({'source': 'topic framed: ' + (' and '.join(vs) if len(vs) == 2 else f'{vs[0]} only'), 'text': text,
                          'versions': vs, 'keywords': {v: versions[v][i][0] for v in vs}, 'from': h})
    rng.shuffle(items)
    (out/'topics/headlines.txt').write_text(write_key(out/'topics', items, lambda it: it['text']))
    print({v: sum(bool(t) for _,t in res) for v,res in versions.items()}, 'topics framed of', len(topics))

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('action', choices=['make', 'score', 'ab', 'frames'])
    p.add_argument('dir', type=Path)
    p.add_argument('readers', nargs='*')
    p.add_argument('--model', help='an export.pkl or model folder (default: the bundled model)')
    p.add_argument('--max_keywords', type=int, nargs='+', default=[2], help="rewrite each story once per value: rewrite_headline's max_keywords")
    p.add_argument('--seed', type=int, default=12, help='a seed above 12: held-out headlines that no read with a seed from 12 up to it showed (reads before 2026-12-01 used 12)')
    p.add_argument('--parts', nargs='+', choices=['topics', 'rewrites'], default=['topics', 'rewrites'], help='which reads to make or score')
    p.add_argument('--topics_from', choices=list(first_seeds), default='held_out',
                   help="the click-bait held-out split (seeds 12-20 showed all of it), BuzzFeed's 2016 headlines (seeds from 21), or those of them of a death, a crime or a disaster (seeds 71-75)")
    p.add_argument('--other', help='ab: a folder holding another version of the clickbait_fastai package, to compare with this one')
    p.add_argument('--n', type=int, default=5, help='ab: how many headlines each topic request asks for')
    p.add_argument('--pick', choices=['framed', 'list'], default='framed',
                   help='ab: show a frame at a random place among those of the request, or a headline at a random place of the whole list')
    args = p.parse_args()
    if args.action == 'ab' and not (args.other and (Path(args.other)/'clickbait_fastai').is_dir()):
        p.error('ab needs --other PKG_DIR, a folder with a clickbait_fastai package in it')
    if args.action == 'ab': make_ab(args.dir, args.other, args.seed, args.topics_from, n=args.n, pick=args.pick)
    elif args.action == 'frames': make_frames(args.dir, args.seed, args.topics_from)
    elif args.action == 'make': make(args.dir, args.model, tuple(args.max_keywords), args.seed, args.parts, topics_from=args.topics_from)
    else: score(args.dir, args.readers, args.parts)
