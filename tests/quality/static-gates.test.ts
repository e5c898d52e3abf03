import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { feedProblems, sitemapProblems } from '../gates/feeds';
import { validateHtml } from '../gates/html-validator';
import { linkProblems } from '../gates/links';
import { pagesToCheck } from '../gates/site-pages';
import { siteOrigin } from '../helpers/astro';
import { fixtureDist, htmlPages, realDist } from '../helpers/dist';

const badPages = join(import.meta.dirname, '..', 'fixtures', 'bad-pages');
// The published site, and the fixture site (every kind of page, drafts and long lists included).
const sites = [
  ['the real site', realDist],
  ['the fixture site', fixtureDist],
] as const;

describe('gate: HTML validity (W3C Nu HTML Checker)', () => {
  it('finds no error in any built HTML file of either site (one run)', () => {
    const files = sites.flatMap(([, root]) =>
      htmlPages(root).map((p) => join(root, p.endsWith('/') ? `${p}index.html` : p)),
    );
    expect(files.length).toBeGreaterThan(200);
    const errors = validateHtml(files).map((e) => `${e.file}:${e.line}: ${e.message}`);
    expect(errors).toEqual([]);
  });

  it('catches invalid markup, naming the file', () => {
    const errors = validateHtml([join(badPages, 'invalid-html', 'index.html')]);
    expect(errors.length).toBeGreaterThanOrEqual(2);
    expect(errors[0].file).toContain('invalid-html/index.html');
    expect(errors.map((e) => e.message).join('\n')).toMatch(/Duplicate ID/);
  });
});

describe('gate: links', () => {
  it.each(sites)(
    'finds, on %s, every internal link, fragment and asset resolving, and no stray cross-language link',
    (_, root) => {
      expect(linkProblems(root, pagesToCheck(root))).toEqual([]);
    },
  );

  it('catches a missing page, a missing fragment and a link into the other language', () => {
    const problems = linkProblems(badPages, ['/broken-links/']);
    expect(problems).toEqual([
      '/broken-links/: /missing-page/ → no such file',
      '/broken-links/: /target/#no-such-id → no element with id "no-such-id"',
      '/broken-links/: /en/target/ leads from a mn page into a en page without hreflang',
    ]);
  });
});

describe('gate: feeds and sitemap', () => {
  it.each(sites)('on %s, both feeds read in a feed reader and every item link resolves', async (_, root) => {
    expect([...(await feedProblems(root, '/rss.xml')), ...(await feedProblems(root, '/en/rss.xml'))]).toEqual(
      [],
    );
  });

  it.each(sites)(
    'on %s, the sitemap validates against the sitemaps.org schema and every URL resolves',
    (_, root) => {
      expect(sitemapProblems(root)).toEqual([]);
    },
  );

  function badFiles(files: Record<string, string>) {
    const root = mkdtempSync(join(tmpdir(), 'masm-bad-xml-'));
    for (const [name, body] of Object.entries(files)) writeFileSync(join(root, name), body);
    return root;
  }

  it('catches a feed that is not a feed and a feed whose item leads nowhere', async () => {
    const root = badFiles({
      'broken.xml': '<rss version="2.0"><channel><title>x</title>',
      'dangling.xml': `<?xml version="1.0"?><rss version="2.0"><channel><title>x</title><link>${siteOrigin}/</link><description>d</description><item><title>Gone</title><link>${siteOrigin}/news/gone/</link><pubDate>Fri, 24 Jan 2020 00:00:00 GMT</pubDate></item></channel></rss>`,
    });
    expect((await feedProblems(root, '/broken.xml')).join('\n')).toMatch(/feed reader cannot read it/);
    expect(await feedProblems(root, '/dangling.xml')).toEqual([
      `/dangling.xml: item link ${siteOrigin}/news/gone/ does not resolve`,
    ]);
  });

  it('catches a sitemap that breaks the schema or lists a missing page', () => {
    const ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"';
    const root = badFiles({
      'sitemap-index.xml': `<?xml version="1.0"?><sitemapindex ${ns}><sitemap><loc>${siteOrigin}/sitemap-0.xml</loc></sitemap></sitemapindex>`,
      'sitemap-0.xml': `<?xml version="1.0"?><urlset ${ns}><url><loc>${siteOrigin}/missing/</loc><priority>7</priority></url></urlset>`,
    });
    const problems = sitemapProblems(root).join('\n');
    expect(problems).toMatch(/priority/);
    expect(problems).toContain(`/sitemap-0.xml: ${siteOrigin}/missing/ does not resolve`);
  });
});
