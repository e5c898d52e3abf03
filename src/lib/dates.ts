import type { Locale } from '../i18n/locales';

// Mongolian names months by number; the ordinal suffix follows the vowels of the number's word
// (нэг → дүгээр, хоёр → дугаар, …). Index 0 is unused so that index = month number.
const monthOrdinalSuffix = [
  '',
  'дүгээр',
  'дугаар',
  'дугаар',
  'дүгээр',
  'дугаар',
  'дугаар',
  'дугаар',
  'дугаар',
  'дүгээр',
  'дугаар',
  'дүгээр',
  'дугаар',
];

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date for readers. Content dates are days (YYYY-MM-DD, read as UTC midnight), so the
 * UTC fields are the day the author wrote, on any build machine's time zone.
 * mn long: "2020 оны 1 дүгээр сарын 23"; mn short: "2020.01.23"; en: "23 January 2020".
 */
export function formatDate(date: Date, locale: Locale, style: 'long' | 'short' = 'long'): string {
  if (Number.isNaN(date.getTime())) throw new Error('formatDate: invalid date');
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  if (locale === 'mn') {
    if (style === 'short') return `${y}.${String(m).padStart(2, '0')}.${String(d).padStart(2, '0')}`;
    return `${y} оны ${m} ${monthOrdinalSuffix[m]} сарын ${d}`;
  }
  return `${d} ${englishMonths[m - 1]} ${y}`;
}

/** Machine-readable day for `<time datetime>` and JSON-LD. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** YYYY-MM-DD, as authors write dates. */
export const isoDayPattern = /^\d{4}-\d{2}-\d{2}$/;

/** The day YYYY-MM-DD names (UTC midnight), or undefined when it is no real day (2026-02-30). */
export function parseIsoDay(text: string): Date | undefined {
  if (!isoDayPattern.test(text)) return undefined;
  const [y, m, d] = text.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  const real = date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
  return real ? date : undefined;
}

/** The agency's time zone: a date in content is a day in Ulaanbaatar. */
export const siteTimeZone = 'Asia/Ulaanbaatar';

const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: siteTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** How far Ulaanbaatar's clock is ahead of UTC at an instant, in milliseconds (8 hours; 9 in summers with DST). */
function offsetAt(instant: number): number {
  const p = Object.fromEntries(wallClock.formatToParts(instant).map((x) => [x.type, Number(x.value)]));
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a content day begins: 00:00 in Ulaanbaatar on that day (16:00 UTC the day before).
 * `day` is the day as content dates hold it (UTC midnight of YYYY-MM-DD). An item dated D is
 * published from this instant, on every page, list, feed and in search.
 */
export function startOfDay(day: Date): Date {
  const guess = day.getTime() - offsetAt(day.getTime());
  return new Date(day.getTime() - offsetAt(guess));
}

/** Today's date in Ulaanbaatar, as a content day (UTC midnight of that YYYY-MM-DD). */
export function todayIn(now = new Date()): Date {
  const p = Object.fromEntries(wallClock.formatToParts(now).map((x) => [x.type, Number(x.value)]));
  return new Date(Date.UTC(p.year, p.month - 1, p.day));
}
