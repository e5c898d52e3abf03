import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { conditionPattern, expandFlags, parseAffixes, splitFlags } from '../../scripts/bench/corpus/affixes';
import { today } from '../../scripts/bench/corpus/dates';
import { generateCorpus } from '../../scripts/bench/corpus/generate';
import { wordFiles } from '../../scripts/bench/corpus/packages';
import { filesUnder } from '../../src/lib/validate/files';
import { validateContent } from '../../src/lib/validate/index';

// npm run bench:corpus: the affix reader, determinism, vocabulary growth, and a corpus the
// project's own validation accepts. Runs without the site build: SKIP_BUILD=1 npx vitest run tests/bench

const root = fileURLToPath(new URL('../..', import.meta.url));
const content = join(root, 'content');
const haveWordLists = Object.values(wordFiles).every((f) => existsSync(f));
const scratch = mkdtempSync(join(tmpdir(), 'bench-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const corpus = (name: string, items: number, seed?: string) => {
  const out = join(scratch, name);
  return { out, counts: generateCorpus({ items, out, contentDir: content, seed }) };
};
const tree = (dir: string) =>
  Object.fromEntries(filesUnder(dir).map((f) => [relative(dir, f), readFileSync(f, 'utf8')]));

describe('affix reader', () => {
  const sample = parseAffixes(
    [
      'FLAG long',
      'PFX Aa Y 1',
      'PFX Aa 0 re .',
      'SFX Bb Y 2',
      'SFX Bb y ies [^aeiou]y',
      'SFX Bb 0 s [aeiou]y',
    ].join('\n'),
  );

  it('applies suffixes by their conditions, prefixes, and both where they cross', () => {
    const words = (w: string) => expandFlags(w, ['Aa', 'Bb'], sample).map((f) => f.word);
    expect(words('try').sort()).toEqual(['retries', 'retry', 'tries']);
    expect(words('play').sort()).toEqual(['plays', 'replay', 'replays']);
    expect(splitFlags('B00B', 'long')).toEqual(['B0', '0B']);
    expect(conditionPattern('[^аи][аи]', 'SFX').test('ажила')).toBe(true);
    expect(conditionPattern('[^аи][аи]', 'SFX').test('аиа')).toBe(false);
  });

  it.skipIf(!haveWordLists)('inflects known Mongolian stems as hunspell-mn does', () => {
    const mn = parseAffixes(readFileSync(wordFiles.mnAff, 'utf8'));
    const forms = (word: string, flags: string) =>
      expandFlags(word, splitFlags(flags, mn.flagMode), mn).map((f) => f.word);
    expect(forms('стандарт', 'B00B')).toEqual(
      expect.arrayContaining(['стандартын', 'стандартаар', 'стандартад', 'стандартууд']),
    );
    // The vowel of the last syllable drops before a vowel suffix: хэмжил → хэмжлийн.
    expect(forms('хэмжил', 'D33D')).toEqual(expect.arrayContaining(['хэмжлийн', 'хэмжлээр']));
    expect(forms('хэмжил', 'D33D')).not.toContain('хэмжилийн');
    expect(forms('үйлчилгээ', 'A33A')).toEqual(expect.arrayContaining(['үйлчилгээний', 'үйлчилгээг']));
    expect(forms('газар', 'C00C')).toEqual(expect.arrayContaining(['газрын', 'газраас']));
  });
});

describe.skipIf(!haveWordLists)('generated corpus', () => {
  it('is byte-identical for the same seed and size, and differs for another seed', () => {
    const a = tree(corpus('a', 30).out);
    const b = tree(corpus('b', 30).out);
    expect(Object.keys(a).length).toBeGreaterThan(60);
    expect(b).toEqual(a);
    expect(tree(corpus('c', 30, 'other seed').out)).not.toEqual(a);
  });

  it('has more distinct Mongolian word forms the more items it has', () => {
    const small = corpus('small', 20).counts;
    const large = corpus('large', 80).counts;
    expect(large.mnDistinctWords).toBeGreaterThan(small.mnDistinctWords);
    // More than the domain's few dozen stems: the forms keep coming from the dictionary.
    expect(large.mnDistinctWords).toBeGreaterThan(3000);
  });

  it('passes the project validation, and fails it once the date of a translation is changed', () => {
    const { out, counts } = corpus('valid', 40);
    expect(counts).toMatchObject({ news: 40, services: 2, reports: 1 });
    expect(counts.regulations).toBeGreaterThanOrEqual(2);
    const now = new Date(`${today}T23:59:59Z`);
    expect(validateContent(root, { contentRoot: out, now })).toEqual([]);

    // Break one generated en/mn pair's date: the validator must notice in the generated tree.
    const en = filesUnder(join(out, 'news/en')).find((f) => !f.includes('sector-managers-conference-2020'))!;
    writeFileSync(en, readFileSync(en, 'utf8').replace(/^pubDate: \d{4}/m, 'pubDate: 2014'));
    const problems = validateContent(root, { contentRoot: out, now });
    expect(problems.map((p) => p.field)).toContain('pubDate');
  });
});
