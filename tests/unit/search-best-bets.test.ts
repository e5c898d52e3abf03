import { describe, expect, it } from 'vitest';
import { bestBetPages } from '../../src/lib/search/best-bets';
import { bestBets } from '../../src/lib/site/best-bets';
import type { PageFacts } from '../../src/lib/site/page-facts';
import { bestBetSchema } from '../../src/lib/schemas/best-bets';

const bets = [
  { page: '/a/', queries: ['утасны дугаар', 'phone number'] },
  { page: '/b/', queries: ['тайлан'] },
];

describe('which best bets a search meets', () => {
  it.each([
    ['утасны дугаар', ['/a/']],
    ['Утасны  дугаар хэд вэ?', ['/a/']],
    ['дугаар утас', ['/a/']],
    ['utasny dugaar', ['/a/']],
    ['phone number', ['/a/']],
    ['what is the phone number', ['/a/']],
    ['tailan', ['/b/']],
    ['тайлангийн', ['/b/']],
    ['тайлан', ['/b/']],
  ])('%s → %j', (typed, pages) => expect(bestBetPages(typed, bets)).toEqual(pages));

  it.each(['утас', 'дугаар', 'утасны дугаар тайлан', 'та', '', 'phone numbers of shops'])(
    '%s meets none (not the same words)',
    (typed) => expect(bestBetPages(typed, bets)).toEqual([]),
  );
});

describe('best bets in the site model', () => {
  const entry = (id: string, page: string) => ({
    id,
    filePath: `content/best-bets/${id}.yaml`,
    data: bestBetSchema.parse({ page, queries: ['x y'] }),
  });
  const facts = () =>
    new Map<string, PageFacts>([
      ['/a/', { locale: 'mn', noindex: false, search: { type: 'page' } }],
      ['/en/a/', { locale: 'en', noindex: true }],
    ]);

  it('marks the page in each language that has it, adding an unindexed list page to the index', () => {
    const f = facts();
    const { bets, problems } = bestBets(
      [entry('a', '/a/'), entry('l', '/list/')],
      new Set(['/a/', '/list/']),
      f,
    );
    expect(problems).toEqual([]);
    expect(bets.map((b) => b.page)).toEqual(['/a/', '/list/']);
    expect(f.get('/a/')!.search).toEqual({ type: 'page', filters: { bet: '/a/' } });
    // An untranslated notice is not a page to offer.
    expect(f.get('/en/a/')!.search).toBeUndefined();
    expect(f.get('/en/list/')).toMatchObject({
      locale: 'en',
      noindex: false,
      search: { filters: { bet: '/list/' } },
    });
  });

  it('refuses a page the site does not have, naming the file and the address, in both languages', () => {
    const { bets, problems } = bestBets([entry('gone', '/nowhere/')], new Set(['/a/']), facts());
    expect(bets).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/best-bets/gone.yaml',
      field: 'page',
      found: '/nowhere/',
    });
    expect(problems[0].expected.mn).toMatch(/сайтад ийм хуудас алга/);
    expect(problems[0].expected.en).toMatch(/no such page on the site/);
  });

  it('refuses an address that is not a site address', () => {
    for (const page of ['https://x.mn/', 'hotline', '/en/hotline', '/hotline/../x/'])
      expect(bestBetSchema.safeParse({ page, queries: ['x'] }).success).toBe(false);
    expect(bestBetSchema.safeParse({ page: '/hotline/', queries: [] }).success).toBe(false);
  });
});
