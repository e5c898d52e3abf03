import type { Bilingual } from '../schemas/rules';

/** One thing wrong in the content, told so that an author can find and fix it. */
export interface Problem {
  /** Path from the project root, e.g. content/news/mn/my-news.md. */
  file: string;
  /** 1-based line in the file, where there is one. */
  line?: number;
  /** The field (dotted path, e.g. hero.alt), or what part of the file: "file name", "body". */
  field: string;
  /** What the file has, quoted as written (empty when the field is missing). */
  found: string;
  /** What belongs there, in both languages. */
  expected: Bilingual;
  /** A warning is told but stops nothing (a link into the other language's pages, say). */
  warning?: true;
}

export const problem = (
  file: string,
  field: string,
  found: string,
  expected: Bilingual,
  line?: number,
): Problem => ({ file, field, found, expected, ...(line ? { line } : {}) });

/** A value as the author wrote it, short enough for one line; '' for nothing (missing or empty). */
export function shown(value: unknown): string {
  if (value === undefined || value === null || value === '') return '';
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : JSON.stringify(value);
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
