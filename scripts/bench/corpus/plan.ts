import { slugify } from '../../../src/lib/scaffold';
import type { Random } from './random';
import { randomDay, today } from './dates';
import type { Writer } from './text';
import { tags } from './words';

// What the corpus contains, decided before any text is written: slugs, dates, titles and how the
// entries refer to each other. Bodies and front matter are written from this plan (entries.ts).

export interface Bilingual {
  mn: string;
  en: string;
}

export interface NewsPlan {
  slug: string;
  title: Bilingual;
  pubDate: string;
  updatedDate?: string;
  draft: boolean;
  tags: number[];
}

export interface Writers {
  mn: Writer;
  en: Writer;
}

/** Slugs taken so far (the real content's included), so that no generated file overwrites one. */
export class Slugs {
  private readonly used = new Set<string>();
  private readonly titles = new Set<string>();

  constructor(existing: Iterable<string> = []) {
    for (const s of existing) this.used.add(s);
  }

  /** The slug itself, or with -2, -3, … until free. */
  claim(base: string): string {
    let slug = base || 'item';
    for (let n = 2; this.used.has(slug); n++) slug = `${base}-${n}`;
    this.used.add(slug);
    return slug;
  }

  has(slug: string): boolean {
    return this.used.has(slug);
  }

  /** A title in both languages no other entry has, so that searching for it finds one page. */
  title(w: Writers, min = 3, max = 6): Bilingual {
    for (;;) {
      const t = { mn: w.mn.title(min, max), en: w.en.title(min, max) };
      if (this.titles.has(t.mn) || this.titles.has(t.en)) continue;
      this.titles.add(t.mn);
      this.titles.add(t.en);
      return t;
    }
  }
}

/** N news items, oldest first; a few drafts, a few updated later. */
export function planNews(random: Random, w: Writers, slugs: Slugs, count: number): NewsPlan[] {
  const items: NewsPlan[] = [];
  for (let i = 0; i < count; i++) {
    const title = slugs.title(w, 3, 7);
    const pubDate = randomDay(random, '2015-01-01', today, 1.6);
    const item: NewsPlan = {
      slug: slugs.claim(slugify(title.en, 50)),
      title,
      pubDate,
      draft: random.chance(0.02),
      tags: random.sample(
        tags.en.map((_, k) => k),
        random.int(0, 3),
      ),
    };
    if (random.chance(0.1)) item.updatedDate = randomDay(random, pubDate);
    items.push(item);
  }
  return items.sort((a, b) => a.pubDate.localeCompare(b.pubDate) || a.slug.localeCompare(b.slug));
}

/** A published news item dated on or before a day (what a report cites or an item links to), if any. */
export function publishedBefore(random: Random, news: NewsPlan[], day: string): NewsPlan | undefined {
  let hi = news.length;
  for (let lo = 0; lo < hi;) {
    const mid = (lo + hi) >>> 1;
    if (news[mid].pubDate <= day) lo = mid + 1;
    else hi = mid;
  }
  // Drafts are rare: a few tries find a published item where there is one.
  for (let tries = 0; hi > 0 && tries < 20; tries++) {
    const item = news[random.int(0, hi - 1)];
    if (!item.draft) return item;
  }
  return undefined;
}
