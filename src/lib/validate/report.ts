import type { Problem } from './problem';

/**
 * Problems as an author reads them: where (file:line), which field, what was found, what is
 * expected, in Mongolian and then in English.
 */
export function formatProblems(problems: Problem[], context: 'check' | 'build' = 'check'): string {
  const blocks = problems.map((p) => {
    const where = p.line ? `${p.file}:${p.line}` : p.file;
    const found = p.found || '—';
    return [
      `✗ ${where}  [${p.field}]`,
      `    Олдсон: ${found}`,
      `    Байх ёстой: ${p.expected.mn}`,
      `    Found: ${found}`,
      `    Expected: ${p.expected.en}`,
    ].join('\n');
  });
  const n = problems.length;
  const summary =
    n === 0
      ? 'Контент зөв байна. / Content is valid.'
      : context === 'build'
        ? `Контентод ${n} алдаа олдлоо: бүтээлт юу ч бичилгүй зогслоо. / Found ${n} problem${n === 1 ? '' : 's'} in the content: the build stopped before writing anything.`
        : `Контентод ${n} алдаа олдлоо. / Found ${n} problem${n === 1 ? '' : 's'} in the content.`;
  return [...blocks, summary].join('\n\n');
}
