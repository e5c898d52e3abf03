import { describe, expect, it } from 'vitest';
import { page, text } from '../helpers/dist';

// The implementing law (legalinfo.mn/law/details/14441, article 1) gave type testing, verification
// and calibration of measuring instruments to the state body in charge of metrology until
// 25 December 2022; who does them since is not known (../shared/FACTS.md). A service with
// `assignedUntil` says so and sends people to the hotline (the fixture site's two such services);
// wording that names the agency as doing the work today is a content rule (src/lib/validate/wording.ts).

const date = { mn: '2022 оны 12 дугаар сарын 25', en: '25 December 2022' } as const;
const services = ['verification-of-measuring-instruments', 'type-approval-of-measuring-instruments'];
const pages = [...services.map((s) => `/services/${s}/`), '/about/'].flatMap((p) => [
  { path: p, lang: 'mn' as const },
  { path: `/en${p}`, lang: 'en' as const },
]);

/** The page's own text, without the header and footer (which carry the hotline on every page). */
const mainText = (path: string) => text(page(path).querySelector('main'));

describe('metrology work after 25 December 2022', () => {
  it.each(pages)(
    '$path states what the law assigned and until when, and gives the hotline',
    ({ path, lang }) => {
      const body = mainText(path);
      expect(body).toContain(date[lang]);
      expect(body).toContain('1800-2525');
      const law =
        lang === 'mn'
          ? '/regulations/law-on-metrology-implementation-2019/'
          : '/en/regulations/law-on-metrology-implementation-2019/';
      expect(page(path).querySelector(`main a[href="${law}"]`), path).not.toBeNull();
    },
  );

  it.each(pages.filter((p) => !p.path.includes('about')))(
    '$path has GovernmentService JSON-LD that names no provider',
    ({ path }) => {
      const ld = page(path)
        .querySelectorAll('script[type="application/ld+json"]')
        .map((s) => JSON.parse(s.textContent))
        .find((d) => d['@type'] === 'GovernmentService');
      expect(ld, path).toBeDefined();
      expect(ld, path).not.toHaveProperty('provider');
      expect(JSON.stringify(ld), path).not.toContain('#organization');
      expect(ld.description, path).toContain(path.startsWith('/en/') ? date.en : date.mn);
    },
  );

  it.each([
    ['/regulations/law-on-metrology-implementation-2019/', date.mn, ['1 дүгээр зүйл', '2 дугаар зүйл']],
    ['/en/regulations/law-on-metrology-implementation-2019/', date.en, ['article 1', 'article 2']],
  ])("%s summarises the law's articles 1 and 2", (path, day, articles) => {
    const lead = text(page(path).querySelector('main .lead'));
    expect(lead).toContain(day);
    for (const a of articles) expect(lead).toContain(a);
  });
});
