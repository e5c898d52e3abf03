import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { localizePath } from '../../i18n/paths';
import { locales } from '../../i18n/locales';
import type { CollectionName } from '../content-layout';
import { directiveSchema } from '../schemas/directives';
import { newsSchema } from '../schemas/news';
import { pageSchema } from '../schemas/pages';
import { regulationSchema } from '../schemas/regulations';
import { reportSchema } from '../schemas/reports';
import { serviceSchema } from '../schemas/services';
import type { ContentEntries, Entry } from '../site/entries';
import { buildSiteModel } from '../site/model';
import { checkReferences, parseBody } from './body';
import { classifyFiles, filesUnder, type ContentFile } from './files';
import { problem, shown, type Problem } from './problem';
import { schemaProblems } from './schema-problems';
import { parseMdxFile, parseYamlFile, type Source } from './source';

// The same schemas as the build, with the picture field read as a path (checked below).
const schemas: Record<CollectionName, z.ZodType> = {
  news: newsSchema(() => z.string()),
  pages: pageSchema,
  services: serviceSchema,
  directives: directiveSchema,
  regulations: regulationSchema,
  reports: reportSchema,
};

/** Where a mirrored entry's page is, locale-free. */
const pagePath: Partial<Record<CollectionName, (slug: string) => string>> = {
  news: (slug) => `/news/${slug}/`,
  pages: (slug) => `/${slug}/`,
  services: (slug) => `/services/${slug}/`,
  reports: (slug) => `/reports/${slug}/`,
};

/** Text the scaffold (`npm run new`) leaves for the author to replace. */
export const placeholderPattern = /\[\[[^\]]*\]\]/;
const placeholder = {
  mn: 'загварын [[…]] текстийн оронд өөрийн текст',
  en: 'your own text in place of the [[…]] placeholder',
};

export interface ValidateOptions {
  /** The folder the content is in (default: content/ under the project root). */
  contentRoot?: string;
  /** The build's clock, for which news are published. */
  now?: Date;
}

interface Loaded {
  file: ContentFile;
  source: Source;
  /** Whether it passed its schema (only those take part in the site model). */
  valid: boolean;
}

/**
 * Check all content before anything is built, and return every problem (not only the first):
 * file names and places, YAML and MDX syntax, each collection's schema, references across files,
 * translations, links and pictures in MDX bodies.
 */
export function validateContent(projectRoot: string, options: ValidateOptions = {}): Problem[] {
  const contentRoot = resolve(projectRoot, options.contentRoot ?? 'content');
  if (!existsSync(contentRoot)) {
    return [
      problem(relative(projectRoot, contentRoot) || '.', 'folder', '', {
        mn: 'контентын хавтас',
        en: 'the content folder',
      }),
    ];
  }
  const { files, problems } = classifyFiles(projectRoot, contentRoot);
  const entries: ContentEntries = {
    news: [],
    pages: [],
    services: [],
    directives: [],
    regulations: [],
    reports: [],
  };
  const loaded = new Map<string, Loaded>();

  for (const file of files) {
    const text = readFileSync(file.absolute, 'utf8');
    const source = file.file.endsWith('.mdx') ? parseMdxFile(text) : parseYamlFile(text);
    for (const e of source.errors) {
      const expected =
        e.message === 'front matter'
          ? {
              mn: 'файлын эхэнд --- мөрүүдийн хооронд талбарууд',
              en: 'fields between --- lines at the top of the file',
            }
          : { mn: `зөв YAML (${e.message})`, en: `valid YAML (${e.message})` };
      problems.push(problem(file.file, '(front matter)', '', expected, e.line));
    }
    loaded.set(file.file, { file, source, valid: false });
    if (source.data === undefined) continue;
    problems.push(...placeholders(file.file, source.data, [], source));
    const schema = schemas[file.collection];
    const result = schema.safeParse(source.data);
    if (!result.success) {
      problems.push(...schemaProblems(file.file, schema, result.error.issues, source));
      continue;
    }
    const entry: Entry = { id: file.id, data: result.data, filePath: file.file, body: source.body };
    (entries[file.collection] as Entry[]).push(entry);
    loaded.set(file.file, { file, source, valid: true });
  }

  const model = buildSiteModel(entries, { now: options.now });
  for (const p of model.problems) {
    const source = loaded.get(p.file)?.source;
    const path = p.field.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k));
    problems.push(p.line || !source ? p : { ...p, line: source.lineOf(path) });
  }
  problems.push(...checkBodies([...loaded.values()], model.paths, projectRoot));
  problems.push(...checkHeroes([...loaded.values()], entries));
  return problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}

