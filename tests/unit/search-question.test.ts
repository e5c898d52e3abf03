import { describe, expect, it } from 'vitest';
import { subjectWords, wordSubsets } from '../../src/lib/search/question';
import { stems } from '../../src/lib/search/stem';
import { synonymVariants } from '../../src/lib/search/synonyms';
import { buildVocabulary } from '../../src/lib/search/vocabulary';
import { expandQuery, unknownWords } from '../../src/lib/search/expand';

// Questions as typed: what they are about, verb forms, parts of a query, officers' synonyms.
describe('the words a question is about', () => {
  it.each([
    ['жин хэмжүүр хаана шалгуулах вэ', 'жин хэмжүүр шалгуулах'],
    ['тоолуур яаж баталгаажуулах уу', 'тоолуур баталгаажуулах'],
    ['where do i check my scale', 'check scale'],
    ['how to get a certificate', 'certificate'],
    ['jin hemjuur haana shalguulah ve', 'jin hemjuur shalguulah'],
  ])('%s → %s', (query, words) => expect(subjectWords(query)).toBe(words));

  it('keeps a query made only of such words as it is', () => {
    expect(subjectWords('хэн бэ')).toBe('хэн бэ');
  });
});

describe('verb forms meet their stem', () => {
  it.each([
    ['шалгуулах', 'шалг'],
    ['баталгаажуулах', 'баталгааж'],
    ['батлуулах', 'батл'],
    ['шалгах', 'шалг'],
  ])('%s → %s', (word, stem) => expect(stems(word)).toContain(stem));

  it('so a causative the site never uses finds the words it does use', () => {
    const vocab = buildVocabulary(['шалгах', 'шалгалт', 'баталгаажуулалт', 'батлах', 'стандарт']);
    const best = (w: string) => expandQuery(w, vocab)[1]?.query;
    expect(best('шалгуулах')).toBe('шалг');
    expect(best('баталгаажуулах')).toBe('баталгаажуул');
    expect(best('батлуулах')).toMatch(/^бат[аэ]?л$/);
  });
});

describe('parts of a query to try when all its words find nothing', () => {
  it('one word fewer first, earlier words kept first, then single words', () => {
    expect(wordSubsets('a b c')).toEqual(['a b', 'a c', 'b c', 'a', 'b', 'c']);
    expect(wordSubsets('a b c d', 3)).toEqual(['a b c', 'a b d', 'a c d']);
    expect(wordSubsets('a')).toEqual([]);
  });
});

describe("officers' synonyms", () => {
  const groups = [
    ['Таксины тоолуур', 'таксометр', 'taxi meter'],
    ['жин хэмжүүр', 'жин', 'scale'],
  ];
  it('put each other member in place of the one the query holds, as whole words', () => {
    expect(synonymVariants('таксины тоолуур шалгах', groups)).toEqual([
      'таксометр шалгах',
      'taxi meter шалгах',
    ]);
    // The longer phrase is replaced whole, not its first word.
    expect(synonymVariants('жин хэмжүүр', groups)).toEqual(['жин', 'scale']);
    expect(synonymVariants('Scale', groups)).toEqual(['жин хэмжүүр', 'жин']);
    // Part of a word is not the word ("жинхэнэ", genuine)…
    expect(synonymVariants('жинхэнэ', groups)).toEqual([]);
    expect(synonymVariants('', groups)).toEqual([]);
  });

  it('find a member in any of its forms: the query need not use the group’s case endings', () => {
    expect(synonymVariants('такси тоолуур шалгах', groups)).toEqual([
      'таксометр шалгах',
      'taxi meter шалгах',
    ]);
    // A final vowel dropped before the ending: "дуудлага", "дуудлагын".
    expect(synonymVariants('дуудлага төв', [['дуудлагын төв', 'шуурхай утас']])).toEqual(['шуурхай утас']);
    // …but a form of it is ("жингийн", of the scale).
    expect(synonymVariants('жингийн', groups)).toEqual(['жин хэмжүүр', 'scale']);
  });
});

describe('words the site has in no form', () => {
  const vocab = buildVocabulary(['стандарт', 'шалгах', 'metrology', 'law']);
  it('are named, so the page can say which words it searched', () => {
    expect(unknownWords('стандарт жзщфыв', vocab)).toEqual(['жзщфыв']);
    // A form of a site word, a typo of one, a number: all known.
    expect(unknownWords('стандартын стандрат 2018', vocab)).toEqual([]);
    expect(unknownWords('metrology qwxz', vocab, 'en')).toEqual(['qwxz']);
  });
});
