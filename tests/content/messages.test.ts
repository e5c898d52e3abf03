import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { contentReport } from '../../src/lib/validate/index';
import { formatProblems } from '../../src/lib/validate/report';
import { page, text } from '../helpers/dist';
import { checkContent, contentTree, type Changes } from '../helpers/content-fixture';

// What an officer reads in the terminal: every problem once, in both languages, with what to write
// instead; nothing in English on the Mongolian line, no "null"; warnings that stop nothing; and
// what will not be published yet.

const trees: { cleanup: () => void }[] = [];
afterAll(() => trees.forEach((t) => t.cleanup()));
const report = (changes: Changes) => {
  const tree = contentTree(changes);
  trees.push(tree);
  const r = contentReport(join(tree.root, '..'), { contentRoot: tree.root, now: new Date('2026-12-02T00:00:00Z') });
  return { ...r, text: formatProblems(r.problems, 'check', r.unpublished) };
};
const NEWS = 'news/mn/conf.md';

describe('the terminal report', () => {
  it('accepts a file that starts with a byte-order mark, as some Windows editors save it', () => {
    const bom = report({ 'news/en/bom.md': '\uFEFF---\ntitle: Saved on Windows\ndescription: D.\npubDate: 2020-02-01\n---\n\nText.\n' });
    expect(bom.problems.filter((p) => p.file.includes('bom'))).toEqual([]);
    expect(bom.problems.filter((p) => !p.warning)).toEqual([]);
  });

  it('says to remove the quotes from draft: "false"', () => {
    const r = report({ [NEWS]: ['tags:', 'draft: "false"\ntags:'] });
    const p = r.problems.find((x) => x.field === 'draft')!;
    expect(p.expected.mn).toContain('хашилтгүй: draft: false');
    expect(p.expected.en).toContain('no quotes: draft: false');
  });

  it.each([['2026-5-20'], ['20.05.2026']])('tells a date written %s once', (date) => {
    const r = report({ [NEWS]: ['pubDate: 2020-01-24', `pubDate: ${date}`] });
    expect(r.text.match(/conf\.md:\d+ {2}\[pubDate\]/g)).toHaveLength(1);
  });

  it('says "хоосон" / "empty" for a field left empty, never "null"', () => {
    const r = report({ [NEWS]: ['title: Салбарын зөвлөгөөн', 'title:'] });
    expect(r.text).toContain('Олдсон: хоосон');
    expect(r.text).toContain('Found: empty');
    expect(r.text).not.toContain('null');
  });

  it('names a field written twice, with both its lines, in each language', () => {
    const r = report({ [NEWS]: ['tags:', 'title: Дахиад\ntags:'] });
    const p = r.problems.find((x) => x.field === '(front matter)')!;
    expect(p.expected.mn).toMatch(/"title" талбар нэг л удаа \(2, \d+-р мөрөнд/);
    expect(p.expected.en).toMatch(/the field "title" once \(it is written twice, on lines 2, \d+\)/);
    expect(p.expected.mn).not.toMatch(/[A-Za-z]{4,} [a-z]{4,}/); // no English sentence on the Mongolian line
  });

  it('gives a Cyrillic file name the Latin name to use', () => {
    const r = report({ 'news/mn/шинэ-мэдээ.md': '---\ntitle: Х\ndescription: Х.\npubDate: 2021-01-01\n---\n\nТ.\n' });
    const p = r.problems.find((x) => x.field === 'file name')!;
    expect(p.expected.mn).toContain('shine-medee.md');
    expect(p.expected.en).toContain('shine-medee.md');
  });

  it('warns of an English page linking to a Mongolian page, naming the English one, and stops nothing', async () => {
    const changes: Changes = { 'news/en/conf.md': ['(/en/hotline/)', '(/hotline/)'] };
    const r = report(changes);
    const w = r.problems.find((x) => x.found === '"/hotline/"')!;
    expect(w.warning).toBe(true);
    expect(w.expected.en).toContain('/en/hotline/');
    const tree = contentTree(changes);
    trees.push(tree);
    const check = await checkContent(tree.root);
    expect(check.status).toBe(0);
    expect(check.output).toContain('Warning');
  });

  it('counts, in its closing line, the drafts and the scheduled items with their dates', () => {
    const r = report({
      'news/mn/a-draft.md': '---\ntitle: Н\ndescription: Н.\npubDate: 2021-01-01\ndraft: true\n---\n\nТ.\n',
      'news/en/a-draft.md': '---\ntitle: D\ndescription: D.\npubDate: 2021-01-01\ndraft: true\n---\n\nT.\n',
      'news/mn/later.md': '---\ntitle: Т\ndescription: Т.\npubDate: 2027-05-20\n---\n\nТ.\n',
    });
    expect(r.text).toContain('Нийтлэгдэхгүй: 1 ноорог, 1 товлосон: 2027-05-20.');
    expect(r.text).toContain('Not published: 1 draft, 1 scheduled: 2027-05-20.');
  });
});

describe('the translation status page', () => {
  it("shows each item's state on the site with its date", () => {
    const row = (name: string) =>
      page('/en/translations/page/2/')
        .querySelectorAll('tbody tr')
        .concat(page('/en/translations/').querySelectorAll('tbody tr'))
        .find((r) => text(r.querySelector('th')).includes(name));
    expect(text(row('draft-item')?.querySelector('[data-publication]'))).toBe('Draft 1 February 2020');
    expect(text(row('scheduled-item')?.querySelector('[data-publication]'))).toBe('Scheduled 1 January 2999');
    expect(text(row('sector-managers')?.querySelector('[data-publication]'))).toBe('Published 24 January 2020');
    expect(text(row('hotline')?.querySelector('[data-publication]'))).toBe('Published');
  });
});
