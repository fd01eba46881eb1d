"""Speed of `generate_headlines` against a loop over fastai's `learn.predict` making as many headlines.

    python bench/sample_speed.py [--model PATH]   (default: the bundled model)
"""
import argparse, statistics, time
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.sampler import generate_headlines

def timed(f, repeat=5):
    times = []
    for _ in range(repeat):
        t = time.perf_counter(); f(); times.append(time.perf_counter() - t)
    return statistics.median(times)

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--model', default=None)
    p.add_argument('--predict_headlines', type=int, default=20)
    args = p.parse_args()
    learn = load_headline_learner(args.model)
    generate_headlines(learn, 20, seed=0)  # warm up
    t20 = timed(lambda: generate_headlines(learn, 20, seed=0))
    t1000 = timed(lambda: generate_headlines(learn, 1000, seed=0), repeat=1)
    print(f"generate_headlines: 20 headlines in {t20:.3f}s (warm, median of 5); 1,000 in {t1000:.1f}s, {1000/t1000:,.0f} headlines/s")
    # learn.predict draws a fixed number of tokens, re-reading the whole text for each: give it a typical
    # headline's length in tokens and count one headline per call
    n_tokens = 13
    k = args.predict_headlines
    tp = timed(lambda: [learn.predict('', n_tokens, no_bar=True) for _ in range(k)], repeat=1)
    print(f"learn.predict loop: {k} headlines of {n_tokens} tokens in {tp:.2f}s, {k/tp:.1f} headlines/s")
    print(f"speed-up for 20 headlines: {tp/k*20/t20:.0f}x; headlines/s ratio: {(1000/t1000)/(k/tp):.0f}x")
