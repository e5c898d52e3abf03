import { describe, expect, it } from 'vitest';
import { expandQuery, wordCandidates } from '../../src/lib/search/expand';
import { indexesFor } from '../../src/lib/search/indexes';
import { mergeHits } from '../../src/lib/search/merge';
import { normalizeQuery } from '../../src/lib/search/normalize';
import { separateForIndex } from '../../src/lib/search/separate';
import { skeleton } from '../../src/lib/search/skeleton';
import { stems } from '../../src/lib/search/stem';
import { buildVocabulary, prefixReduce } from '../../src/lib/search/vocabulary';

// Words as they stand on the site's Mongolian pages (the real lists are built, in pieces, into dist/search-words/).
const vocab = buildVocabulary([
  'стандарт',
  'стандартын',
  'стандартыг',
  'стандартчилал',
  'стандартчиллын',
  'хэмжил',
  'зүйн',
  'зүй',
  'зөвлөгөөн',
  'зөвлөгөөний',
  'үйлчилгээг',
  'үйлчилгээний',
  'утас',
  'утсаар',
  'шуурхай',
  'газар',
  'газрын',
  'үүрэг',
  'даалгавар',
  'хууль',
  'хуулийн',
  'тухай',
  'салбарын',
  'өөрчлөлт',
  'мэдээ',
  'мэдээлэл',
  'баталгаажуулах',
  'хэрэгсэл',
  'хэмжих',
  'чанарын',
  'хөтөлбөр',
  'жин',
]);

/** The query strings sent to Pagefind for what was typed. */
const sent = (typed: string) => expandQuery(typed, vocab).map((v) => v.query);

describe('normalizeQuery: case, letters and spacing', () => {
  it.each([
    ['Стандарт', 'стандарт'],
    ['СТАНДАРТ', 'стандарт'],
    ['  хэмжил   зүй  ', 'хэмжил зүй'],
    ['Ёс', 'ес'],
    ['зєвлєгєєн', 'зөвлөгөөн'],
    ['ЗЄВЛЄГЄЄН', 'зөвлөгөөн'],
    ['зѳвлѳгѳѳн', 'зөвлөгөөн'],
    ['Vйлчилгээ', 'үйлчилгээ'],
    ['їйлчилгээ', 'үйлчилгээ'],
    ['Ϋйлчилгээ'.replace('Ϋ', 'Ї'), 'үйлчилгээ'],
    ['стaндaрт', 'стандарт'],
    ['xууль', 'хууль'],
    ['MNS 5565 : 2005', 'mns 5565:2005'],
    ['MNS 5565:2005', 'mns 5565:2005'],
    ['MNS5565:2005', 'mns5565:2005'],
    ['А / 384', 'а/384'],
    ['A/384', 'a/384'],
    ['1800-2525', '1800-2525'],
    ['18002525', '18002525'],
    ['"стандарт"', 'стандарт'],
    ['стандарт?', 'стандарт'],
  ])('%s → %s', (typed, expected) => {
    expect(normalizeQuery(typed)).toBe(expected);
  });
});

describe('words that must not be mangled', () => {
  it.each([
    ['standard'],
    ['metrology'],
    ['hotline'],
    ['verification'],
    ['iso'],
    ['9001'],
    ['2020'],
    ['1800-2525'],
    ['of'],
    ['ус'],
  ])('%s is searched as typed', (word) => {
    expect(sent(word)[0]).toBe(word);
  });

  it.each([['ус'], ['of'], ['9001'], ['2525'], ['mns5565:2005']])('%s gets no rewrite', (word) => {
    expect(wordCandidates(word, vocab)).toEqual([{ term: word, weight: 1 }]);
  });

  it('keeps English words English when nothing on the Mongolian pages sounds like them', () => {
    expect(sent('verification')).toEqual(['verification']);
    expect(sent('hotline')).toEqual(['hotline']);
  });

  it('leaves a word the site already contains as it is', () => {
    expect(sent('стандарт')).toEqual(['стандарт']);
    expect(sent('зөвлөгөөн')).toEqual(['зөвлөгөөн']);
  });
});

