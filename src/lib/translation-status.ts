import { groupBy } from './group-by';
import { spawnSync } from 'node:child_process';
import { locales, type Locale } from '../i18n/locales';
import { mirroredFileParts } from './content-layout';
import type { TranslationState } from './translation-state';
import { filesUnder } from './validate/files';

/** A content file of a mirrored collection: `<collection>/<locale>/<slug>.md`. */
interface MirroredFile {
  collection: string;
  locale: Locale;
  slug: string;
  /** md or mdx. */
  format: string;
  /** Path relative to the content root. */
  path: string;
}

export interface TranslationRow {
  collection: string;
  slug: string;
  /** The file's extension, without the dot (the original's, where the formats differ). */
  format: string;
  /** The languages the entry exists in. */
  languages: Locale[];
  /** When each language's file was last changed in git (missing: never committed). */
  changed: Partial<Record<Locale, Date>>;
  state: TranslationState;
}

const order: Record<TranslationState, number> = { missing: 0, 'may-be-out-of-date': 1, 'up-to-date': 2 };

/**
 * Per entry: the languages it exists in, and whether the English file was last changed before the
 * Mongolian one (so it may not carry the latest change). Entries missing a language come first.
 */
export function translationStatus(
  files: MirroredFile[],
  changed: ReadonlyMap<string, Date>,
): TranslationRow[] {
  const entries = groupBy(files, (f) => `${f.collection}/${f.slug}`);
  const rows = [...entries.values()].map((versions): TranslationRow => {
    const { collection, slug } = versions[0];
    const format = (versions.find((v) => v.locale === 'mn') ?? versions[0]).format;
    const languages = locales.filter((l) => versions.some((v) => v.locale === l));
    const dates: Partial<Record<Locale, Date>> = {};
    for (const v of versions) {
      const date = changed.get(v.path);
      if (date) dates[v.locale] = date;
    }
    const state: TranslationState =
      languages.length < locales.length
        ? 'missing'
        : dates.mn && dates.en && dates.en.getTime() < dates.mn.getTime()
          ? 'may-be-out-of-date'
          : 'up-to-date';
    return { collection, slug, format, languages, changed: dates, state };
  });
  return rows.sort(
    (a, b) =>
      order[a.state] - order[b.state] ||
      a.collection.localeCompare(b.collection) ||
      a.slug.localeCompare(b.slug),
  );
}

/** The mirrored files among any paths, each with its path relative to the content root. */
export function mirroredFiles(paths: string[]): MirroredFile[] {
  return paths.flatMap((file) => {
    const parts = mirroredFileParts(file);
    return parts
      ? [{ ...parts, path: `${parts.collection}/${parts.locale}/${parts.slug}.${parts.format}` }]
      : [];
  });
}

/**
 * When each file under `dir` was last changed, from one pass over `git log` (commit dates; paths
 * relative to `dir`). Empty when `dir` is not in a git repository.
 */
export function gitLastChanged(dir: string): Map<string, Date> {
  const out = new Map<string, Date>();
  const log = spawnSync('git', ['log', '--format=%x00%cI', '--name-only', '--relative', '--', '.'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log.status !== 0) return out;
  for (const commit of log.stdout.split('\0').slice(1)) {
    const [date, ...names] = commit.split('\n').filter(Boolean);
    for (const name of names) if (!out.has(name)) out.set(name, new Date(date));
  }
  return out;
}

/** The translation status of every mirrored entry under a content root (files and git history). */
export function contentTranslationStatus(contentRoot: string): TranslationRow[] {
  return translationStatus(mirroredFiles(filesUnder(contentRoot)), gitLastChanged(contentRoot));
}
