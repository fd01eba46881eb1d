"""Speed of `generate_headlines`, ranked and unranked, against a loop over fastai's `learn.predict`.

Reports, warm, on this machine:
- 20 headlines ranked at the default oversampling (the issue's bar: at most 2 s on 2 CPU cores), and unranked;
- 20 headlines about a topic (the model's own, and `topic_headlines`: the topic framed, then the model's own), and
  10 rewrites of a news headline (bar: at most 2 s), all ranked;
- the oversampling curve: for each factor, the time for 20 ranked headlines, and how they score (the mean ranking
  score and log-likelihood per token of the 20, averaged over 5 seeds; the blind read in nbs/02_sampler.ipynb
  says what those mean to a reader);
- 1,000 unranked headlines, and the `learn.predict` loop.

    python bench/sample_speed.py [--model PATH] [--factors 1 5 10 20] [--device cuda]   (default: the bundled model, on the CPU)
"""
import argparse, statistics, time
import numpy as np
from clickbait_fastai.data import tokenize_headline
from clickbait_fastai.lm import headline_nlls
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.sampler import generate_headlines, ranking_scores, sampler_defaults
from clickbait_fastai.topics import rewrite_headline, topic_headlines

def timed(f, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter(); f(); times.append(time.perf_counter() - t)
    return statistics.median(times)

def mean_loglik(learn, hs):
    return -np.mean(np.array(headline_nlls(learn, hs)) / np.array([len(tokenize_headline(h)) for h in hs]))

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--model', default=None)
    p.add_argument('--factors', type=int, nargs='+', default=[1, 5, 10, 20])
    p.add_argument('--predict_headlines', type=int, default=20)
    p.add_argument('--device', default='cpu')
    args = p.parse_args()
    learn = load_headline_learner(args.model)
    learn.model.to(args.device)  # the sampler and the scorer work on the device of the model's parameters
    generate_headlines(learn, 20, seed=0)  # warm up
    t_ranked = timed(lambda: generate_headlines(learn, 20, seed=0))
    t_plain = timed(lambda: generate_headlines(learn, 20, seed=0, rank=False))
    print(f"20 headlines, warm, median of 5: ranked (oversample {sampler_defaults['oversample']}) {t_ranked:.3f}s; "
          f"unranked {t_plain:.3f}s")
    story = "Senate passes $1.2 trillion budget bill after late-night vote"
    t_topic = timed(lambda: generate_headlines(learn, 20, topic='Taylor Swift', seed=0))
    t_framed = timed(lambda: topic_headlines(learn, 'Taylor Swift', 20, seed=0))  # as the command line and the app ask
    t_rewrite = timed(lambda: rewrite_headline(learn, story, 10, seed=0))
    print(f"ranked, warm, median of 5: 20 headlines about 'Taylor Swift' {t_topic:.3f}s (the topic framed first, "
          f"`topic_headlines`: {t_framed:.3f}s); 10 rewrites of a news headline "
          f"{t_rewrite:.3f}s ({story!r}, keywords {rewrite_headline(learn, story, 10, seed=0).keywords})")
    print("oversample | 20 ranked in | mean ranking score | mean log-likelihood per token")
    for k in args.factors:
        t = timed(lambda: generate_headlines(learn, 20, seed=0, oversample=k, rank=k > 1), repeat=3)
        picks = [generate_headlines(learn, 20, seed=s, oversample=k, rank=k > 1) for s in range(5)]
        score = np.mean([ranking_scores(learn, hs).mean() for hs in picks])
        ll = np.mean([mean_loglik(learn, hs) for hs in picks])
        print(f"{k:>10} | {t:>10.3f}s | {score:>18.3f} | {ll:>8.3f}")
    t1000 = timed(lambda: generate_headlines(learn, 1000, seed=0, rank=False), repeat=1)
    print(f"1,000 unranked in {t1000:.1f}s, {1000/t1000:,.0f} headlines/s")
    # learn.predict draws a fixed number of tokens, re-reading the whole text for each: give it a typical
    # headline's length in tokens and count one headline per call
    n_tokens,k = 13,args.predict_headlines
    tp = timed(lambda: [learn.predict('', n_tokens, no_bar=True) for _ in range(k)], repeat=1)
    print(f"learn.predict loop: {k} headlines of {n_tokens} tokens in {tp:.2f}s, {k/tp:.1f} headlines/s")
    print(f"20 unranked: {tp/k*20/t_plain:.0f}x faster than the loop; 20 ranked: {tp/k*20/t_ranked:.0f}x")