describe('inflected forms find the stem and its other forms', () => {
  it.each([
    ['стандартаар', 'стандарт'],
    ['стандартын', 'стандарт'],
    ['үйлчилгээний', 'үйлчилгээ'],
    ['зөвлөгөөний', 'зөвлөгөөн'],
    ['стандартад', 'стандарт'],
    ['стандартаас', 'стандарт'],
    ['стандартуудын', 'стандарт'],
    ['хэмжилд', 'хэмжил'],
    ['зөвлөгөөнөөр', 'зөвлөгөөн'],
    ['зөвлөгөөнд', 'зөвлөгөөн'],
    ['хуулиар', 'хуул'],
    ['газраас', 'газар'],
    ['утсыг', 'утас'],
  ])('%s → %s', (typed, stem) => {
    expect(sent(typed)).toContain(stem);
  });

  it.each([
    ['хэмжилзүйн', 'хэмжил зүйн'],
    ['хэмжилзүй', 'хэмжил зүй'],
  ])('the compound %s → %s', (typed, split) => {
    expect(sent(typed)).toContain(split);
  });

  it('finds words whose forms share a stem', () => {
    expect(sent('үйлчилгээ')).toEqual(['үйлчилгээ']);
    expect(sent('үйлчилгээгээр')).toContain('үйлчилгээ');
  });
});

describe('Latin-typed Mongolian finds the Cyrillic words', () => {
  it.each([
    ['standart', 'стандарт'],
    ['standartiin', 'стандартын'],
    ['hemjil zui', 'хэмжил зүй'],
    ['khemjil zui', 'хэмжил зүй'],
    ['xemjil zui', 'хэмжил зүй'],
    ['zuvlugun', 'зөвлөгөөн'],
    ['zovlogoon', 'зөвлөгөөн'],
    ['zuvluguun', 'зөвлөгөөн'],
    ['uilchilgee', 'үйлчилгээ'],
    ['utas', 'утас'],
    ['shuurhai utas', 'шуурхай утас'],
    ['gazar', 'газар'],
    ['tuhai', 'тухай'],
    ['huuli', 'хуул'],
    ['daalgavar', 'даалгавар'],
    ['medee', 'мэдээ'],
    ['chanariin', 'чанарын'],
    ['hutulbur', 'хөтөлбөр'],
    ['hemjih heregsel', 'хэмжих хэрэгсэл'],
    ['jin', 'жин'],
    ['zhin', 'жин'],
  ])('%s → %s', (typed, cyrillic) => {
    expect(sent(typed)).toContain(cyrillic);
  });

  it('searches the typed words first, the Cyrillic reading second and weaker', () => {
    const [typed, reading] = expandQuery('utas', vocab);
    expect(typed).toEqual({ query: 'utas', weight: 1 });
    expect(reading.query).toBe('утас');
    expect(reading.weight).toBeLessThan(1);
  });
});

describe('ө and ү typed as о and у', () => {
  it.each([
    ['зовлогоон', 'зөвлөгөөн'],
    ['уйлчилгээ', 'үйлчилгээ'],
    ['уурэг', 'үүрэг'],
    ['оорчлолт', 'өөрчлөлт'],
    ['хотолбор', 'хөтөлбөр'],
  ])('%s → %s', (typed, fixed) => {
    expect(sent(typed)).toContain(fixed);
  });
});

describe('document numbers', () => {
  it.each([
    ['А/384', 'a/384'],
    ['A/384', 'а/384'],
    ['а/384', 'a/384'],
  ])('%s is also searched in the other script as %s', (typed, other) => {
    expect(sent(typed)).toContain(other);
  });
});

