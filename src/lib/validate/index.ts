import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { isLocale, locales, type Locale } from '../../i18n/locales';
import { localeAndSlug, type CollectionName } from '../content-layout';
import { searchWordFields, wordingIssues } from './wording';
import { directiveSchema } from '../schemas/directives';
import { newsSchema } from '../schemas/news';
import { pageSchema } from '../schemas/pages';
import { regulationSchema } from '../schemas/regulations';
import { reportSchema } from '../schemas/reports';
import { serviceSchema } from '../schemas/services';
import { synonymSchema } from '../schemas/synonyms';
import { bestBetSchema } from '../schemas/best-bets';
import type { ContentEntries, Entry } from '../site/entries';
import { buildSiteModel } from '../site/model';
import { entryPath, href } from '../site/urls';
import { checkReferences, parseBody, type Body } from './body';
import { pictureProblems } from './pictures';
import { readContent, type ReadContent, type ReadFile } from './read';
import { diskTree, overlayTree, type ContentTree } from './tree';
import { problem, shown, type Problem } from './problem';
import type { Unpublished } from './report';
import { schemaProblems } from './schema-problems';
import type { Source } from './source';
import { textIssues } from '../markup/check';
import { isoDay } from '../dates';
import { publication, type Publication } from '../publish';

// The same schemas as the build, with the picture field read as a path (checked below).
const schemas: Record<CollectionName, z.ZodType> = {
  news: newsSchema(() => z.string()),
  pages: pageSchema,
  services: serviceSchema,
  directives: directiveSchema,
  regulations: regulationSchema,
  reports: reportSchema,
  synonyms: synonymSchema,
  'best-bets': bestBetSchema,
};

/** Where a mirrored entry's page is, locale-free. */
const pagePath = entryPath as Partial<Record<CollectionName, (slug: string) => string>>;

/** Text the scaffold (`npm run new`) leaves for the author to replace. */
const placeholderPattern = /\[\[[^\]]*\]\]/;
const placeholder = {
  mn: 'загварын [[…]] текстийн оронд өөрийн текст',
  en: 'your own text in place of the [[…]] placeholder',
};

interface ValidateOptions {
  /** The folder the content is in (default: content/ under the project root). */
  contentRoot?: string;
  /** The build's clock, for which news are published. */
  now?: Date;
  /**
   * Files to check as if written (path from the project root → text, a picture's bytes, or null for
   * a picture whose bytes are not known yet), laid
   * over the tree on disk: the editor's save, checked before anything is written.
   */
  overrides?: Record<string, string | Uint8Array | null>;
  /** Files to check as if deleted (paths from the project root): the editor's delete, before it is done. */
  removed?: string[];
  /** The tree as read already (the build's session reads once). */
  read?: ReadContent;
  /** Bodies' facts the build's renderer took from the tree it parsed, by file (see remark-body-facts.ts). */
  bodies?: ReadonlyMap<string, Body>;
}

interface Loaded {
  data?: unknown;
  file: ReadFile;
  source: Source;
  /** Whether it passed its schema (only those take part in the site model). */
  valid: boolean;
}

/**
 * Check all content before anything is built, and return every problem (not only the first):
 * file names and places, YAML syntax, each collection's schema, references across files,
 * translations, links and pictures in bodies, and that no body or text field holds code or HTML
 * outside the allowed list.
 */
export function validateContent(projectRoot: string, options: ValidateOptions = {}): Problem[] {
  return contentReport(projectRoot, options).problems;
}

export interface ContentReport {
  problems: Problem[];
  /** What a valid tree will not publish yet (its drafts, its scheduled items). */
  unpublished: Unpublished;
  /** The files that passed their schema, as read, with their data as the schema gave it: what the build's loader gives Astro. */
  files: (ReadFile & { data: unknown })[];
}

