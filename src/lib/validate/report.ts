import { isoDay } from '../dates';
import type { Problem } from './problem';

/** What a valid tree will not show yet: its drafts and its scheduled items with their days. */
export interface Unpublished {
  drafts: number;
  scheduled: Date[];
}

/** "2 ноорог, 1 товлосон: 2027-05-20" / "2 drafts, 1 scheduled: 2027-05-20" ('' when none). */
export function unpublishedLine({ drafts, scheduled }: Unpublished): string {
  if (!drafts && !scheduled.length) return '';
  const days = [...new Set(scheduled.map(isoDay))].sort().join(', ');
  const mn = [drafts && `${drafts} ноорог`, scheduled.length && `${scheduled.length} товлосон: ${days}`];
  const en = [
    drafts && `${drafts} draft${drafts === 1 ? '' : 's'}`,
    scheduled.length && `${scheduled.length} scheduled: ${days}`,
  ];
  const join = (parts: (string | 0)[]) => parts.filter(Boolean).join(', ');
  return ` Нийтлэгдэхгүй: ${join(mn)}. / Not published: ${join(en)}.`;
}

/**
 * Problems as an author reads them: where (file:line), which field, what was found, what is
 * expected, in Mongolian and then in English; warnings (which stop nothing) after the problems.
 * The same problem is told once.
 */
export function formatProblems(
  all: Problem[],
  context: 'check' | 'build' = 'check',
  unpublished: Unpublished = { drafts: 0, scheduled: [] },
): string {
  const seen = new Set<string>();
  const once = all.filter((p) => {
    // Two mistakes on one line (two broken links) are two; the same mistake found twice is one.
    const key = JSON.stringify([p.file, p.line, p.field, p.found, p.expected.en]);
    return !seen.has(key) && seen.add(key);
  });
  const problems = once.filter((p) => !p.warning);
  const warnings = once.filter((p) => p.warning);
  const blocks = [...problems, ...warnings].map((p) => {
    const where = p.line ? `${p.file}:${p.line}` : p.file;
    return [
      `${p.warning ? '! Анхааруулга / Warning:' : '✗'} ${where}  [${p.field}]`,
      `    Олдсон: ${p.found || 'хоосон'}`,
      `    Байх ёстой: ${p.expected.mn}`,
      `    Found: ${p.found || 'empty'}`,
      `    Expected: ${p.expected.en}`,
    ].join('\n');
  });
  const n = problems.length;
  const summary =
    n === 0
      ? `Контент зөв байна. / Content is valid.${unpublishedLine(unpublished)}`
      : context === 'build'
        ? `Контентод ${n} алдаа олдлоо: бүтээлт юу ч бичилгүй зогслоо. / Found ${n} problem${n === 1 ? '' : 's'} in the content: the build stopped before writing anything.`
        : `Контентод ${n} алдаа олдлоо. / Found ${n} problem${n === 1 ? '' : 's'} in the content.`;
  return [...blocks, summary].join('\n\n');
}