describe('query safety', () => {
  it.each([['<script>alert(1)</script>'], ['"><img src=x onerror=alert(1)>'], ['']])(
    '%s becomes plain words or nothing',
    (typed) => {
      expect(sent(typed).filter((q) => /^[<"]/.test(q))).toEqual([]);
    },
  );

  it('gives no variants for an empty query', () => {
    expect(expandQuery('   ', vocab)).toEqual([]);
  });

  it('never sends the same query twice and caps the variants', () => {
    const variants = sent('hemjil zui utas standart');
    expect(new Set(variants).size).toBe(variants.length);
    expect(variants.length).toBeLessThanOrEqual(6);
  });
});

describe('building blocks', () => {
  it.each([
    ['зөвлөгөөн', 'zuvlugun'],
    ['zovlogoon', 'zuvlugun'],
    ['хэмжил', 'hemjil'],
    ['khemjil', 'hemjil'],
    ['үйлчилгээ', 'uilchilge'],
    ['shuurhai', 'shurhai'],
    // Ж typed as "zh" as well as "j".
    ['жин', 'jin'],
    ['zhin', 'jin'],
    ['hemzhuur', 'hemjur'],
  ])('skeleton(%s) is %s', (word, key) => {
    expect(skeleton(word)).toBe(key);
  });

  it('restores a dropped vowel in stems (утсаар → утас)', () => {
    expect(stems('утсаар')).toContain('утас');
  });

  it('keeps stems at least three letters long', () => {
    expect(stems('ухаар').filter((s) => s.length < 3)).toEqual([]);
    expect(stems('стандартын').length).toBeGreaterThan(0);
    expect(stems('стандартын').filter((s) => s.length < 3)).toEqual([]);
  });

  it('reduces words to the shortest prefixes', () => {
    expect(prefixReduce(['стандартын', 'стандарт', 'хэмжил', 'стандартыг'])).toEqual(['хэмжил', 'стандарт']);
  });

  it('merges hits without duplicates, best weighted score first', () => {
    const merged = mergeHits([
      { weight: 1, hits: [{ id: 'a', score: 2, item: 'A' }] },
      {
        weight: 0.5,
        hits: [
          { id: 'a', score: 10, item: 'A' },
          { id: 'b', score: 3, item: 'B' },
          { id: 'c', score: 1, item: 'C' },
        ],
      },
    ]);
    expect(merged.map((h) => [h.id, h.score])).toEqual([
      ['a', 5],
      ['b', 1.5],
      ['c', 0.5],
    ]);
  });

  it('merges one list only where it is not already best first, each page once', () => {
    const hit = (id: string, score: number) => ({ id, score, item: id });
    const ids = (hits: { id: string }[]) => hits.map((h) => h.id);
    expect(ids(mergeHits([{ weight: 1, hits: [hit('a', 3), hit('b', 3), hit('c', 1)] }]))).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(ids(mergeHits([{ weight: 1, hits: [hit('a', 1), hit('b', 3)] }]))).toEqual(['b', 'a']);
    expect(ids(mergeHits([{ weight: 1, hits: [hit('a', 3), hit('b', 2), hit('a', 1)] }]))).toEqual([
      'a',
      'b',
    ]);
  });
});

describe('separators in what Pagefind indexes', () => {
  it('puts ": " after a label and a space after a value or a table cell', () => {
    expect(
      separateForIndex('<dl class="facts"><dt>Kind</dt><dd>Law</dd><DT>Number</DT><dd>344</dd></dl>'),
    ).toBe('<dl class="facts"><dt>Kind</dt>: <dd>Law</dd> <DT>Number</DT>: <dd>344</dd> </dl>');
    expect(
      separateForIndex('<tr><th>Item</th><th>Details</th></tr><tr><td>Name</td><td>MASM</td></tr>'),
    ).toBe('<tr><th>Item</th> <th>Details</th> </tr><tr><td>Name</td> <td>MASM</td> </tr>');
  });

  it('leaves other markup alone', () => {
    const html = '<main><h1>Title</h1><p>Text <a href="/dt/">dt</a></p><ul><li>One</li></ul></main>';
    expect(separateForIndex(html)).toBe(html);
  });
});

describe('Latin-typed words read as the site’s words', () => {
  it('prefers the sound-alike the site uses most, not the first in the alphabet', () => {
    const counted = buildVocabulary(
      new Map([
        ['тожин', 1],
        ['түжин', 919],
        ['товд', 1],
        ['төвд', 291],
        ['төвдөө', 4],
      ]),
    );
    expect(expandQuery('tuvd tujin', counted)[1].query).toBe('төвд түжин');
  });
});

describe('which indexes a query reads at once (and fetches ahead while typing pauses)', () => {
  it.each([
    ['mn', 'стандарт', ['mn']],
    ['mn', 'standart', ['mn']],
    ['en', 'metrology', ['en']],
    ['en', 'MNS ISO 9001:2016', ['en']],
    ['en', 'стандарт', ['en', 'mn']],
    ['en', 'law Хэмжил', ['en', 'mn']],
    ['en', 'Ө', ['en', 'mn']],
  ] as const)('on the %s page, %j reads %j', (locale, typed, expected) => {
    expect(indexesFor(typed, locale)).toEqual(expected);
  });
});
