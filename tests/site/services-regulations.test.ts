import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { dictionaries } from '../../src/i18n';
import { fixtureProjectDir } from '../helpers/fixture-site';
import { htmlPages, page, resolveToFile, text } from '../helpers/dist';

// The fixture site's content, as built (its copy of a content tree and the generated long lists).
const regulationsDir = join(fixtureProjectDir, 'content', 'regulations');
const regulations = readdirSync(regulationsDir).map((f) => ({
  slug: f.replace(/\.yaml$/, ''),
  data: parseYaml(readFileSync(join(regulationsDir, f), 'utf8')),
}));
const serviceSlugs = readdirSync(join(fixtureProjectDir, 'content', 'services', 'mn')).map((f) =>
  f.replace(/\.md$/, ''),
);
const both = (path: string) => [path, `/en${path}`];

function jsonLd(path: string, type: string): Record<string, unknown> | undefined {
  return page(path)
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => JSON.parse(s.textContent))
    .find((d) => d['@type'] === type);
}

describe('services', () => {
  it('are at least the six of FACTS.md, in both languages', () => {
    expect(serviceSlugs.length).toBeGreaterThanOrEqual(6);
    for (const slug of serviceSlugs)
      for (const path of both(`/services/${slug}/`)) expect(resolveToFile(path), path).toBeDefined();
  });

  it('are listed by category with their summaries', () => {
    for (const path of both('/services/')) {
      const links = page(path)
        .querySelectorAll('main section h3 a')
        .map((a) => a.getAttribute('href'));
      expect(links.sort(), path).toEqual(serviceSlugs.map((s) => `${path}${s}/`).sort());
      expect(page(path).querySelectorAll('main section h2').length, path).toBeGreaterThanOrEqual(6);
    }
  });

  it('each link to the regulations they rest on, or say that none is listed yet', () => {
    let withBasis = 0;
    for (const slug of serviceSlugs) {
      for (const path of both(`/services/${slug}/`)) {
        const links = page(path).querySelectorAll('ul.legal-basis a');
        for (const a of links)
          expect(resolveToFile(a.getAttribute('href')!), `${path} → ${a.getAttribute('href')}`).toBeDefined();
        if (links.length) withBasis++;
        else
          expect(text(page(path).querySelector('.service-gaps')), path).toContain(
            dictionaries[path.startsWith('/en/') ? 'en' : 'mn'].serviceUnknownParts.legalBasis,
          );
      }
    }
    expect(withBasis).toBeGreaterThanOrEqual(2 * (serviceSlugs.length - 1));
  });

  it('give no fee or processing time they do not know, and say once what they lack, with the call', () => {
    const doc = page('/en/services/verification-of-measuring-instruments/');
    const gaps = doc.querySelectorAll('.service-gaps');
    expect(gaps).toHaveLength(1);
    const parts = dictionaries.en.serviceUnknownParts;
    expect(text(gaps[0])).toContain(`${parts.fee}, ${parts.time}`);
    expect(gaps[0].querySelector('a[href^="tel:"]')).not.toBeNull();
    expect(doc.querySelector('dl.facts')).toBeNull();
    expect(text(doc.querySelector('main'))).not.toMatch(/₮|MNT|\d+ days/);
  });

  it('lead with what to do: the steps and the ways to apply come first, the call among them', () => {
    const offenders: string[] = [];
    for (const slug of serviceSlugs)
      for (const path of both(`/services/${slug}/`)) {
        const doc = page(path);
        const first = doc.querySelector('article h2');
        if (first?.getAttribute('id') !== 'steps')
          offenders.push(`${path}: first section ${first?.getAttribute('id')}`);
        const box = doc.querySelector('.do-now');
        if (!box?.querySelectorAll('ol > li').length) offenders.push(`${path}: no steps`);
        if (!box?.querySelector('.apply-ways a')) offenders.push(`${path}: no way to apply`);
        // A service applied for by phone has the call in the box.
        const byPhone = /^\s*- method: phone/m.test(
          readFileSync(join(fixtureProjectDir, 'content', 'services', 'mn', `${slug}.md`), 'utf8'),
        );
        if (byPhone && !box?.querySelector('.apply-ways a[href^="tel:"]')) offenders.push(`${path}: no call`);
        // Each "not known yet" said once at most.
        if (doc.querySelectorAll('.service-gaps').length > 1) offenders.push(`${path}: gaps said twice`);
      }
    expect(offenders).toEqual([]);
  });

  it('carry GovernmentService JSON-LD with the required properties', () => {
    const providerUnknown: string[] = [];
    for (const slug of serviceSlugs) {
      // A service whose work a law gave the state body only until a day names no provider today.
      const providerKnown = !/^assignedUntil:/m.test(
        readFileSync(join(fixtureProjectDir, 'content', 'services', 'mn', `${slug}.md`), 'utf8'),
      );
      if (!providerKnown) providerUnknown.push(slug);
      for (const path of both(`/services/${slug}/`)) {
        const ld = jsonLd(path, 'GovernmentService');
        expect(ld, path).toMatchObject({ name: text(page(path).querySelector('h1')) });
        if (providerKnown) expect(ld, path).toMatchObject({ provider: { '@id': expect.any(String) } });
        else expect(ld, path).not.toHaveProperty('provider');
        expect(ld?.serviceType, path).toBeTruthy();
        expect(ld?.availableChannel).toMatchObject({ servicePhone: { telephone: '1800-2525' } });
      }
    }
    // The fixture has both kinds of service.
    expect(providerUnknown.length).toBeGreaterThan(0);
    expect(providerUnknown.length).toBeLessThan(serviceSlugs.length);
  });

  it('have breadcrumbs back to the services list', () => {
    const crumbs = page('/services/certification-of-conformity/').querySelectorAll('nav.breadcrumbs a');
    expect(crumbs.map((a) => a.getAttribute('href'))).toEqual(['/', '/services/']);
  });
});

