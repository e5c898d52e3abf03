import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro';
import { htmlPages, page, text } from '../helpers/dist';

// A date the site knows only by its year is shown as the year everywhere: pages, lists, the search
// index's data, JSON-LD. Never as 1 January of it.
const folder = join(projectRoot, 'tests/fixtures/site/content/regulations');
const yearOnly = readdirSync(folder)
  .map((f) => ({ slug: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(folder, f), 'utf8')) }))
  .filter((r) => typeof r.data.adopted === 'number');

describe('a year alone', () => {
  it('the fixture has regulations known only by their year', () =>
    expect(yearOnly.length).toBeGreaterThan(0));

  it('is never shown as 1 January on any page (every offender listed)', () => {
    const offenders: string[] = [];
    for (const path of htmlPages()) {
      const shown = text(page(path).querySelector('body'));
      for (const { data } of yearOnly) {
        const y = data.adopted;
        for (const wrong of [`1 January ${y}`, `${y} оны 1 дүгээр сарын 1`, `${y}-01-01`])
          if (shown.includes(wrong)) offenders.push(`${path}: ${wrong}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it.each(['', '/en'])('is the year in the page%s: its date, the search data and JSON-LD', (prefix) => {
    for (const { slug, data } of yearOnly) {
      const doc = page(`${prefix}/regulations/${slug}/`);
      const y = String(data.adopted);
      expect(doc.querySelector('[data-pagefind-meta^="date:"]')?.getAttribute('data-pagefind-meta')).toBe(
        `date:${y}`,
      );
      expect(doc.querySelector(`time[datetime="${y}"]`), slug).not.toBeNull();
      const ld = doc
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent))
        .flatMap((j) => (j['@graph'] ?? [j]) as Record<string, unknown>[]);
      expect(ld.filter((j) => 'legislationDate' in j).map((j) => j.legislationDate)).toEqual([y]);
    }
  });
});
