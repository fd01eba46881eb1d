"""Locally typical sampling (Meister et al., 2022) in place of top-p: a blind read against the defaults (not shipped).

Typical sampling keeps the tokens whose surprise (-log p) is closest to the distribution's entropy, until they add
up to `typical_p`, and draws from those: it cuts the likeliest tokens as well as the tail. The sampler has no such
knob, so this script swaps its `next_token_probs` for one that does, for the requests it makes. `make` writes a
read like `blind_read.py`'s: 80 real held-out headlines, and the first 4 requests of 20 (seeds 600-603) at the
defaults, at `typical_p=0.95` and at `typical_p=0.5` (both at the default temperature, ranked as usual).

    python bench/typical_sampling.py make DIR
    python bench/blind_read.py score DIR READER_DIR [READER_DIR ...]
"""
import argparse, random, torch
from pathlib import Path
import clickbait_fastai.sampler as sampler
from clickbait_fastai.model import load_headline_learner
from backward_rescore import real_held_out, write_read  # bench/ is on the path of a script run from it

def typical_probs(probs, # (batch, vocab) probabilities, after temperature
                  typical_p): # Keep the most typical tokens that add up to this
    "Zero all but the tokens whose surprise is nearest the entropy, adding up to `typical_p`, and renormalise"
    logp = probs.clamp_min(1e-30).log()
    entropy = -(probs * logp).sum(-1, keepdim=True)
    order = (-logp - entropy).abs().masked_fill(probs == 0, float('inf')).argsort(-1)
    ordered = probs.gather(-1, order)
    keep = ordered.cumsum(-1) - ordered < typical_p  # keep a token if the more typical ones add up to less than typical_p
    res = torch.zeros_like(probs).scatter(-1, order, ordered * keep)
    return res / res.sum(-1, keepdim=True)

def with_typical(typical_p):
    "Make the sampler draw with `typical_p` instead of top-p (None: as shipped)"
    def next_token_probs(logits, banned=None, temperature=1.0, top_k=None, top_p=None):
        if typical_p is None: return shipped(logits, banned, temperature, top_k, top_p)
        return typical_probs(shipped(logits, banned, temperature, top_k, None), typical_p)
    sampler.next_token_probs = next_token_probs

shipped = sampler.next_token_probs
sources = {'defaults (top_p=0.95, T=0.9)': None, 'typical_p=0.95, T=0.9': 0.95, 'typical_p=0.5, T=0.9': 0.5}

def make(dest, seeds=range(600, 604), per_source=80):
    learn,rng = load_headline_learner(),random.Random(seeds[0])
    items = real_held_out(rng, per_source)
    for name,typical_p in sources.items():
        with_typical(typical_p)
        items += [(name, h) for s in seeds for h in sampler.generate_headlines(learn, 20, seed=s)][:per_source]
    with_typical(None)
    write_read(dest, items, rng)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('action', choices=['make'])
    p.add_argument('dir', type=Path)
    make(p.parse_args().dir)
