import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { projectRoot, siteOrigin } from '../helpers/astro';
import { page, text } from '../helpers/dist';
import { seedBlocks } from '../helpers/seed';

const article = '/news/sector-managers-conference-2020/';
const directivesDir = join(projectRoot, 'content', 'directives');
const directiveFiles = readdirSync(directivesDir).filter((f) => f.endsWith('.yaml'));
const directives = directiveFiles.map((f) => parseYaml(readFileSync(join(directivesDir, f), 'utf8')));
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

function jsonLd(path: string): Record<string, unknown>[] {
  return page(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent));
}

describe('the conference article', () => {
  it('publishes every sentence of the Mongolian original unchanged', () => {
    const body = text(page(article).querySelector('article'));
    const { paragraphs, listItems } = seedBlocks();
    expect(paragraphs.length).toBeGreaterThanOrEqual(4);
    expect(listItems).toHaveLength(10);
    for (const block of [...paragraphs, ...listItems]) expect(body).toContain(block);
    expect(body).not.toContain('Leave a Reply');
  });

  it('has the title, the Mongolian date and the two lists with a link to each directive', () => {
    const doc = page(article);
    expect(text(doc.querySelector('h1'))).toBe(
      'Стандарт, хэмжил зүйн салбарын удирдах ажилтны зөвлөгөөн – 2020',
    );
    expect(text(doc.querySelector('article time'))).toBe('2020 оны 1 дүгээр сарын 24');
    const lists = doc.querySelectorAll('article ul.directive-list');
    expect(lists.map((l) => l.querySelectorAll('li').length)).toEqual([6, 4]);
    const refs = doc.querySelectorAll('article a.directive-ref').map((a) => a.getAttribute('href'));
    expect(refs).toEqual(Array.from({ length: 10 }, (_, i) => `/directives/${i + 1}/`));
  });

  it('has a full English translation with an English date and links to the English directives', () => {
    const doc = page(`/en${article}`);
    expect(text(doc.querySelector('h1'))).toBe(
      "Standardization and Metrology Sector Managers' Conference – 2020",
    );
    expect(text(doc.querySelector('article time'))).toBe('24 January 2020');
    const body = text(doc.querySelector('article'));
    for (const phrase of [
      '23–24 January 2020',
      'Year of Change and Renewal',
      'S. Yanjinsuren',
      'B. Bilguun',
    ]) {
      expect(body).toContain(phrase);
    }
    expect(body).not.toMatch(/[А-Яа-яӨөҮү]/);
    const refs = doc.querySelectorAll('article a.directive-ref').map((a) => a.getAttribute('href'));
    expect(refs).toEqual(Array.from({ length: 10 }, (_, i) => `/en/directives/${i + 1}/`));
  });

  it('renders GFM footnotes with headings in the page language', () => {
    const doc = page(`/en${article}`);
    expect(text(doc.querySelector('#footnote-label'))).toBe('Notes');
    expect(doc.querySelector('a[data-footnote-backref]')?.getAttribute('aria-label')).toBe(
      'Back to the text',
    );
  });

  it('carries NewsArticle structured data in its language', () => {
    for (const [path, lang] of [
      [article, 'mn'],
      [`/en${article}`, 'en'],
    ]) {
      const news = jsonLd(path).find((d) => d['@type'] === 'NewsArticle');
      expect(news, path).toMatchObject({ inLanguage: lang, datePublished: '2020-01-24' });
      expect(news?.headline).toBe(text(page(path).querySelector('h1')));
      expect(news?.mainEntityOfPage).toBe(`${siteOrigin}${path}`);
    }
  });
});

