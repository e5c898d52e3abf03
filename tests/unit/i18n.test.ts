import { describe, expect, it } from 'vitest';
import { dictionaries, plural } from '../../src/i18n';
import { locales, otherLocale } from '../../src/i18n/locales';
import { localeParam, localizePath, parsePath, perLocalePaths } from '../../src/i18n/paths';
import { formatDate, isoDay } from '../../src/lib/dates';

describe('dictionaries', () => {
  it('have the same keys in every language', () => {
    const keys = locales.map((l) => Object.keys(dictionaries[l]).sort());
    expect(keys[1]).toEqual(keys[0]);
  });

  it('have no empty word in any language, nested ones included', () => {
    for (const locale of locales) {
      const walk = (value: unknown, key: string): void => {
        if (typeof value === 'string') expect(value.trim(), `${locale}.${key}`).not.toBe('');
        else if (typeof value === 'function') expect(String(value(3)), `${locale}.${key}(3)`).toContain('3');
        else for (const [k, v] of Object.entries(value as object)) walk(v, `${key}.${k}`);
      };
      walk(dictionaries[locale], '');
    }
  });

  it('are really translated: the English words are not the Mongolian ones', () => {
    expect(dictionaries.en.siteName).not.toBe(dictionaries.mn.siteName);
    expect(dictionaries.mn.navNews).toMatch(/[А-Яа-яӨөҮү]/);
    expect(dictionaries.en.navNews).toMatch(/^[A-Za-z ]+$/);
  });
});

describe('plural', () => {
  it('uses English plural forms', () => {
    expect(plural('en', 1, dictionaries.en.directiveCount)).toBe('1 directive');
    expect(plural('en', 6, dictionaries.en.directiveCount)).toBe('6 directives');
  });
  it('keeps the Mongolian noun unchanged after a number', () => {
    expect(plural('mn', 1, dictionaries.mn.directiveCount)).toBe('1 үүрэг даалгавар');
    expect(plural('mn', 4, dictionaries.mn.directiveCount)).toBe('4 үүрэг даалгавар');
  });
});

describe('locale paths', () => {
  it.each([
    ['mn', '/', '/'],
    ['en', '/', '/en/'],
    ['mn', '/news/', '/news/'],
    ['en', '/news/x/', '/en/news/x/'],
  ] as const)('localizePath(%s, %s) is %s', (locale, path, expected) => {
    expect(localizePath(locale, path)).toBe(expected);
  });

  it('rejects a relative path', () => {
    expect(() => localizePath('en', 'news/')).toThrow(/start with "\/"/);
  });

  it.each([
    ['/', 'mn', '/'],
    ['/news/x/', 'mn', '/news/x/'],
    ['/en/', 'en', '/'],
    ['/en/directives/6/', 'en', '/directives/6/'],
    ['/english/', 'mn', '/english/'],
    ['/mn/', 'mn', '/mn/'],
  ] as const)('parsePath(%s) is %s + %s', (pathname, locale, path) => {
    expect(parsePath(pathname)).toEqual({ locale, path });
  });

  it('round-trips every locale', () => {
    for (const locale of locales) {
      expect(parsePath(localizePath(locale, '/hotline/'))).toEqual({ locale, path: '/hotline/' });
    }
  });

  it('gives Mongolian the root and English the en segment', () => {
    expect(localeParam('mn')).toBeUndefined();
    expect(localeParam('en')).toBe('en');
    expect(perLocalePaths()).toEqual([
      { params: { lang: undefined }, props: { locale: 'mn' } },
      { params: { lang: 'en' }, props: { locale: 'en' } },
    ]);
    expect(otherLocale('mn')).toBe('en');
    expect(otherLocale('en')).toBe('mn');
  });
});

describe('dates', () => {
  const day = (s: string) => new Date(s);

  it('writes Mongolian dates with numbered months', () => {
    expect(formatDate(day('2020-01-23'), 'mn')).toBe('2020 оны 1 дүгээр сарын 23');
    expect(formatDate(day('2020-01-23'), 'mn', 'short')).toBe('2020.01.23');
  });

  it.each([
    [1, 'дүгээр'],
    [2, 'дугаар'],
    [3, 'дугаар'],
    [4, 'дүгээр'],
    [5, 'дугаар'],
    [6, 'дугаар'],
    [7, 'дугаар'],
    [8, 'дугаар'],
    [9, 'дүгээр'],
    [10, 'дугаар'],
    [11, 'дүгээр'],
    [12, 'дугаар'],
  ])('month %i takes the suffix %s', (month, suffix) => {
    const date = new Date(Date.UTC(2024, month - 1, 5));
    expect(formatDate(date, 'mn')).toBe(`2024 оны ${month} ${suffix} сарын 5`);
  });

  it('writes English dates day first', () => {
    expect(formatDate(day('2020-01-24'), 'en')).toBe('24 January 2020');
    expect(formatDate(day('2019-05-09'), 'en')).toBe('9 May 2019');
  });

  it('keeps the written day whatever the time zone of the build machine', () => {
    // A YAML date is UTC midnight; local-time formatting would show the previous day west of UTC.
    expect(formatDate(day('2020-01-01'), 'en')).toBe('1 January 2020');
    expect(isoDay(day('2020-01-01'))).toBe('2020-01-01');
  });

  it('refuses an invalid date', () => {
    expect(() => formatDate(new Date('nonsense'), 'mn')).toThrow(/invalid date/);
  });
});
