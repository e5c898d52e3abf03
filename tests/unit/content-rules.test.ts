import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n/index';
import { wordingIssues } from '../../src/lib/validate/wording';
import { startOfDay, todayIn } from '../../src/lib/dates';
import { splitEntryId } from '../../src/lib/entry-id';
import { isPublished } from '../../src/lib/publish';
import { mirroredFileParts } from '../../src/lib/content-layout';
import { pairTranslations } from '../../src/lib/translations';

describe('entry ids', () => {
  it('derive locale and slug from the folder and file name', () => {
    expect(splitEntryId('mn/sector-managers-conference-2020')).toEqual({
      locale: 'mn',
      slug: 'sector-managers-conference-2020',
    });
    expect(splitEntryId('en/hotline')).toEqual({ locale: 'en', slug: 'hotline' });
  });

  it.each([
    ['hotline', /language folder/],
    ['ru/hotline', /language folder/],
    ['en/', /language folder/],
    ['mn/Шуурхай-утас', /Latin slug/],
    ['mn/Hotline', /Latin slug/],
  ])('rejects %s with an explanation', (id, message) => {
    expect(() => splitEntryId(id)).toThrow(message);
  });
});

describe('publication', () => {
  const now = new Date('2026-01-10T00:00:00Z');
  it('publishes a dated, non-draft item', () => {
    expect(isPublished({ draft: false, pubDate: new Date('2020-01-24') }, { now })).toBe(true);
    expect(isPublished({ draft: false, pubDate: now }, { now })).toBe(true);
  });
  it('keeps drafts out', () => {
    expect(isPublished({ draft: true, pubDate: new Date('2020-01-24') }, { now })).toBe(false);
  });
  it('keeps scheduled items out until their day', () => {
    expect(isPublished({ draft: false, pubDate: new Date('2026-01-11') }, { now })).toBe(false);
  });
  it('shows everything in preview (the dev server)', () => {
    expect(isPublished({ draft: true, pubDate: new Date('2030-01-01') }, { now, preview: true })).toBe(true);
  });
});

describe('pairing translations', () => {
  const e = (locale: 'mn' | 'en', slug: string) => ({ locale, slug, item: `${locale}:${slug}` });

  it('pairs the two languages of one slug', () => {
    const pages = pairTranslations([e('mn', 'a'), e('en', 'a')]);
    expect(pages).toEqual([
      { kind: 'entry', locale: 'mn', slug: 'a', item: 'mn:a', translations: ['mn', 'en'] },
      { kind: 'entry', locale: 'en', slug: 'a', item: 'en:a', translations: ['mn', 'en'] },
    ]);
  });

  it('gives a missing translation a notice page pointing to the original', () => {
    const pages = pairTranslations([e('mn', 'only-mn'), e('en', 'only-en')]);
    const notices = pages.filter((p) => p.kind === 'untranslated');
    expect(notices).toEqual([
      { kind: 'untranslated', locale: 'en', slug: 'only-mn', original: e('mn', 'only-mn') },
      { kind: 'untranslated', locale: 'mn', slug: 'only-en', original: e('en', 'only-en') },
    ]);
    expect(pages.filter((p) => p.kind === 'entry').map((p) => p.translations)).toEqual([['mn'], ['en']]);
  });

  it('refuses two entries of one language with the same slug', () => {
    expect(() => pairTranslations([e('mn', 'a'), e('mn', 'a')])).toThrow(/share the slug "a"/);
  });
});

describe('a content file path', () => {
  it.each([
    ['/work/site/content/news/mn/x.md', 'news/mn/x'],
    ['C:\\site\\content\\pages\\en\\about.md', 'pages/en/about'],
    ['bench/corpora/200/news/en/x.md', 'news/en/x'],
    ['services/mn/a-b.md', 'services/mn/a-b'],
    ['/work/site/src/pages/x.md', undefined],
    ['/work/site/content/news/mn/x.mdx', 'news/mn/x mdx'],
    ['/work/site/content/news/mn/x.markdown', undefined],
    ['/work/site/content/regulations/mn/x.md', undefined],
    [undefined, undefined],
  ])('%s is %s', (path, parts) => {
    const p = mirroredFileParts(path);
    expect(p && `${p.collection}/${p.locale}/${p.slug}${p.format === 'mdx' ? ' mdx' : ''}`).toBe(parts);
  });
});

describe('wording rules', () => {
  it.each([
    ['mn', 'Хэмжих хэрэгслийн хэв шинжийг тогтооно.', 'хэв шинж'],
    ['mn', 'Газар хэмжих хэрэгслийг баталгаажуулдаг.', 'Газар хэмжих хэрэгслийг баталгаажуулдаг'],
    ['en', 'The national quality program was adopted.', 'program'],
    ['en', 'A cable of 5 meters.', '5 meters'],
    ['en', 'The agency verifies scales in shops.', 'The agency verifies'],
  ] as const)('refuse, in %s, "%s"', (locale, sentence, found) => {
    expect(wordingIssues(sentence, locale).map((i) => i.found)).toEqual([found]);
  });

  it.each([
    ['mn', 'Хэмжих хэрэгслийн загварын туршилт.'],
    ['mn', 'Газар үндэсний стандартыг батлах ажлыг хийдэг.'],
    ['en', 'The National Quality Programme; a water meter; 5 metres.'],
    ['en', 'The law gave the agency the verification until 25 December 2022.'],
    ['mn', 'The program'], // English rules do not apply to Mongolian text
  ] as const)('let through, in %s, "%s"', (locale, sentence) => {
    expect(wordingIssues(sentence, locale)).toEqual([]);
  });

  it('hold for the interface words of both languages', () => {
    const strings = (value: unknown): string[] =>
      typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.values(value).flatMap(strings)
          : [];
    for (const locale of ['mn', 'en'] as const)
      expect(
        strings(dictionaries[locale]).flatMap((s) => wordingIssues(s, locale).map((i) => i.found)),
      ).toEqual([]);
  });
});

describe('Ulaanbaatar days', () => {
  const day = (s: string) => new Date(`${s}T00:00:00Z`);
  it.each([
    ['2027-05-20', '2027-05-19T16:00:00.000Z'],
    ['2020-01-24', '2020-01-23T16:00:00.000Z'],
    // Mongolia kept summer time (UTC+9) in 2015 and 2016.
    ['2016-06-01', '2016-05-31T15:00:00.000Z'],
  ])('%s begins at %s', (d, instant) => {
    expect(startOfDay(day(d)).toISOString()).toBe(instant);
  });

  it('publish an item from 00:00 in Ulaanbaatar on its date, not a second earlier', () => {
    const item = { draft: false, pubDate: day('2027-05-20') };
    expect(isPublished(item, { now: new Date('2027-05-19T15:59:59Z') })).toBe(false);
    expect(isPublished(item, { now: new Date('2027-05-19T16:00:00Z') })).toBe(true);
  });

  it("name today by Ulaanbaatar's calendar", () => {
    expect(todayIn(new Date('2027-05-19T15:59:59Z')).toISOString().slice(0, 10)).toBe('2027-05-19');
    expect(todayIn(new Date('2027-05-19T16:00:00Z')).toISOString().slice(0, 10)).toBe('2027-05-20');
  });
});
