"Write the small headline fixtures the notebooks and tests use (our own templates, not a real corpus)"
import csv, gzip, random
from pathlib import Path

here = Path(__file__).parent/'fixtures'
rng = random.Random(2016)
numbers = [str(n) for n in (7, 10, 11, 12, 15, 17, 19, 21, 23, 25, 27, 31)]
things = ['Things', 'Photos', 'Dogs', 'Cats', 'Recipes', 'Times', 'Signs', 'Tweets', 'Secrets', 'Moments', 'Facts']
hooks = ['That Will Make You Cry', "You Won't Believe Are Real", 'Every Student Knows', 'That Prove Dogs Are Perfect',
         'That Will Restore Your Faith In Humanity', 'Only True Fans Will Get', 'You Need To See Before You Die',
         'That Are Way Too Real', 'Everyone Should Know About', 'That Will Make Your Day']
starts = ['Can You Guess', 'Which', 'Here Is What Happens When', 'This Is Why', 'Everyone Is Talking About',
          'You Have To See', 'Nobody Expected', 'We Tried']
subjects = ['Your Cat', 'A Teenager', 'The Internet', 'This Grandma', 'A Puppy', 'The New iPhone', 'Your BFF',
            'A Tiny Hamster', "Taylor Swift's Dog", 'This Chef']
ends = ['Is Perfect', 'Will Blow Your Mind', 'Is Adorable', 'Broke The Internet', 'Is Actually Genius',
        'Changed Everything', 'Went Viral', "Can't Stop Laughing"]
news = ['Government announces new budget for schools', 'Storm leaves thousands without power in the north',
        'Court rejects appeal in fraud case', 'Central bank holds interest rates steady',
        'Scientists find water ice on distant moon', 'City council approves new bike lanes',
        'Local team wins regional championship', 'Oil prices fall after surprise report']

def clickbait():
    r = rng.random()
    if r < 0.5: return f"{rng.choice(numbers)} {rng.choice(things)} {rng.choice(hooks)}"
    if r < 0.8: return f"{rng.choice(starts)} {rng.choice(subjects)} {rng.choice(ends)}"
    return f"{rng.choice(subjects)} {rng.choice(ends)} And It's Amazing"

def main():
    here.mkdir(exist_ok=True)
    lines, seen = [], set()
    while len(lines) < 400:
        h = clickbait()
        if h.lower() not in seen: seen.add(h.lower()); lines.append(h)
    (here/'clickbait-sample.txt').write_text('\n'.join(lines) + '\n')
    with gzip.open(here/'clickbait-sample.txt.gz', 'wt') as f: f.write('\n'.join(lines) + '\n')
    rows = [(f"201{i%6}{(i%12)+1:02d}{(i%28)+1:02d}", rng.choice(news + lines[:20])) for i in range(40)]
    for name, opener in (('examiner-sample.csv', open), ('examiner-sample.csv.gz', gzip.open)):
        with opener(here/name, 'wt', newline='') as f:
            w = csv.writer(f)
            w.writerow(['publish_date', 'headline_text'])
            w.writerows(rows)

if __name__ == '__main__': main()
