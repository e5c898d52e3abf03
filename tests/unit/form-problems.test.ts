import { describe, expect, it } from 'vitest';
import { describe as told, fromValidator } from '../../src/admin/form-problems';
import type { Problem } from '../../src/lib/validate/problem';

// The validator's problems, moved onto the form the officer sees.
const expected = { mn: 'зөв', en: 'right' };
const p = (file: string, field: string, line?: number, warning?: true): Problem => ({
  file,
  field,
  found: 'x',
  expected,
  ...(line ? { line } : {}),
  ...(warning ? { warning } : {}),
});

describe('problems at the form', () => {
  const mn = 'content/news/mn/a.md';
  const en = 'content/news/en/a.md';
  const saved = [mn, en, 'content/news/images/a.jpg'];

  it("puts each in its pane and field, a body line counted from the text's first line", () => {
    const out = fromValidator(
      [
        p(mn, 'title', 2),
        p(en, 'body (link)', 12),
        p('content/news/images/a.jpg', 'file name'),
        p(mn, 'file name'),
      ],
      { [en]: 8 },
      { 'content/news/images/a.jpg': 'hero.src' },
      saved,
    );
    expect(out.map((f) => [f.locale, f.field, f.line])).toEqual([
      ['mn', 'title', undefined],
      ['en', 'body', 5],
      [undefined, 'hero.src', undefined],
      ['mn', 'fileName', undefined],
    ]);
    expect(told(out[1])).toEqual({ mn: 'Текст, 5-р мөр (en): x — зөв', en: 'Text, line 5 (en): x — right' });
  });

  it('names another file a save would break, and keeps a warning a warning', () => {
    const [other, warned] = fromValidator(
      [p('content/news/mn/b.md', 'body (link)', 7), p(en, 'body (link)', 9, true)],
      { [en]: 8 },
      {},
      saved,
    );
    expect(other).toMatchObject({ field: '', found: 'content/news/mn/b.md:7: x' });
    expect(other.locale).toBeUndefined();
    expect(warned.warning).toBe(true);
    expect(told(warned).en).toMatch(/^Warning \(the save goes ahead\): Text, line 2 \(en\)/);
    expect(told(other).mn).not.toMatch(/Анхааруулга/);
  });
});
