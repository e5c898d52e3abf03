import { dirname, join } from 'node:path';
import GithubSlugger from 'github-slugger';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { BodyFormat, CollectionName } from '../content-layout';
import { mdxBody } from '../markup/mdx';
import { markupIssues, unsafeAddress, type MarkupIssue } from '../markup/check';
import { parseMarkdown } from '../markup/parse';
import { parsePath } from '../../i18n/paths';
import { href } from '../site/urls';
import { problem, shown, type Problem } from './problem';

// What a Markdown body links to and shows: every link must reach a page the build makes (or an
// https site), every picture must exist and be described; and nothing in it may be code.

/**
 * What the checks need of a body: its links and pictures, its heading ids and what in it is not
 * data. The syntax tree itself is dropped at once: with thousands of entries, keeping every tree
 * until all are parsed cost the build gigabytes of memory and much of its time in garbage collection.
 */
export interface Body {
  references: Reference[];
  headingIds: string[];
  /** Code, HTML outside the allowed list, misused components, unsafe addresses (lines in the body). */
  markup: MarkupIssue[];
}

/** A body's facts, read by the parser of its format: Markdown, or MDX on MDX's own syntax tree. */
export function parseBody(text: string, collection: CollectionName, format: BodyFormat = 'md'): Body {
  if (format === 'mdx') return mdxBody(text, collection);
  return bodyFacts(parseMarkdown(text), text, collection);
}

/**
 * A Markdown body's facts from its syntax tree as parsed (before any transform): the build takes
 * them from the tree its renderer parses (remark-body-facts.ts), so a body is parsed once.
 */
export function bodyFacts(tree: Root, text: string, collection: CollectionName): Body {
  return {
    references: references(tree),
    headingIds: headingIds(tree),
    markup: markupIssues(tree, text, collection),
  };
}

interface Reference {
  kind: 'link' | 'image';
  url: string;
  alt?: string | null;
  line?: number;
}

type Node = Root | RootContent;
function walk(node: Node, visit: (n: Node) => void) {
  visit(node);
  if ('children' in node) for (const child of node.children) walk(child as Node, visit);
}

/** Links and pictures in a body, with their lines in the body. */
function references(tree: Root): Reference[] {
  const out: Reference[] = [];
  walk(tree, (n) => {
    const line = n.position?.start.line;
    if (n.type === 'link' || n.type === 'definition') out.push({ kind: 'link', url: n.url, line });
    else if (n.type === 'image') out.push({ kind: 'image', url: n.url, alt: n.alt, line });
  });
  return out;
}

/** The ids Astro gives a body's headings (github-slugger over the heading text). */
function headingIds(tree: Root): string[] {
  const slugger = new GithubSlugger();
  const ids: string[] = [];
  walk(tree, (n) => {
    if (n.type === 'heading') ids.push(slugger.slug(toString(n)));
  });
  return ids;
}

interface LinkContext {
  file: string;
  /** Absolute path of the file on disk (pictures are looked up next to it). */
  absoluteFile: string;
  /** The page's own URL path, e.g. /en/news/my-news/ (relative links resolve against it). */
  pageUrl: string;
  /** Line of the body's first line in the file. */
  bodyLine: number;
  /** Every URL path the build makes, with the ids known on it (undefined: not known before building). */
  pages: ReadonlyMap<string, ReadonlySet<string> | undefined>;
  /** Files served from public/, as URL paths. */
  publicFiles: ReadonlySet<string>;
  /** Whether a file is there (a picture next to the body's file). */
  exists(path: string): boolean;
}

const expectations = {
  https: { mn: 'https:// хаяг (http:// аюулгүй биш)', en: 'an https:// address (http:// is not safe)' },
  page: {
    mn: 'сайтад ийм хуудас алга: байгаа хуудасны хаяг, жишээ нь /hotline/ эсвэл /en/news/<нэр>/',
    en: 'no such page on the site: the address of a page it has, e.g. /hotline/ or /en/news/<name>/',
  },
  anchor: { mn: 'тэр хуудсан дээрх гарчгийн #холбоос', en: 'a #fragment that a heading on that page has' },
  alt: {
    mn: 'зургийн тайлбар: ![юу харагдаж байгаа](./zurag.jpg)',
    en: 'a description of the picture: ![what it shows](./picture.jpg)',
  },
  imageFile: {
    mn: 'байгаа зургийн файл: ../images/zurag.jpg эсвэл Markdown файлын хажууд ./zurag.jpg',
    en: 'a picture file that exists: ../images/picture.jpg or ./picture.jpg next to the Markdown file',
  },
};

/** Problems with a body's links and pictures. */
export function checkReferences(refs: Reference[], ctx: LinkContext): Problem[] {
  const out: Problem[] = [];
  const at = (line?: number) => (line ? line + ctx.bodyLine - 1 : undefined);
  for (const ref of refs) {
    // Said once, by the markup check.
    if (unsafeAddress(ref.url)) continue;
    const field = ref.kind === 'image' ? 'body (image)' : 'body (link)';
    const report = (expected: (typeof expectations)[keyof typeof expectations]) =>
      out.push(problem(ctx.file, field, shown(ref.url), expected, at(ref.line)));
    if (ref.kind === 'image') {
      if (!ref.alt?.trim())
        out.push(problem(ctx.file, field, shown(ref.url), expectations.alt, at(ref.line)));
      if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref.url)) report(expectations.imageFile);
      else if (ref.url.startsWith('/')) {
        if (!ctx.publicFiles.has(ref.url)) report(expectations.imageFile);
      } else if (!ref.url || !ctx.exists(join(dirname(ctx.absoluteFile), decodeURI(ref.url)))) {
        report(expectations.imageFile);
      }
      continue;
    }
    if (/^https:\/\//i.test(ref.url) || /^(mailto|tel):/i.test(ref.url)) continue;
    if (/^http:\/\//i.test(ref.url) || ref.url.startsWith('//')) {
      report(expectations.https);
      continue;
    }
    const target = new URL(ref.url, `https://site.invalid${ctx.pageUrl}`);
    const path = decodeURI(target.pathname);
    if (ctx.publicFiles.has(path)) continue;
    if (!ctx.pages.has(path)) {
      report(expectations.page);
      continue;
    }
    const id = decodeURIComponent(target.hash.slice(1));
    const ids = ctx.pages.get(path);
    if (id && ids && !ids.has(id)) report(expectations.anchor);
    // A link into the other language's pages is most often a slip (an English page linking to
    // /hotline/): said, not refused, since linking to an original can be meant.
    const own = parsePath(ctx.pageUrl).locale;
    const there = parsePath(path);
    if (there.locale !== own) {
      const mine = href(own, there.path);
      out.push({
        ...problem(
          ctx.file,
          field,
          shown(ref.url),
          {
            mn: `энэ хуудасны хэлээрх хуудас${ctx.pages.has(mine) ? `: ${mine}` : ''} (нөгөө хэлийг санаатай заасан бол хэвээр үлдээнэ)`,
            en: `a page in this page's language${ctx.pages.has(mine) ? `: ${mine}` : ''} (leave it if the other language is meant)`,
          },
          at(ref.line),
        ),
        warning: true,
      });
    }
  }
  return out;
}