function placeholders(file: string, value: unknown, path: PropertyKey[], source: Source): Problem[] {
  if (typeof value === 'string') {
    return placeholderPattern.test(value)
      ? [problem(file, path.join('.'), shown(value), placeholder, source.lineOf(path))]
      : [];
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      placeholders(file, v, [...path, Array.isArray(value) ? Number(k) : k], source),
    );
  }
  return [];
}

function checkBodies(loaded: Loaded[], paths: ReadonlySet<string>, projectRoot: string): Problem[] {
  const problems: Problem[] = [];
  const bodies = loaded
    .filter(({ source }) => source.body !== undefined)
    .map(({ file, source, valid }) => ({ file, source, valid, parsed: parseBody(source.body!) }));
  // Pages the build makes, with the heading ids of those made from a body (others are not known yet).
  const pages = new Map<string, Set<string> | undefined>();
  for (const path of paths) for (const l of locales) pages.set(localizePath(l, path), undefined);
  // A page whose front matter is wrong is still a page: links to it are not the mistake.
  for (const { file, parsed } of bodies) {
    const [locale, slug] = file.id.split('/') as [(typeof locales)[number], string];
    const path = pagePath[file.collection]?.(slug);
    if (path && parsed.headingIds)
      pages.set(localizePath(locale, path), new Set(['main', ...parsed.headingIds]));
  }
  const publicDir = join(projectRoot, 'public');
  const publicFiles = new Set(
    existsSync(publicDir)
      ? filesUnder(publicDir).map((f) => '/' + relative(publicDir, f).split(sep).join('/'))
      : [],
  );
  for (const { file, source, parsed } of bodies) {
    if (parsed.error) {
      const line = parsed.error.line ? parsed.error.line + source.bodyLine - 1 : undefined;
      problems.push(
        problem(
          file.file,
          'body',
          '',
          { mn: `зөв MDX (${parsed.error.message})`, en: `valid MDX (${parsed.error.message})` },
          line,
        ),
      );
      continue;
    }
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
    const [locale, slug] = file.id.split('/') as [(typeof locales)[number], string];
    problems.push(
      ...checkReferences(parsed.references!, {
        file: file.file,
        absoluteFile: file.absolute,
        pageUrl: localizePath(locale, pagePath[file.collection]!(slug)),
        bodyLine: source.bodyLine,
        pages,
        publicFiles,
      }),
    );
  }
  return problems;
}

/** A news item's picture must exist next to it (its description is the schema's concern). */
function checkHeroes(loaded: Loaded[], entries: ContentEntries): Problem[] {
  const byFile = new Map(loaded.map((l) => [l.file.file, l]));
  return entries.news.flatMap((n) => {
    const src = (n.data.hero as { src?: unknown } | undefined)?.src;
    const l = byFile.get(n.filePath!);
    if (typeof src !== 'string' || !l) return [];
    const ok = !isAbsolute(src) && !/^[a-z]+:/i.test(src) && existsSync(join(dirname(l.file.absolute), src));
    return ok
      ? []
      : [
          problem(
            l.file.file,
            'hero.src',
            shown(src),
            {
              mn: 'MDX файлын хажууд байгаа зургийн файл, жишээ нь ./zurag.jpg',
              en: 'a picture file next to the MDX file, e.g. ./picture.jpg',
            },
            l.source.lineOf(['hero', 'src']),
          ),
        ];
  });
}
