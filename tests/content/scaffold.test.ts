import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isoDay, todayIn } from '../../src/lib/dates';
import { scaffold, slugify } from '../../src/lib/scaffold';
import { projectRoot } from '../helpers/astro';
import { checkContent, contentTree } from '../helpers/content-fixture';
import { filesUnder } from '../../src/lib/validate/files';

const tsx = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
/** `npm run new` in a pseudo-terminal (util-linux `script`), answering its questions with `input`. */
const inTerminal = (contentRoot: string, args: string, input: string) =>
  spawnSync('script', ['-qec', `${process.execPath} ${tsx} scripts/new-entry.ts ${args}`, '/dev/null'], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_ROOT: contentRoot },
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });

const newEntry = (contentRoot: string, args: string[], input?: string) =>
  spawnSync(process.execPath, [tsx, 'scripts/new-entry.ts', ...args], {
    cwd: projectRoot,
    env: { ...process.env, CONTENT_ROOT: contentRoot },
    encoding: 'utf8',
    input: input ?? '',
    timeout: 30_000,
  });

describe('file names from titles', () => {
  it.each([
    ['Дэлхийн стандартын өдөр', 'delkhiin-standartyn-odor'],
    ['Хэмжил зүйн тухай хууль', 'khemjil-zuin-tukhai-khuuli'],
    ['Үйлчилгээ, ёс зүй: шинэ журам!', 'uilchilgee-yos-zui-shine-juram'],
    // е is ye in MNS 5217:2012.
    ['ЦАХИМ ЧЕК, ЩИТ, ЮНЕСКО, ЯАМ', 'tsakhim-chyek-shit-yunyesko-yaam'],
    ['World Standards Day 2026', 'world-standards-day-2026'],
    ['MNS ISO 9001:2016 — café', 'mns-iso-9001-2016-cafe'],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  it('stops at a word boundary on a long title and is empty when nothing is Latin-able', () => {
    const slug = slugify(
      'Стандартчиллын үндэсний зөвлөлийн ээлжит хурлаар хэлэлцсэн асуудлын тухай мэдээлэл',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect('standartchillyn-undesnii-zovlolin-eelj'.startsWith(slug.slice(0, 20))).toBe(true);
    expect(slugify('!!! ???')).toBe('');
  });

  it('puts the title in its own language and a placeholder in the other', () => {
    const [mn, en] = scaffold('news', 'Шинэ мэдээ', '2026-11-25');
    expect(mn.text).toContain('title: "Шинэ мэдээ"');
    expect(en.text).toContain('title: "[[');
    expect(scaffold('news', 'Fresh news', '2026-11-25')[1].text).toContain('title: "Fresh news"');
  });
});

describe('npm run new', () => {
  const tree = contentTree();
  afterAll(() => tree.cleanup());
  // The scaffold dates an entry by the Ulaanbaatar calendar (UTC+8), not the machine's.
  const today = isoDay(todayIn());
  const kinds = [
    [
      'news',
      'Дэлхийн стандартын өдөр',
      ['news/mn/delkhiin-standartyn-odor.md', 'news/en/delkhiin-standartyn-odor.md'],
    ],
    [
      'service',
      'Calibration of weighing scales',
      ['services/mn/calibration-of-weighing-scales.md', 'services/en/calibration-of-weighing-scales.md'],
    ],
    ['regulation', 'Хэмжил зүйн журам', ['regulations/khemjil-zuin-juram.yaml']],
    ['directive-report', 'Rules updated', ['reports/mn/rules-updated.md', 'reports/en/rules-updated.md']],
  ] as const;

  it.each(kinds)('writes a %s entry in both languages and prints the paths', (kind, title, files) => {
    const r = newEntry(tree.root, kind === 'directive-report' ? [kind, title, '2'] : [kind, title]);
    expect(r.status, r.stderr).toBe(0);
    // The title stands in the file of its language (Mongolian titles: the first).
    const own = /[а-яөү]/i.test(title) ? files[0] : files.at(-1)!;
    expect(readFileSync(join(tree.root, own), 'utf8')).toContain(`"${title}"`);
    for (const f of files) {
      expect(r.stdout).toContain(`content/${f}`);
      const text = readFileSync(join(tree.root, f), 'utf8');
      expect(text).toContain(today);
      // Every field has a line saying what goes there.
      expect(text.split('\n').filter((l) => l.startsWith('#')).length).toBeGreaterThanOrEqual(5);
    }
    if (kind === 'news' || kind === 'directive-report')
      expect(readFileSync(join(tree.root, files[0]), 'utf8')).toContain('draft: true');
    if (kind === 'directive-report')
      expect(readFileSync(join(tree.root, files[0]), 'utf8')).toContain('directive: 2\n');
  });

  it('refuses a slug that exists, writing nothing', () => {
    const before = readFileSync(join(tree.root, 'services/en/calibration-of-weighing-scales.md'), 'utf8');
    const r = newEntry(tree.root, ['service', 'Calibration of weighing scales']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('An entry named "calibration-of-weighing-scales" exists');
    expect(readFileSync(join(tree.root, 'services/en/calibration-of-weighing-scales.md'), 'utf8')).toBe(
      before,
    );
  });

  it('refuses an unknown kind and, without a terminal and arguments, stops at once instead of waiting', () => {
    expect(newEntry(tree.root, ['press-release', 'X']).stderr).toContain('There is no kind "press-release"');
    const started = Date.now();
    const r = newEntry(tree.root, []);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Usage: npm run new');
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('needs the directive number of a report: asked in a terminal, refused without one', () => {
    const r = newEntry(tree.root, ['directive-report', 'No number']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Give the directive number');
    expect(newEntry(tree.root, ['directive-report', 'Bad number', '11']).stderr).toContain(
      'Give a number from 1 to 10',
    );
    const asked = inTerminal(tree.root, 'directive-report "Asked number"', '2\n');
    expect(asked.stdout).toContain('Directive number (1–10)');
    expect(readFileSync(join(tree.root, 'reports/en/asked-number.md'), 'utf8')).toContain('directive: 2\n');
  });

  it('asks for kind and title in a terminal', () => {
    const r = inTerminal(tree.root, '', 'news\nWorld Metrology Day\n');
    expect(r.stdout).toContain('Kind (news, service, regulation, directive-report)');
    expect(existsSync(join(tree.root, 'news/en/world-metrology-day.md'))).toBe(true);
  });

  it('is refused by check:content while placeholders remain, naming each field', async () => {
    const check = await checkContent(tree.root);
    expect(check.status).toBe(1);
    for (const field of [
      'description',
      'summary',
      'audience',
      'steps.0',
      'title.en',
      'adopted',
      'source',
      'body',
    ])
      expect(check.output).toContain(`[${field}]`);
  });

  it('passes check:content once the placeholder text is replaced', async () => {
    for (const file of filesUnder(tree.root).filter((f) => /\.(md|yaml)$/.test(f))) {
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace(/\[\[([^\]]*)\]\]/g, '$1').replace('draft: true', 'draft: false'));
    }
    const check = await checkContent(tree.root);
    expect(check.status, check.output).toBe(0);
  });
});