describe('the directives', () => {
  it('are ten, numbered 1 to 10, six tasks and four points for attention', () => {
    expect(directives.map((d) => d.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(directives.filter((d) => d.group === 'task')).toHaveLength(6);
    expect(directives.filter((d) => d.group === 'attention')).toHaveLength(4);
  });

  it('keep the Mongolian words exactly as in the seed, in its order', () => {
    const sorted = [...directives].sort((a, b) => a.number - b.number);
    expect(sorted.map((d) => fold(d.text.mn))).toEqual(seedBlocks().listItems);
  });

  it('are listed in both languages, grouped, each linking to its page', () => {
    for (const [prefix, groups] of [
      ['', ['Үүрэг болгосон ажил (6 үүрэг даалгавар)', 'Онцлон анхаарах асуудал (4 үүрэг даалгавар)']],
      ['/en', ['Mandated tasks (6 directives)', 'Points for special attention (4 directives)']],
    ] as const) {
      const doc = page(`${prefix}/directives/`);
      expect(doc.querySelectorAll('main section[aria-labelledby^="group-"] h2').map(text)).toEqual(groups);
      const links = doc.querySelectorAll('.directive-cards h3 a').map((a) => a.getAttribute('href'));
      expect(links).toEqual(Array.from({ length: 10 }, (_, i) => `${prefix}/directives/${i + 1}/`));
      expect(doc.querySelector(`main a[href="${prefix}${article}"]`)).not.toBeNull();
    }
  });

  it('each have a page per language with the text, the status "no report yet" and a link to the article', () => {
    // The fixture site has reports on directives 1 to 5 (tests/site/reports.test.ts).
    for (const d of directives.filter((x) => x.number > 5)) {
      for (const [prefix, lang, status] of [
        ['', 'mn', 'Тайлан хараахан гараагүй'],
        ['/en', 'en', 'No report yet'],
      ] as const) {
        const doc = page(`${prefix}/directives/${d.number}/`);
        expect(text(doc.querySelector('.directive-text'))).toBe(fold(d.text[lang]));
        expect(text(doc.querySelector('dl.facts'))).toContain(status);
        expect(doc.querySelector(`main a[href="${prefix}${article}"]`)).not.toBeNull();
      }
    }
  });
});

describe('the hotline page', () => {
  it('shows 1800-2525 as a tap-to-call link in both languages', () => {
    for (const path of ['/hotline/', '/en/hotline/']) {
      const main = page(path).querySelector('main');
      expect(text(main?.querySelector('h1'))).toContain('1800-2525');
      expect(main?.querySelector('a[href="tel:18002525"]')).not.toBeNull();
    }
  });

  it('says what the line is for and names no hours', () => {
    expect(text(page('/en/hotline/').querySelector('main'))).toContain('work and services');
    expect(text(page('/en/hotline/').querySelector('main'))).toContain('opening hours are not yet published');
    for (const path of ['/hotline/', '/en/hotline/']) {
      const contact = jsonLd(path).find((d) => d['@type'] === 'ContactPoint');
      expect(contact, path).toMatchObject({ telephone: '1800-2525', areaServed: 'MN' });
      expect(contact).not.toHaveProperty('hoursAvailable');
    }
  });
});

describe('the about page', () => {
  it('gives the agency names and address in a table', () => {
    const mn = text(page('/about/').querySelector('main table'));
    expect(mn).toContain('Энхтайваны өргөн чөлөө 46А');
    expect(mn).toContain('Mongolian Agency for Standardization and Metrology');
    const en = text(page('/en/about/').querySelector('main table'));
    expect(en).toContain('Peace Avenue 46A, Bayanzurkh district, Ulaanbaatar 210351');
    expect(en).toContain('Стандарт, хэмжил зүйн газар');
  });
});

describe('structured data', () => {
  it('describes the agency as a GovernmentOrganization on every page', async () => {
    const { htmlPages } = await import('../helpers/dist');
    for (const path of htmlPages()) {
      const org = jsonLd(path).find((d) => d['@type'] === 'GovernmentOrganization');
      expect(org, path).toMatchObject({ telephone: '1800-2525', address: { postalCode: '210351' } });
    }
    expect(jsonLd('/').find((d) => d['@type'] === 'GovernmentOrganization')?.name).toBe(
      'Стандарт, хэмжил зүйн газар',
    );
  });
});

describe('the home pages', () => {
  it('show the latest news, the hotline and the directives in their language', () => {
    for (const [path, prefix] of [
      ['/', ''],
      ['/en/', '/en'],
    ]) {
      const main = page(path).querySelector('main');
      const latest = page(`${prefix}/news/`).querySelector('.news-list > li h2 a')?.getAttribute('href');
      expect(main?.querySelector(`a[href="${latest}"]`), path).not.toBeNull();
      expect(main?.querySelector('a[href="tel:18002525"]'), path).not.toBeNull();
      expect(main?.querySelector(`a[href="${prefix}/directives/"]`), path).not.toBeNull();
    }
  });
});
