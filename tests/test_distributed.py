"`clickbait_train` under torchrun: two CPU processes (gloo) train one model, and only rank 0 prints and saves it"
import os, re, shutil, subprocess, sys
from pathlib import Path
import pytest

pytest.importorskip('accelerate', reason="fastai's distributed training (`distrib_ctx`) needs accelerate")
from clickbait_fastai.data import clean_headlines, headlines_from_txt, split_headlines
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.sampler import generate_headlines

fixture = Path(__file__).parent/'fixtures'/'clickbait-sample.txt'
epochs = 10
# 'tiny' for 10 epochs: about 10 s a run on 2 cores, and a model that has learned (per-word perplexity ~8; ~300 untrained)
recipe = ['--txt', fixture, '--size', 'tiny', '--epochs', epochs, '--lr', 3e-2, '--drop_mult', 0.5, '--seq_len', 24]
# Six runs of each (2026-11-30): one process 7.4 to 9.6, two processes 7.1 to 8.3. Two runs of one process differ by
# up to 1.3x (random initial weights and dropout), so two runs that differ by more than 1.5x are not the same recipe.
tolerance = 1.5

def train(out, *args, nproc=1):
    "Run `clickbait_train` with `recipe` as a user would: alone, or under torchrun with `nproc` processes"
    launch = [sys.executable, '-m', 'torch.distributed.run', '--standalone', f'--nproc_per_node={nproc}', '--no_python']
    cmd = [*(launch if nproc > 1 else []), Path(sys.executable).parent/'clickbait_train', *recipe, '--out', out, *args]
    # both processes tokenize, and write the same token cache: here, not in the home folder
    env = {**os.environ, 'OMP_NUM_THREADS': '1', 'PYTHONWARNINGS': 'ignore', 'XDG_CACHE_HOME': str(Path(out).parent/'cache')}
    return subprocess.run([str(o) for o in cmd], capture_output=True, text=True, env=env, timeout=300)

def trained_batches(r):
    "How many batches each process says it trained, by rank"
    return {int(rank):int(n.replace(',', '')) for rank,n in re.findall(r'^process (\d+) of 2 trained ([\d,]+) batches$', r.stderr, re.M)}

@pytest.fixture(scope='module')
def runs(tmp_path_factory):
    "The recipe trained by one process with batches of 16, and by two processes with 8 each: the same batch of 16"
    tmp = tmp_path_factory.mktemp('distributed')
    alone,two = train(tmp/'alone', '--bs', 16),train(tmp/'two', '--bs', 8, nproc=2)
    assert alone.returncode == 0, alone.stderr[-2000:]
    assert two.returncode == 0, two.stderr[-2000:]
    return tmp,alone,two

def test_both_ranks_trained(runs):
    _,_,two = runs
    batches = trained_batches(two)
    assert set(batches) == {0, 1} and batches[0] == batches[1] > 0, two.stderr[-2000:]

def test_only_rank_0_prints_and_saves(runs):
    tmp,_,two = runs
    for line in ('kept 400 of 400 headlines', 'per-word perplexity on 40 held-out headlines', 'model saved to'):
        assert two.stdout.count(line) == 1, two.stdout
    assert sorted(p.name for p in (tmp/'two').iterdir()) == ['export.pkl', 'model', 'models']  # no leftover partial files
    assert [p.relative_to(tmp/'two') for p in (tmp/'two').rglob('*.pkl')] == [Path('export.pkl')]
    assert sorted(p.name for p in (tmp/'two'/'models').iterdir()) == ['best.pth', f'epoch_{epochs-1}.pth']

def test_export_loads_generates_and_matches_one_process(runs):
    tmp,_,_ = runs
    headlines = clean_headlines(headlines_from_txt(fixture), verbose=False)
    valid = [headlines[i] for i in split_headlines(len(headlines))[1]]  # clickbait_train's held-out split (its defaults)
    learn = load_headline_learner(tmp/'two'/'export.pkl')
    assert len(generate_headlines(learn, 5, rank=False)) == 5
    two,alone = learn.perplexity(valid),load_headline_learner(tmp/'alone'/'export.pkl').perplexity(valid)
    assert 1/tolerance < two/alone < tolerance, (two, alone)

def test_resume(runs):
    tmp,_,two = runs
    shutil.copytree(tmp/'two', tmp/'resumed')
    r = train(tmp/'resumed', '--bs', 8, '--resume', '--epochs', epochs + 1, nproc=2)
    assert r.returncode == 0, r.stderr[-2000:]
    assert r.stdout.count(f'resuming after epoch {epochs-1}') == 1, r.stdout
    per_epoch = trained_batches(two)[0] // epochs
    assert trained_batches(r) == {0: per_epoch, 1: per_epoch}  # only the epoch left
    assert sorted(p.name for p in (tmp/'resumed'/'models').iterdir()) == ['best.pth', f'epoch_{epochs}.pth']