/** Every problem in the tree, what it will not publish yet, and its files as read (once). */
export function contentReport(projectRoot: string, options: ValidateOptions = {}): ContentReport {
  const none: Unpublished = { drafts: 0, scheduled: [] };
  const contentRoot = resolve(projectRoot, options.contentRoot ?? 'content');
  const tree =
    options.overrides || options.removed
      ? overlayTree(projectRoot, options.overrides ?? {}, diskTree, options.removed)
      : diskTree;
  if (!tree.exists(contentRoot)) {
    return {
      problems: [
        problem(relative(projectRoot, contentRoot) || '.', 'folder', '', {
          mn: 'контентын хавтас',
          en: 'the content folder',
        }),
      ],
      unpublished: none,
      files: [],
    };
  }
  const read = options.read ?? readContent(projectRoot, contentRoot, tree);
  const problems = read.problems;
  problems.push(...symbolicLinks(projectRoot, [contentRoot, join(projectRoot, 'public')], tree));
  for (const picture of read.pictures) problems.push(...pictureProblems(picture.file, picture.bytes));
  const entries: ContentEntries = {
    news: [],
    pages: [],
    services: [],
    directives: [],
    regulations: [],
    reports: [],
    synonyms: [],
    'best-bets': [],
  };
  const loaded = new Map<string, Loaded>();

  for (const file of read.files) {
    const { source } = file;
    loaded.set(file.file, { file, source, valid: false });
    if (source.data === undefined) continue;
    const fileLocale = localeAndSlug(file.id)?.locale;
    problems.push(...textFields(file.file, source.data, [], source, fileLocale));
    const schema = schemas[file.collection];
    const result = schema.safeParse(source.data);
    if (!result.success) {
      problems.push(...schemaProblems(file.file, schema, result.error.issues, source));
      continue;
    }
    const entry: Entry = { id: file.id, data: result.data, filePath: file.file, body: source.body };
    (entries[file.collection] as Entry[]).push(entry);
    loaded.set(file.file, { file, source, valid: true, data: result.data });
  }

  const model = buildSiteModel(entries, { now: options.now });
  for (const p of model.problems) {
    const source = loaded.get(p.file)?.source;
    const path = p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    problems.push(p.line || !source ? p : { ...p, line: source.lineOf(path) });
  }
  const live = liveDates(entries, options.now ?? new Date());
  problems.push(...checkBodies([...loaded.values()], model.paths, projectRoot, live, tree, options.bodies));
  problems.push(...checkHeroes([...loaded.values()], entries, tree));
  return {
    problems: problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0)),
    unpublished: unpublishedItems(entries, options.now ?? new Date()),
    files: [...loaded.values()].flatMap((l) => (l.valid ? [{ ...l.file, data: l.data }] : [])),
  };
}

/**
 * A symbolic link under content/ or public/ is refused: the build would publish whatever it points
 * to (a file of the build machine, a key).
 */
function symbolicLinks(projectRoot: string, dirs: string[], tree: ContentTree): Problem[] {
  return dirs.flatMap((dir) =>
    tree.linksUnder(dir).map((l) =>
      problem(relative(projectRoot, l.path).split(sep).join('/'), 'file', `→ ${l.to}`, {
        mn: 'жинхэнэ файл: холбоос-файл (symbolic link) нийтлэгдэхгүй, файлыг өөрийг нь энд хуулна уу',
        en: 'a real file: a symbolic link is never published; put the file itself here',
      }),
    ),
  );
}

/** The dated kinds: what `publication` decides for. */
const datedEntries = (entries: ContentEntries) => [
  ...entries.news.map((e) => ({ e, kind: 'news' as const })),
  ...entries.reports.map((e) => ({ e, kind: 'reports' as const })),
];

/** Drafts and scheduled items, counted once an item whatever its languages (its original decides). */
function unpublishedItems(entries: ContentEntries, now: Date): Unpublished {
  const items = new Map<string, Publication>();
  for (const { e, kind } of datedEntries(entries)) {
    const { locale, slug } = localeAndSlug(e.id)!;
    const key = `${kind}/${slug}`;
    if (!items.has(key) || locale === 'mn') items.set(key, publication(e.data, now));
  }
  const all = [...items.values()];
  return {
    drafts: all.filter((p) => p.state === 'draft').length,
    scheduled: all.flatMap((p) => (p.state === 'scheduled' ? [p.day] : [])),
  };
}

/**
 * Every text field: no placeholder left from the scaffold, no HTML and no code, and the site's
 * wording in its language (the file's, or the `mn`/`en` key's in a bilingual file).
 */
function textFields(
  file: string,
  value: unknown,
  path: PropertyKey[],
  source: Source,
  locale?: Locale,
): Problem[] {
  if (typeof value === 'string') {
    const field = path.join('.');
    const at = source.lineOf(path);
    return [
      ...(placeholderPattern.test(value) ? [problem(file, field, shown(value), placeholder, at)] : []),
      ...textIssues(value, field).map((i) => problem(file, field, i.found, i.expected, at)),
      ...(locale && !searchWordFields.test(field)
        ? wordingIssues(value, locale).map((i) => problem(file, field, i.found, i.expected, at))
        : []),
    ];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      textFields(file, v, [...path, Array.isArray(value) ? Number(k) : k], source, isLocale(k) ? k : locale),
    );
  }
  return [];
}

/** Each dated page's publication (news, reports), per localized path; other pages are always live. */
type LiveDates = Map<string, Publication>;

function liveDates(entries: ContentEntries, now: Date): LiveDates {
  const out: LiveDates = new Map();
  // A page's own file first; where it has none, the other language's notice page lives with the original.
  for (const own of [false, true])
    for (const { e, kind } of datedEntries(entries)) {
      const [locale, slug] = e.id.split('/') as [(typeof locales)[number], string];
      const l = own ? locale : locales.find((x) => x !== locale)!;
      const path = href(l, pagePath[kind]!(slug));
      if (own || !out.has(path)) out.set(path, publication(e.data, now));
    }
  return out;
}

