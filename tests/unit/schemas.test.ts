import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { directiveSchema } from '../../src/lib/schemas/directives';
import { newsSchema } from '../../src/lib/schemas/news';
import { pageSchema } from '../../src/lib/schemas/pages';

// Astro's image() helper is not available outside a build; a string stands in for it.
const news = newsSchema(() => z.string());

/** The dotted paths of the fields a parse complains about. */
function failingFields(schema: z.ZodType, data: unknown): string[] {
  const result = schema.safeParse(data);
  expect(result.success, 'fixture should be rejected').toBe(false);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
}

const validNews = {
  title: 'Зөвлөгөөн',
  description: 'Товч агуулга.',
  pubDate: '2020-01-24',
  tags: ['зөвлөгөөн'],
};

describe('news schema', () => {
  it('accepts a complete item and fills the defaults', () => {
    const data = news.parse(validNews);
    expect(data.pubDate).toEqual(new Date('2020-01-24'));
    expect(data.draft).toBe(false);
    expect(news.parse({ ...validNews, tags: undefined }).tags).toEqual([]);
  });

  it.each([
    ['a missing title', { ...validNews, title: undefined }, 'title'],
    ['an empty title', { ...validNews, title: '  ' }, 'title'],
    ['a missing description', { ...validNews, description: undefined }, 'description'],
    ['a date that is not a date', { ...validNews, pubDate: 'yesterday' }, 'pubDate'],
    ['a hero image without alt text', { ...validNews, hero: { src: 'a.jpg' } }, 'hero.alt'],
    ['draft given as text', { ...validNews, draft: 'yes' }, 'draft'],
    ['an update before publication', { ...validNews, updatedDate: '2019-12-31' }, 'updatedDate'],
  ])('rejects %s, naming the field', (_case, data, field) => {
    expect(failingFields(news, data)).toContain(field);
  });
});

const validDirective = {
  number: 6,
  group: 'task',
  text: { mn: 'утас ажиллуулах', en: 'Run the phone line.' },
  article: 'sector-managers-conference-2020',
};

describe('directives schema', () => {
  it('accepts a directive (its status comes from reports, not from the file)', () => {
    expect(directiveSchema.parse(validDirective)).toEqual(validDirective);
  });

  it.each([
    ['number 0', { ...validDirective, number: 0 }, 'number'],
    ['number 11', { ...validDirective, number: 11 }, 'number'],
    ['a fractional number', { ...validDirective, number: 2.5 }, 'number'],
    ['an unknown group', { ...validDirective, group: 'other' }, 'group'],
    ['no Mongolian text', { ...validDirective, text: { en: 'x' } }, 'text.mn'],
    ['empty English text', { ...validDirective, text: { mn: 'x', en: '' } }, 'text.en'],
    ['an article that is not a slug', { ...validDirective, article: 'News Item' }, 'article'],
    ['a status typed into the file', { ...validDirective, status: 'done' }, ''],
  ])('rejects %s, naming the field', (_case, data, field) => {
    expect(failingFields(directiveSchema, data)).toContain(field);
  });
});

describe('pages schema', () => {
  it('accepts a page', () => {
    expect(pageSchema.parse({ title: 'Шуурхай утас', description: 'Лавлах утас.' }).title).toBe(
      'Шуурхай утас',
    );
  });

  it.each([
    ['a missing title', { description: 'x' }, 'title'],
    ['a missing description', { title: 'x' }, 'description'],
    ['a bad review date', { title: 'x', description: 'y', reviewedDate: 'soon' }, 'reviewedDate'],
  ])('rejects %s, naming the field', (_case, data, field) => {
    expect(failingFields(pageSchema, data)).toContain(field);
  });
});