describe('regulations', () => {
  it('link a replaced regulation to its replacement and back', () => {
    const replaced = regulations.filter((r) => r.data.replacedBy);
    expect(replaced.map((r) => [r.slug, r.data.replacedBy]).sort()).toEqual([
      ['law-on-standardization-2003', 'law-on-standardization-2017'],
      ['law-on-uniformity-of-measurements-1994', 'law-on-metrology-2019'],
    ]);
    for (const r of replaced) {
      for (const prefix of ['', '/en']) {
        const old = page(`${prefix}/regulations/${r.slug}/`);
        expect(old.querySelector('dd.replaced-by a')?.getAttribute('href')).toBe(
          `${prefix}/regulations/${r.data.replacedBy}/`,
        );
        const current = page(`${prefix}/regulations/${r.data.replacedBy}/`);
        expect(current.querySelectorAll('dd.replaces a').map((a) => a.getAttribute('href'))).toContain(
          `${prefix}/regulations/${r.slug}/`,
        );
      }
    }
  });

  it('list, in the library, the right number for every filter, and each filter page shows that many', () => {
    for (const prefix of ['', '/en']) {
      const library = page(`${prefix}/regulations/`);
      // The first page of the library: fifty at most.
      expect(library.querySelectorAll('ul.regulation-list > li')).toHaveLength(
        Math.min(regulations.length, 50),
      );
      const filterLinks = library
        .querySelectorAll('.library-filters a')
        .filter((a) => /\(\d+\)$/.test(text(a)));
      expect(filterLinks.length).toBeGreaterThanOrEqual(8);
      for (const a of filterLinks) {
        const count = Number(/\((\d+)\)$/.exec(text(a))![1]);
        const target = page(a.getAttribute('href')!);
        expect(target.querySelectorAll('ul.regulation-list > li'), a.getAttribute('href')!).toHaveLength(
          Math.min(count, 50),
        );
        expect(text(target.querySelector('.result-count'))).toMatch(new RegExp(`^${count} `));
      }
      const laws = page(`${prefix}/regulations/kind/law/`).querySelectorAll('ul.regulation-list h2 a');
      expect(laws).toHaveLength(5);
    }
  });

  it('combine filters in the address: each listing marks its choices, lists what matches them all, and every filter link keeps the others', () => {
    const valueOf = (r: (typeof regulations)[number], facet: string) =>
      facet === 'status'
        ? (r.data.status ?? 'unknown')
        : facet === 'year'
          ? String(r.data.adopted).slice(0, 4)
          : String(r.data.kind);
    const selectionOf = (path: string) =>
      Object.fromEntries([...path.matchAll(/(kind|status|year)\/([^/]+)\//g)].map((m) => [m[1], m[2]]));
    const listings = htmlPages().filter((p) =>
      /^(\/en)?\/regulations\/((kind|status|year)\/[^/]+\/)+$/.test(p),
    );
    expect(listings.filter((p) => Object.keys(selectionOf(p)).length === 3).length).toBeGreaterThan(0);
    const offenders: string[] = [];
    for (const path of listings) {
      const chosen = selectionOf(path);
      const doc = page(path);
      const expected = regulations.filter((r) =>
        Object.entries(chosen).every(([f, v]) => valueOf(r, f) === v),
      );
      const count = Number(/^\d+/.exec(text(doc.querySelector('.result-count')))?.[0]);
      if (count !== expected.length) offenders.push(`${path}: lists ${count}, ${expected.length} match`);
      const robots = doc.querySelector('meta[name="robots"]')?.getAttribute('content');
      if (Object.keys(chosen).length > 1 !== (robots === 'noindex'))
        offenders.push(`${path}: robots ${robots} with ${Object.keys(chosen).length} filters`);
      let filters = 0;
      for (const nav of doc.querySelectorAll('.library-filters nav')) {
        const links = nav.querySelectorAll('a');
        // A filter's "All" is its first link: the one that leaves out the filter it belongs to.
        const all = selectionOf(links[0].getAttribute('href')!);
        const facet = ['kind', 'status', 'year'].find(
          (f) => all[f] === undefined && links.slice(1).every((a) => selectionOf(a.getAttribute('href')!)[f]),
        );
        if (!facet) continue;
        filters++;
        const current = links.filter((a) => a.getAttribute('aria-current') === 'page');
        const currentValue = current.map((a) => selectionOf(a.getAttribute('href')!)[facet]);
        if (current.length !== 1 || currentValue[0] !== chosen[facet])
          offenders.push(`${path}: ${facet} marked ${JSON.stringify(currentValue)}, chosen ${chosen[facet]}`);
        for (const a of links) {
          const target = selectionOf(a.getAttribute('href')!);
          const kept = Object.entries(chosen).every(([f, v]) => f === facet || target[f] === v);
          const n = /\((\d+)\)$/.exec(text(a))?.[1];
          const matching = regulations.filter((r) =>
            Object.entries(target).every(([f, v]) => valueOf(r, f) === v),
          ).length;
          if (!kept) offenders.push(`${path}: ${a.getAttribute('href')} drops a choice`);
          if (n !== undefined && Number(n) !== matching)
            offenders.push(`${path}: ${a.getAttribute('href')} says ${n}, ${matching} match`);
          if (!resolveToFile(a.getAttribute('href')!))
            offenders.push(`${path}: ${a.getAttribute('href')} missing`);
        }
      }
      if (filters !== 3) offenders.push(`${path}: ${filters} filters`);
    }
    expect(offenders).toEqual([]);
  });

  it('sort the library newest first, and oldest first on request', () => {
    const years = (path: string) =>
      page(path)
        .querySelectorAll('ul.regulation-list time')
        .map((t) => Number(t.getAttribute('datetime')!.slice(0, 4)));
    const newest = years('/en/regulations/');
    const oldest = years('/en/regulations/oldest/');
    expect(newest).toEqual([...newest].sort((a, b) => b - a));
    expect(oldest).toEqual([...oldest].sort((a, b) => a - b));
    expect(oldest[0]).toBeLessThanOrEqual(newest.at(-1)!);
  });

  it('show the official source, adoption date and the services based on them', () => {
    const doc = page('/en/regulations/order-a-384-2014/');
    expect(doc.querySelector('a.official-text')?.getAttribute('href')).toBe(
      'https://old.legalinfo.mn/law/details/10847',
    );
    expect(text(doc.querySelector('dl.facts'))).toContain('9 December 2014');
    expect(text(doc.querySelector('dl.facts'))).toContain('А/384');
    expect(doc.querySelector('a[href="/en/services/verification-of-measuring-instruments/"]')).not.toBeNull();
    expect(text(page('/regulations/national-quality-programme-2016/').querySelector('dl.facts'))).toContain(
      '2016 он',
    );
  });

  it('carry Legislation JSON-LD with the required properties', () => {
    for (const r of regulations) {
      for (const path of both(`/regulations/${r.slug}/`)) {
        const ld = jsonLd(path, 'Legislation');
        expect(ld, path).toMatchObject({
          name: expect.any(String),
          legislationDate: expect.any(String),
          sameAs: r.data.source,
        });
        if (r.data.status === 'replaced')
          expect(ld?.legislationLegalForce).toBe('https://schema.org/NotInForce');
        if (!r.data.status) expect(ld).not.toHaveProperty('legislationLegalForce');
      }
    }
  });

  it('are linked from directive 1 and from the conference article', () => {
    for (const prefix of ['', '/en']) {
      const target = `${prefix}/regulations/law-on-metrology-2019/`;
      expect(
        page(`${prefix}/directives/1/`).querySelector(`main a[href="${target}"]`),
        prefix,
      ).not.toBeNull();
      const article = page(`${prefix}/news/sector-managers-conference-2020/`);
      const firstItem = article.querySelector('ul.directive-list li');
      expect(firstItem?.querySelector(`a[href="${target}"]`), prefix).not.toBeNull();
    }
  });
});

describe('navigation', () => {
  it('has services and regulations in the main navigation and on the home page, in both languages', () => {
    for (const [home, prefix] of [
      ['/', ''],
      ['/en/', '/en'],
    ]) {
      for (const section of ['/services/', '/regulations/']) {
        expect(page(home).querySelector(`nav.main-nav a[href="${prefix}${section}"]`), home).not.toBeNull();
        expect(page(home).querySelector(`main a[href="${prefix}${section}"]`), home).not.toBeNull();
      }
    }
    expect(htmlPages()).toEqual(expect.arrayContaining(['/services/', '/en/regulations/oldest/']));
  });
});

describe('breadcrumbs', () => {
  it.each([
    ['/news/sector-managers-conference-2020/', ['/', '/news/']],
    ['/en/directives/6/', ['/en/', '/en/directives/']],
    ['/en/services/national-standards-catalogue/', ['/en/', '/en/services/']],
    ['/regulations/mntr-1-2008/', ['/', '/regulations/']],
  ])('lead from %s back up to the home page', (path, trail) => {
    const nav = page(path).querySelector('nav.breadcrumbs');
    expect(nav?.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual(trail);
    expect(nav?.querySelector('[aria-current="page"]')?.textContent).toBe(
      text(page(path).querySelector('h1')),
    );
  });
});
