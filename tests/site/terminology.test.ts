import { describe, expect, it } from 'vitest';
import { htmlPages, page, text } from '../helpers/dist';

// One term for each thing, across the interface, the content and the search filters. The
// Mongolian terms are the ones the law and the agency use (../shared/FACTS.md).

interface Term {
  /** The form the site uses. */
  preferred: string;
  /** Forms it does not use (a string is matched without regard to case). */
  refused: (string | RegExp)[];
  /** Built pages that must show the preferred form. */
  on: string[];
}

const mongolian: Term[] = [
  {
    preferred: 'загварын туршилт',
    refused: ['хэв шинж'],
    on: ['/services/type-approval-of-measuring-instruments/', '/about/'],
  },
  {
    preferred: 'Хэмжих хэрэгслийн загвар батлах',
    refused: [],
    on: ['/services/'],
  },
  {
    preferred: 'анхдагч, ээлжит, давтан баталгаажуулалт',
    refused: ['үечилсэн'],
    on: ['/services/verification-of-measuring-instruments/', '/about/'],
  },
  { preferred: 'Тодорхойгүй', refused: ['Баталгаажаагүй'], on: ['/regulations/'] },
  { preferred: 'Эрэмбэлэх', refused: [/Эрэмбэ(?!л)/], on: ['/regulations/'] },
  { preferred: 'Шинээс нь эхлэн', refused: ['Шинэ нь эхэндээ'], on: ['/regulations/'] },
  { preferred: 'Хуучнаас нь эхлэн', refused: ['Хуучин нь эхэндээ'], on: ['/regulations/'] },
  {
    preferred: 'Монгол Улсын үндэсний стандарт (MNS)',
    refused: [/(?<!Монгол Улсын )үндэсний стандарт \(MNS\)/i],
    on: ['/about/', '/services/national-standards-catalogue/'],
  },
  {
    preferred: 'олон улсын стандартыг нэвтрүүлсэн',
    refused: ['олон улсын стандартаас авсан'],
    on: ['/services/national-standards-catalogue/'],
  },
  {
    preferred: 'шингэрүүлсэн шатдаг хий',
    refused: ['шингэрүүлсэн хий'],
    on: ['/services/verification-of-measuring-instruments/'],
  },
  {
    preferred: 'Станц нь байцаагчийн олгосон гэрчилгээг үзүүлдэг',
    refused: ['Станц байцаагчийн гэрчилгээг харуулна'],
    on: ['/services/verification-of-measuring-instruments/'],
  },
  {
    preferred: 'Олон улсын стандартчиллын байгууллага (ISO)-д',
    refused: ['байгууллагад (ISO)'],
    on: ['/about/'],
  },
  {
    // "Not published" notes are full sentences.
    preferred: 'Төлбөрийн хэмжээ энэ сайтад нийтлэгдээгүй байна.',
    refused: [/нийтлэгдээгүй\./],
    on: ['/services/verification-of-measuring-instruments/'],
  },
];

const english: Term[] = [
  {
    preferred: 'National Quality Programme',
    refused: [/\bprograms?\b/i],
    on: ['/en/regulations/national-quality-programme-2016/', '/en/directives/2/'],
  },
  { preferred: 'Not known', refused: [/\bnot verified\b/i], on: ['/en/regulations/'] },
];

const isEnglish = (path: string) => path.startsWith('/en/');
const mongolianPages = htmlPages().filter((p) => !isEnglish(p));
const englishPages = htmlPages().filter(isEnglish);

/** What a reader or a search engine reads on a page: its text and its attribute values (meta, search config). */
function readable(path: string): string {
  const doc = page(path);
  const attributes = doc.querySelectorAll('*').flatMap((el) => Object.values(el.attributes));
  return [text(doc), ...attributes].join('\n');
}

function found(haystack: string, form: string | RegExp): boolean {
  return typeof form === 'string' ? haystack.toLowerCase().includes(form.toLowerCase()) : form.test(haystack);
}

describe.each([
  ['Mongolian', mongolian, mongolianPages],
  ['English', english, englishPages],
] as const)('%s terms', (_language, terms, pages) => {
  it('has pages to read', () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it.each(terms.flatMap((t) => t.refused.map((form) => [String(form), form, t.preferred] as const)))(
    'no page uses %s',
    (_name, form, preferred) => {
      const offending = pages.filter((p) => found(readable(p), form));
      expect(offending, `use “${preferred}” instead`).toEqual([]);
    },
  );

  it.each(terms.flatMap((t) => t.on.map((path) => [t.preferred, path] as const)))(
    '“%s” appears on %s',
    (preferred, path) => {
      expect(text(page(path))).toContain(preferred);
    },
  );
});

describe('service titles', () => {
  it('are, in Mongolian, the task as the citizen asks for it', () => {
    const services = mongolianPages.filter((p) => /^\/services\/[^/]+\/$/.test(p));
    expect(services.length).toBeGreaterThanOrEqual(6);
    for (const path of services) {
      expect(text(page(path).querySelector('h1')), path).toMatch(
        /(хийлгэх|батлуулах|бүртгүүлэх|худалдан авах)$/,
      );
    }
  });
});

describe('the search filters', () => {
  it('label a service category with the same words as the services list', () => {
    for (const [path, label] of [
      ['/search/', 'Хэмжих хэрэгслийн загвар батлах'],
      ['/en/search/', 'Type approval'],
    ]) {
      // The build writes the checkboxes into the page (src/lib/search/filters.ts).
      const box = (value: string) => page(path).querySelector(`#filter-kind input[value="${value}"]`);
      expect(text(box('type-approval')?.parentNode as never), path).toBe(label);
      expect(text(box('law')?.parentNode as never), path).toBeTruthy();
    }
  });
});
