import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { builtSiteInBrowser, searchPath } from '../helpers/browser-site';

// A citizen's questions on the search page, as typed on a phone: question words, verb forms, words
// no page has together, the officers' synonyms (a fixture group), and what is offered when nothing
// is found. The state of a search lives in its address.
const env = builtSiteInBrowser();
let page: Page;
beforeAll(async () => {
  page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 390, height: 844 });
});

/** Open the search page with a query, as the header form does, and wait for the search to settle. */
async function search(lang: 'mn' | 'en', query: string, extra = '') {
  await page.goto(`${env.site.origin}${searchPath(lang)}?q=${encodeURIComponent(query)}${extra}`);
  await page.waitForFunction(() => {
    const s = document.getElementById('search-status')?.textContent ?? '';
    return s !== '' && !s.endsWith('…');
  });
}
const paths = () =>
  page
    .locator('#search-results > li h2 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('questions', () => {
  it('question words and particles need not match: the question finds what its subject finds', async () => {
    await search('mn', 'стандарт');
    const plain = await paths();
    await search('mn', 'стандарт хаана байдаг вэ?');
    expect(plain.length).toBeGreaterThan(0);
    expect((await paths()).slice(0, 3)).toEqual(plain.slice(0, 3));
    await search('en', 'metrology');
    const english = await paths();
    await search('en', 'where is the metrology?');
    expect((await paths()).slice(0, 3)).toEqual(english.slice(0, 3));
  });

  it('a verb form finds the pages that use its stem', async () => {
    await search('mn', 'баталгаажуулалт');
    const noun = await paths();
    await search('mn', 'баталгаажуулах');
    expect(noun.length).toBeGreaterThan(0);
    expect(await paths()).toEqual(expect.arrayContaining(noun.slice(0, 1)));
  });

  it('when no page has all the words, the best part of them is searched and the page says which', async () => {
    await search('mn', 'стандарт жзщфыв');
    expect((await paths()).length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#search-corrected').textContent()).toContain('“стандарт”');
    expect(await page.locator('#search-help').isVisible()).toBe(false);
  });

  it.each([
    ['mn', 'дуудлагын төв', '/hotline/'],
    // The group's phrase in another form ("дуудлага", not "дуудлагын").
    ['mn', 'дуудлага төв', '/hotline/'],
    ['en', 'call centre', '/en/hotline/'],
  ] as const)(
    "%s: an officers' synonym (%s) finds what its group's words find",
    async (lang, query, path) => {
      await search(lang, query);
      expect((await paths()).slice(0, 3)).toContain(path);
    },
  );
});

describe('no dead end', () => {
  it.each([
    ['mn', 'Хайсан зүйлээ олсонгүй юу?'],
    ['en', 'Not what you were looking for?'],
  ] as const)(
    '%s: nothing found offers the hotline to call, searches that find, and the services',
    async (lang, title) => {
      await search(lang, 'qwertyuiop');
      const help = page.locator('#search-help');
      expect(await help.isVisible()).toBe(true);
      expect(await help.getByRole('heading', { level: 2 }).first().textContent()).toBe(title);
      expect(await help.locator('a.hotline-link[href^="tel:"]').isVisible()).toBe(true);
      // The help is on a phone's first screen.
      const helpTop = await help.evaluate((el) => el.getBoundingClientRect().top);
      expect(helpTop).toBeLessThan(844);
      expect(await help.locator('.service-grid a').count()).toBeGreaterThan(0);
      const suggestions = await help
        .locator('a[href*="?q="]')
        .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
      expect(suggestions.length).toBeGreaterThanOrEqual(2);
      for (const href of suggestions) {
        await page.goto(href);
        await page.waitForFunction(() => {
          const s = document.getElementById('search-status')?.textContent ?? '';
          return s !== '' && !s.endsWith('…');
        });
        expect((await paths()).length, href).toBeGreaterThan(0);
      }
    },
  );
});