function checkBodies(
  loaded: Loaded[],
  paths: ReadonlySet<string>,
  projectRoot: string,
  live: LiveDates,
  tree: ContentTree,
  parsed?: ReadonlyMap<string, Body>,
): Problem[] {
  const problems: Problem[] = [];
  const bodies = loaded
    .filter(({ source }) => source.body !== undefined)
    .map(({ file, source, valid }) => ({
      file,
      source,
      valid,
      parsed:
        parsed?.get(file.file) ??
        parseBody(source.body!, file.collection, file.format === 'mdx' ? 'mdx' : 'md'),
    }));
  // Pages the build makes, with the heading ids of those made from a body (others are not known yet).
  const pages = new Map<string, Set<string> | undefined>();
  for (const path of paths) for (const l of locales) pages.set(href(l, path), undefined);
  // A page whose front matter is wrong is still a page: links to it are not the mistake.
  for (const { file, parsed } of bodies) {
    const [locale, slug] = file.id.split('/') as [(typeof locales)[number], string];
    const path = pagePath[file.collection]?.(slug);
    if (path) pages.set(href(locale, path), new Set(['main', ...parsed.headingIds]));
  }
  const publicDir = join(projectRoot, 'public');
  const publicFiles = new Set(
    tree.filesUnder(publicDir).map((f) => '/' + relative(publicDir, f).split(sep).join('/')),
  );
  for (const { file, source, parsed } of bodies) {
    for (const m of parsed.markup)
      problems.push(problem(file.file, m.field, m.found, m.expected, m.line + source.bodyLine - 1));
    if (placeholderPattern.test(source.body!)) {
      const index = source.body!.split('\n').findIndex((l) => placeholderPattern.test(l));
      problems.push(
        problem(
          file.file,
          'body',
          shown(source.body!.split('\n')[index].trim()),
          placeholder,
          source.bodyLine + index,
        ),
      );
    }
    const { locale, slug } = localeAndSlug(file.id)!;
    source.body!.split('\n').forEach((text, i) => {
      for (const w of wordingIssues(text, locale))
        problems.push(problem(file.file, 'body', w.found, w.expected, source.bodyLine + i));
    });
    const pageUrl = href(locale, pagePath[file.collection]!(slug));
    problems.push(...unpublishedTargets(file.file, pageUrl, parsed.references, source.bodyLine, live));
    problems.push(
      ...checkReferences(parsed.references, {
        file: file.file,
        absoluteFile: file.absolute,
        pageUrl,
        bodyLine: source.bodyLine,
        pages,
        publicFiles,
        exists: tree.exists,
      }),
    );
  }
  return problems;
}

/**
 * A published page may not link to a draft, nor to a page that goes live after it does: the link
 * would be broken on the public site. (A draft may: it is checked again when it is published.)
 */
function unpublishedTargets(
  file: string,
  pageUrl: string,
  refs: Body['references'],
  bodyLine: number,
  live: LiveDates,
): Problem[] {
  const self = live.get(pageUrl);
  if (self?.state === 'draft') return [];
  return refs.flatMap((ref) => {
    if (ref.kind !== 'link' || /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref.url)) return [];
    const path = decodeURI(new URL(ref.url, `https://site.invalid${pageUrl}`).pathname);
    const target = live.get(path);
    const line = ref.line ? ref.line + bodyLine - 1 : undefined;
    if (target?.state === 'draft')
      return [
        problem(
          file,
          'body (link)',
          shown(ref.url),
          {
            mn: `нийтлэгдсэн хуудасны хаяг: ${path} ноорог (draft: true) тул нийтлэгдэхэд холбоос эвдэрнэ`,
            en: `the address of a published page: ${path} is a draft (draft: true), so the link would be broken`,
          },
          line,
        ),
      ];
    // Scheduled later than this page goes live (or than now, for a page that is not dated).
    if (target?.state === 'scheduled' && (!self?.from || target.from > self.from))
      return [
        problem(
          file,
          'body (link)',
          shown(ref.url),
          {
            mn: `энэ хуудаснаас өмнө нийтлэгдэх хуудасны хаяг: ${path} ${isoDay(target.day)}-нд нийтлэгдэнэ`,
            en: `a page that is published no later than this one: ${path} is scheduled for ${isoDay(target.day)}`,
          },
          line,
        ),
      ];
    return [];
  });
}

/** A news item's picture must exist next to it (its description is the schema's concern). */
function checkHeroes(loaded: Loaded[], entries: ContentEntries, tree: ContentTree): Problem[] {
  const byFile = new Map(loaded.map((l) => [l.file.file, l]));
  return entries.news.flatMap((n) => {
    const src = (n.data.hero as { src?: unknown } | undefined)?.src;
    const l = byFile.get(n.filePath!);
    if (typeof src !== 'string' || !l) return [];
    const ok = !isAbsolute(src) && !/^[a-z]+:/i.test(src) && tree.exists(join(dirname(l.file.absolute), src));
    return ok
      ? []
      : [
          problem(
            l.file.file,
            'hero.src',
            shown(src),
            {
              mn: 'байгаа зургийн файл: ../images/zurag.jpg (хоёр хэлний зураг) эсвэл ./zurag.jpg (Markdown файлын хажууд)',
              en: 'a picture file that exists: ../images/picture.jpg (both languages) or ./picture.jpg (next to the Markdown file)',
            },
            l.source.lineOf(['hero', 'src']),
          ),
        ];
  });
}
