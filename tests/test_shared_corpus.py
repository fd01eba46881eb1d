"Tests on the real click-bait corpus in ../shared/data/clickbait (skipped where it is absent)"
from pathlib import Path
import pytest
from clickbait_fastai.data import headlines_from_txt, clean_headlines, split_headlines, tokenize_headline, detokenize
from clickbait_fastai.lm import bundled_model_path, novelty_index
from clickbait_fastai.model import load_headline_learner
from clickbait_fastai.ngram import KneserNeyLM
from clickbait_fastai.sampler import generate_headlines, sample_report, distinct_n
from clickbait_fastai.classifier import clickbait_classifier, score_headlines
from clickbait_fastai.keywords import headline_keywords, has_keywords
from clickbait_fastai.topics import rewrite_headline, title_case, topic_headlines, topic_phrase, topic_frames_for, is_framed_topic

shared = Path(__file__).parent.parent.parent/'shared/data/clickbait'
pytestmark = pytest.mark.skipif(not (shared/'clickbait_train.txt').exists(), reason='../shared/data/clickbait is absent')

@pytest.fixture(scope='module')
def clickbait(): return clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False)

def test_round_trip(clickbait):
    "Nearly every real headline comes back exactly from its tokens"
    exact = sum(detokenize(tokenize_headline(h)) == h for h in clickbait)
    assert exact/len(clickbait) > 0.98

def test_split_has_no_leak(clickbait):
    train,valid = split_headlines(len(clickbait))
    assert not {clickbait[i].lower() for i in train} & {clickbait[i].lower() for i in valid}

@pytest.fixture(scope='module')
def bundled():
    if not bundled_model_path.exists(): pytest.skip('no bundled model in this checkout')
    return load_headline_learner()

def test_bundled_model_beats_kneser_ney(clickbait, bundled):
    """On the held-out split the bundled model never trained on, it is at most 0.72x a 4-gram Kneser-Ney model (0.70x
    measured; 0.63x for the model before it learned keywords, whose price this is: see the model card)"""
    train,valid = [[clickbait[i] for i in idxs] for idxs in split_headlines(len(clickbait))]
    assert bundled.perplexity(valid) <= 0.72 * KneserNeyLM(4).fit(train).perplexity(valid)

def test_bundled_model_samples(bundled):
    "Batches as editors get them: in range, clean, new, and varied within each batch (distinct-2 0.90 measured)"
    batches = [generate_headlines(bundled, 20, seed=seed) for seed in range(20)]
    report = sample_report([h for b in batches for h in b], novelty_index(bundled))
    assert report['in word range'] == 1.0 and report['free of special tokens'] == 1.0
    assert report['near copies'] == 0.0  # the sampler rejects them all
    assert min(distinct_n(b) for b in batches) >= 0.8

def test_bundled_model_thousand(bundled):
    "One call of 1,000 ranked headlines keeps them all apart: distinct-2 at least 0.55 (0.558 measured)"
    hs = generate_headlines(bundled, 1000, seed=0)
    assert len(set(hs)) == 1000 and distinct_n(hs) >= 0.55

def test_bundled_clickbait_classifier(bundled):
    "On held-out headlines of both corpora, the bundled click-bait classifier is right at least 90% of the time"
    news = clean_headlines(headlines_from_txt(shared/'non_clickbait_train.txt'), verbose=False)
    clickbait = clean_headlines(headlines_from_txt(shared/'clickbait_train.txt'), verbose=False)
    held_out = [[hs[i] for i in split_headlines(len(hs))[1][:300]] for hs in (clickbait, news)]
    p = clickbait_classifier(bundled).probs(held_out[0] + held_out[1])
    assert ((p[:300] > 0.5).sum() + (p[300:] <= 0.5).sum()) / 600 >= 0.9

def test_bundled_realism_follows_real_headlines(clickbait, bundled):
    "The shipped realism reference belongs to the shipped weights: held-out headlines score a median of about 0.5"
    valid = [clickbait[i] for i in split_headlines(len(clickbait))[1]]
    real = score_headlines(bundled, valid).real
    assert 0.45 <= real.median() <= 0.55

def test_bundled_keywords(clickbait, bundled):
    "Keywords picked from 20 held-out headlines (1 to 3 each): every headline of every request contains them all"
    valid = [clickbait[i] for i in split_headlines(len(clickbait))[1][:20]]
    for i,h in enumerate(valid):
        kws = headline_keywords(h, 1 + i%3, common=bundled.dls.vocab)
        hs = generate_headlines(bundled, 5, keywords=kws, seed=i)
        assert len(hs) == 5 and all(has_keywords(g, kws) and 4 <= len(g.split()) <= 15 for g in hs), (kws, hs)

def test_bundled_rewrites(bundled):
    "20 news headlines the model never trained on, rewritten: 10 suggestions each, all with the keywords it used, the story framed first"
    news = clean_headlines(headlines_from_txt(shared/'non_clickbait_train.txt'), verbose=False)
    for i,story in enumerate(news[j] for j in split_headlines(len(news))[1][:20]):
        r = rewrite_headline(bundled, story, 10, seed=i)
        assert len(r.headlines) == 10 and r.keywords and all(has_keywords(g, r.keywords) for g in r.headlines), (story, r)
        assert all(4 <= len(g.split()) <= 15 for g in r.headlines), r
        # a story of up to 11 words fits whole with the shortest hook ("Here's Why"), and whole stories come first
        if len(story.split()) <= 11: assert r.framed and r.headlines[0].startswith(title_case(story).rstrip(',;:')), r

def test_bundled_topics(bundled, clickbait):
    "Topics picked from 20 held-out click-bait headlines: 8 headlines each, all with every keyword, the topic framed first"
    for i,h in enumerate(clickbait[j] for j in split_headlines(len(clickbait))[1][:20]):
        kws = headline_keywords(h, 1 + i%3, common=bundled.vocab)
        if not kws: continue
        hs = topic_headlines(bundled, kws, 8, seed=i)
        assert len(hs) == 8 and all(has_keywords(g, kws) and 4 <= len(g.split()) <= 15 for g in hs), (kws, hs)
        # frames come first; a topic short enough for the longest frame fits every frame
        longest = max(len(f.split()) - 1 for f in topic_frames_for(kws))  # its own words, a list's number among them
        if len(topic_phrase(kws).split()) <= 15 - longest: assert all(map(is_framed_topic, hs[:len(topic_frames_for(kws))])), (kws, hs)
