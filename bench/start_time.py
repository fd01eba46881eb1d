"""How long an editor waits for `clickbait_generate`: whole processes, start to exit, median of 5 runs each.

Reports, for the bundled model on this machine:
- `python -c "import torch"`, the floor: generating needs torch;
- `clickbait_generate --n 1` (the issue's bar: at most 2.0 s on 2 CPU cores) and `--n 20`, both ranked (the default);
- `clickbait_rewrite HEADLINE` (10 suggestions);
- with `--fastai`, the same `--n 1` through fastai: the bundled model loaded as a `HeadlineLearner`, as before the
  command learned to read it on torch alone.

    python bench/start_time.py [--runs 5] [--fastai]
"""
import argparse, statistics, subprocess, sys, time
from pathlib import Path

bin_dir = Path(sys.executable).parent

def wall(cmd, runs):
    "Median seconds of `runs` runs of `cmd`, each a fresh process; it must succeed"
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        times.append(time.perf_counter() - t)
    return statistics.median(times),min(times),max(times)

through_fastai = """import sys
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.sampler import generate_headlines
print('\\n'.join(generate_headlines(load_headline_learner(), int(sys.argv[1]))))"""

if __name__ == '__main__':
    p = argparse.ArgumentParser()
    p.add_argument('--runs', type=int, default=5)
    p.add_argument('--fastai', action='store_true')
    args = p.parse_args()
    cases = {'python -c "import torch"': [sys.executable, '-c', 'import torch'],
             'clickbait_generate --n 1': [bin_dir/'clickbait_generate', '--n', '1'],
             'clickbait_generate --n 20': [bin_dir/'clickbait_generate', '--n', '20'],
             'clickbait_rewrite HEADLINE (10 suggestions)': [bin_dir/'clickbait_rewrite', 'Senate passes $1.2 trillion budget bill after late-night vote']}
    if args.fastai: cases['--n 1 through fastai (load_headline_learner)'] = [sys.executable, '-c', through_fastai, '1']
    wall(cases['clickbait_generate --n 1'], 1)  # the first run after an install also compiles bytecode
    print(f"| command | median of {args.runs} | min-max |\n|---|---|---|")
    for name,cmd in cases.items():
        med,lo,hi = wall(cmd, args.runs)
        print(f"| `{name}` | {med:.2f} s | {lo:.2f}-{hi:.2f} s |")
