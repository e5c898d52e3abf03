// What the benchmark takes from a content tree: the first news item (for page weights) and a
// spread of pages with their titles in both languages (for the search queries and quality check).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { fileForPath } from './sizes.ts';

export interface Pick {
  collection: string;
  slug: string;
  /** Title and site path per language, for the languages the page is built in. */
  mn?: { title: string; path: string };
  en?: { title: string; path: string };
}

const slugs = (dir: string, ext: string) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith(ext))
        .map((f) => f.slice(0, -ext.length))
        .sort()
    : [];

function frontmatter(file: string): Record<string, unknown> {
  const m = readFileSync(file, 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/);
  return m ? (parse(m[1]) as Record<string, unknown>) : {};
}

/** The first news item's slug (file names sorted), as "the generated article" to weigh. */
export function firstNewsSlug(contentRoot: string): string | undefined {
  return slugs(join(contentRoot, 'news', 'mn'), '.md')[0] ?? slugs(join(contentRoot, 'news', 'en'), '.md')[0];
}

/** A built page that is the entry itself (not a notice that it is untranslated, which is noindex). */
function builtEntry(dist: string, path: string): boolean {
  const file = fileForPath(dist, path);
  return existsSync(file) && !/<meta name="robots" content="noindex/.test(readFileSync(file, 'utf8'));
}

function mirrored(contentRoot: string, dist: string, collection: string): Pick[] {
  const names = new Set([
    ...slugs(join(contentRoot, collection, 'mn'), '.md'),
    ...slugs(join(contentRoot, collection, 'en'), '.md'),
  ]);
  return [...names].sort().map((slug) => {
    const pick: Pick = { collection, slug };
    for (const lang of ['mn', 'en'] as const) {
      const file = join(contentRoot, collection, lang, `${slug}.md`);
      const path = `${lang === 'en' ? '/en' : ''}/${collection}/${slug}/`;
      const title = existsSync(file) ? frontmatter(file).title : undefined;
      if (typeof title === 'string' && builtEntry(dist, path)) pick[lang] = { title, path };
    }
    return pick;
  });
}

function regulations(contentRoot: string, dist: string): Pick[] {
  return slugs(join(contentRoot, 'regulations'), '.yaml').map((slug) => {
    const data = parse(readFileSync(join(contentRoot, 'regulations', `${slug}.yaml`), 'utf8')) as {
      title?: { mn?: string; en?: string };
    };
    const pick: Pick = { collection: 'regulations', slug };
    for (const lang of ['mn', 'en'] as const) {
      const path = `${lang === 'en' ? '/en' : ''}/regulations/${slug}/`;
      const title = data.title?.[lang];
      if (title && builtEntry(dist, path)) pick[lang] = { title, path };
    }
    return pick;
  });
}

/** Up to `count` evenly spread entries, taken from the other collections where the news is short. */
export function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, i) => items[Math.floor((i * items.length) / count)]);
}

/** About `count` built pages with titles: mostly news (generated), the rest services, regulations, reports. */
export function pickPages(contentRoot: string, dist: string, count = 20): Pick[] {
  const usable = (p: Pick) => p.mn || p.en;
  const news = mirrored(contentRoot, dist, 'news').filter(usable);
  const others = [
    ...mirrored(contentRoot, dist, 'services'),
    ...regulations(contentRoot, dist),
    ...mirrored(contentRoot, dist, 'reports'),
  ].filter(usable);
  const fromOthers = Math.min(others.length, Math.max(4, count - news.length));
  return [...spread(news, count - fromOthers), ...spread(others, fromOthers)];
}