describe('the search in the address', () => {
  it('keeps the filters ticked, closed at every width, and the language switcher keeps the query', async () => {
    for (const width of [390, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await search('en', 'law');
      expect(await page.locator('#search-filters').getAttribute('open'), `${width}`).toBeNull();
    }
    await page.locator('#search-filters summary').click();
    const before = (await paths()).length;
    const box = page
      .getByRole('group', { name: 'Type of page' })
      .getByRole('checkbox', { name: /Regulation/ });
    await box.check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll('type')).toEqual(['regulation']);
    // The filtered search has run (the last results stay on screen until its own are drawn).
    await page.waitForFunction(
      () => !(document.getElementById('search-status')?.textContent ?? '…').endsWith('…'),
    );
    await expect.poll(async () => (await paths()).every((p) => p.startsWith('/en/regulations/'))).toBe(true);
    const filtered = await paths();
    expect(filtered.length).toBeLessThanOrEqual(before);
    // Opened again from its address: the same query, the same filter, the same results.
    await page.goto(page.url());
    await page.waitForFunction(() => {
      const s = document.getElementById('search-status')?.textContent ?? '';
      return s !== '' && !s.endsWith('…');
    });
    expect(await box.isChecked()).toBe(true);
    expect(await paths()).toEqual(filtered);
    const switcher = await page.locator('.language-switcher a').getAttribute('href');
    const other = new URL(switcher!, env.site.origin);
    expect(other.pathname).toBe('/search/');
    expect(other.searchParams.get('q')).toBe('law');
    expect(other.searchParams.getAll('type')).toEqual(['regulation']);
    await page.setViewportSize({ width: 390, height: 844 });
  });
});

describe('a year alone in the search', () => {
  it('is held as the year in the index, and a result shows it as the year', async () => {
    await page.goto(`${env.site.origin}/en/search/`);
    const dates = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const found = await pagefind.search(null, { filters: { type: 'regulation' } });
      return Promise.all(found.results.map(async (r) => [(await r.data()).url, (await r.data()).meta.date]));
    })()`)) as [string, string][];
    expect(dates.length).toBeGreaterThan(3);
    const wrong = dates.filter(([, d]) => !/^\d{4}(-\d\d-\d\d)?$/.test(d));
    expect(wrong).toEqual([]);
    const years = dates.filter(([, d]) => /^\d{4}$/.test(d));
    expect(years.length).toBeGreaterThan(0);
    for (const lang of ['en', 'mn'] as const) {
      const prefix = lang === 'en' ? '/en' : '';
      const [url, year] = years
        .map(([u, y]) => [u.replace(/^\/en/, prefix), y])
        .find(([u]) => u.includes('291'))!;
      await search(lang, '291');
      const item = page.locator('#search-results > li').filter({ has: page.locator(`a[href="${url}"]`) });
      const meta = await item.locator('.meta').textContent();
      expect(meta).toContain(lang === 'en' ? `· ${year}` : `· ${year} он`);
      expect(meta).not.toMatch(/January|сарын/);
    }
  });
});

describe('excerpts', () => {
  it("come from the page's own text, never from its search words", async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parse } = await import('yaml');
    const { projectRoot } = await import('../helpers/astro');
    const offenders: string[] = [];
    let checked = 0;
    // Every page that has search words: each service in each language, each regulation in both.
    const content = join(projectRoot, 'tests/fixtures/site/content');
    const regulations = readdirSync(join(content, 'regulations')).map(
      (f) => parse(readFileSync(join(content, 'regulations', f), 'utf8')).keywords ?? {},
    );
    for (const lang of ['mn', 'en'] as const) {
      const folder = join(content, 'services', lang);
      const services = readdirSync(folder).map(
        (file) =>
          parse(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(folder, file), 'utf8'))![1]).keywords ?? [],
      );
      for (const words of [...services, ...regulations.map((k) => k[lang] ?? [])] as string[][]) {
        if (!words.length) continue;
        await search(lang, words.at(-1)!);
        const excerpts = await page
          .locator('#search-results > li > p:last-child')
          .evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
        checked++;
        for (const e of excerpts)
          if (e.includes('⁂') || !e.trim() || (words.length > 1 && e.includes(words.join(', '))))
            offenders.push(`${lang} ${words.at(-1)}: ${e}`);
      }
    }
    expect(checked).toBeGreaterThan(8);
    expect(offenders).toEqual([]);
  });
});

describe('results shown whole', () => {
  it('shows the results together once their data has arrived: never a blank row, never one at a time', async () => {
    const slow = await env.browser.context.newPage();
    let fragments = 0;
    // Every result's data but the first to be asked for comes a second late.
    await slow.route('**/pagefind/fragment/**', async (route) => {
      if (fragments++ > 0) await new Promise((r) => setTimeout(r, 1000));
      await route.continue();
    });
    await slow.goto(`${env.site.origin}/en/search/?q=metrology`);
    await slow.waitForFunction(() => document.querySelector('#search-results > li'));
    const first = await slow.evaluate(() => ({
      rows: document.querySelectorAll('#search-results > li').length,
      links: document.querySelectorAll('#search-results > li h2 a').length,
    }));
    expect(first.rows).toBeGreaterThan(1);
    expect(first.links).toBe(first.rows);
    await slow.close();
  });
});
