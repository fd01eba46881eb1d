"""How to steer the model toward a topic's keywords: the model's own topic headlines at several `keyword_boost`s, and
with the nudge held back for the first words, read blind.

`sample_token_ids` adds `keyword_boost` (6 as shipped) to the logit of each unwritten keyword's first token, from the
headline's first word on. A high boost writes the keywords early, often first ("Taylor Swift Taylor Swift Is Actually
The Worst"); a low one leaves them to the model, which may then write a rare one only when the sampler forces it, at
the end. A `delay` of 1 or 2 nudges only from the second or third word on (this script swaps in a `steer` that does
so), so that the headline may open as click-bait does ("Which Taylor Swift Song Are You"). `make` writes a read like
`topic_read.py`'s: 80 real BuzzFeed 2016 headlines and, for the keywords `headline_keywords` picks from 80 others
(1 to 3), one of the model's own headlines (`topic_headlines(learn, keywords, 5, framed=0, seed=i)`, the same place
of the list for each way) for each boost and delay. The headlines are those of `topic_read.py make --seed S
--topics_from buzzfeed`. The reads: `--seed 25 --boosts 6 3 1`; `--seed 26 --boosts 6 12`; `--seed 27 --boosts 6 --delays 0 1`.

    python bench/keyword_boost.py make DIR --seed S [--boosts 6 3 1] [--delays 0 1]
    python bench/blind_read.py score DIR READER_DIR [READER_DIR ...]
"""
import argparse, functools, random, torch
from pathlib import Path
import clickbait_fastai.sampler as sampler
from clickbait_fastai.data import headlines_from_txt, clean_headlines
from clickbait_fastai.keywords import headline_keywords
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.topics import topic_headlines
from backward_rescore import write_read  # bench/ is on the path of a script run from it
from topic_read import buzzfeed_headlines, read_stories, shared

shipped_draw,shipped_steer = sampler.sample_token_ids,sampler._KeywordTracker.steer

def steer_from(delay):
    "A `_KeywordTracker.steer` that nudges only rows that have written `delay` words or more"
    def steer(self, logits, ban, words, nudge=True):
        if not (self.kws and nudge and delay): return shipped_steer(self, logits, ban, words, nudge)
        (nudged,ban_n),(plain,ban_p) = shipped_steer(self, logits, ban, words, True),shipped_steer(self, logits, ban, words, False)
        late = (words >= delay)[:, None]
        return torch.where(late, nudged, plain),torch.where(late, ban_n, ban_p)
    return steer

def make(dest, seed, boosts, delays, n_topics=80):
    buzzfeed = buzzfeed_headlines(clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False))
    stories,learn,rng = read_stories(buzzfeed, seed, 'buzzfeed', 2*n_topics),load_headline_learner(),random.Random(seed)
    items = [('real held-out', h) for h in stories[n_topics:]]
    for i,h in enumerate(stories[:n_topics]):
        kws,place = headline_keywords(h, 1 + i%3, common=learn.dls.vocab),rng.randrange(5)
        if not kws: continue
        for boost in boosts:
            for delay in delays:
                sampler.sample_token_ids = functools.partial(shipped_draw, keyword_boost=boost)
                sampler._KeywordTracker.steer = steer_from(delay)
                try: own = topic_headlines(learn, kws, 5, framed=0, seed=i)
                except ValueError as e: print(f"{kws} at boost {boost}, delay {delay}: {e}"); continue
                how = f"keyword_boost={boost:g}" + (f", delay={delay}" if len(delays) > 1 else '')
                items.append((f"the model's own, {how}, {'one keyword' if len(kws) == 1 else 'several'}", own[place]))
    sampler.sample_token_ids,sampler._KeywordTracker.steer = shipped_draw,shipped_steer
    write_read(dest, items, rng)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('action', choices=['make'])
    p.add_argument('dir', type=Path)
    p.add_argument('--seed', type=int, default=25, help="the topics' headlines: those of this seed of topic_read.py (from 25)")
    p.add_argument('--boosts', type=float, nargs='+', default=[6, 3, 1], help='keyword_boosts to read (6 as shipped)')
    p.add_argument('--delays', type=int, nargs='+', default=[0], help='words written before the nudge begins (0 as shipped)')
    args = p.parse_args()
    make(args.dir, args.seed, args.boosts, args.delays)
