import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { axeTags, axeViolations } from '../gates/browser-audit';
import { projectRoot } from '../helpers/astro';
import { checkContent } from '../helpers/content-fixture';
import { gitLog, startEditor, type EditorEnv } from './editor-env';

// An officer's session in the editor, end to end: forms in Chromium, files and commits in git,
// then the same check as `npm run check:content`.

let env: EditorEnv;
let page: Page;
// EDITOR_SCREENSHOTS=1 writes the pictures in docs/editor/; otherwise they go to a temporary folder, so a
// test run leaves the work tree as it was.
const shots = process.env.EDITOR_SCREENSHOTS
  ? join(projectRoot, 'docs/editor')
  : mkdtempSync(join(tmpdir(), 'masm-editor-shots-'));

beforeAll(async () => {
  env = await startEditor();
  page = await env.browser.context.newPage();
  // Leaving a form with unsaved changes asks first; the tests move on.
  page.on('dialog', (d) => d.accept());
  await page.setViewportSize({ width: 1280, height: 900 });
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await env?.close();
  if (!process.env.EDITOR_SCREENSHOTS) rmSync(shots, { recursive: true, force: true });
});

const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)---/.exec(readFileSync(file, 'utf8'))![1]);
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** The Mongolian pane's field (first) or the English one (second), by its label (a note in brackets may follow). */
const field = (label: string, locale: 'mn' | 'en' = 'mn') =>
  page.getByLabel(new RegExp(`^${escape(label)}( \\(.*\\))?$`)).nth(locale === 'mn' ? 0 : 1);

async function open(hash: string) {
  await page.goto(`${env.site.origin}/admin/?ui=en#/`);
  const login = page.getByRole('button', { name: 'Login' });
  const contents = page.getByRole('link', { name: 'Contents' });
  await login.or(contents).first().waitFor();
  if (await login.isVisible()) await login.click();
  await contents.waitFor();
  await page.evaluate((h) => (location.hash = h), hash);
}

/** The text's box in a pane (a text area under the formatting buttons). */
const bodyBox = (locale: 'mn' | 'en' = 'mn') =>
  page.locator('.masm-markdown textarea').nth(locale === 'mn' ? 0 : 1);

/** Type into a pane's text, line by line, as an officer does. */
async function typeBody(body: string, locale: 'mn' | 'en' = 'mn') {
  await bodyBox(locale).click();
  await page.keyboard.press('Control+End');
  for (const [i, line] of body.split('\n').entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.insertText(line);
  }
}

async function publish() {
  await page.getByRole('button', { name: 'Publish' }).click();
  await page.getByRole('menuitem', { name: 'Publish now' }).click();
}

describe('the editor', () => {
  it('has no axe violation on its sign-in screen', async () => {
    const first = await env.browser.context.newPage();
    await first.goto(`${env.site.origin}/admin/?ui=en`);
    await first.getByRole('button', { name: 'Login' }).waitFor();
    await first.screenshot({ path: join(shots, 'sign-in.png') });
    expect(await axeViolations(first, { type: 'tag', values: axeTags })).toEqual([]);
  });

  it('creates a bilingual news item through the forms, saved as a git commit that passes check:content', async () => {
    await open('/collections/news/new');
    await field('Файлын нэр / File name').fill('editor-test-news');
    await field('Гарчиг / Title').fill('Засварлагчаар нэмсэн мэдээ');
    await field('Гарчиг / Title', 'en').fill('News added in the editor');
    await field('Товч агуулга / Description').fill('Засварлагчийг шалгах мэдээ.');
    await field('Товч агуулга / Description', 'en').fill('A news item that tests the editor.');
    await field('Нийтлэх огноо / Publication date').fill('2026-03-10');
    await page.screenshot({ path: join(shots, 'news-form.png') });
    await publish();
    const mn = join(env.repo, 'content/news/mn/editor-test-news.md');
    const en = join(env.repo, 'content/news/en/editor-test-news.md');
    // Saved once committed: the files are written before the commit, not in one step.
    await expect
      .poll(() => gitLog(env.repo), { timeout: 15_000 })
      .toMatch(/Мэдээ: «Засварлагчаар нэмсэн мэдээ» нэмэв/);
    expect(existsSync(mn) && existsSync(en)).toBe(true);
    expect(frontMatter(mn)).toMatchObject({ title: 'Засварлагчаар нэмсэн мэдээ', pubDate: '2026-03-10' });
    expect(frontMatter(en)).toMatchObject({ title: 'News added in the editor', pubDate: '2026-03-10' });
    // Dates as the text YYYY-MM-DD; nothing the editor uses for itself (the file name field).
    expect(readFileSync(mn, 'utf8')).toMatch(/^pubDate: 2026-03-10$/m);
    expect(readFileSync(mn, 'utf8')).not.toMatch(/fileName/);
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.output).toContain('Content is valid');
    expect(check.status).toBe(0);
  });

  it("edits a service's legal basis with a picker over the regulations", async () => {
    await open('/collections/services/entries/national-standards-catalogue');
    // The entry loaded (its title in the form) before the picker is used.
    await expect.poll(() => field('Гарчиг / Title').inputValue()).not.toBe('');
    const picker = page.getByRole('combobox', { name: /^Эрх зүйн үндэслэл \/ Legal basis/ }).first();
    await picker.click();
    await picker.pressSequentially('Хэмжил зүйн тухай хууль');
    await page
      .getByRole('option', { name: /Хэмжил зүйн тухай хууль \(шинэчилсэн найруулга\)/ })
      .first()
      .click();
    await page.screenshot({ path: join(shots, 'legal-basis-picker.png') });
    await publish();
    const mn = join(env.repo, 'content/services/mn/national-standards-catalogue.md');
    const en = join(env.repo, 'content/services/en/national-standards-catalogue.md');
    // Both files written (a poll reads again while a file is half written).
    for (const file of [mn, en])
      await expect
        .poll(() => frontMatter(file).legalBasis, { timeout: 15_000 })
        .toContain('law-on-metrology-2019');
    expect(frontMatter(mn).legalBasis).toContain('law-on-standardization-2017');
    expect(frontMatter(en).legalBasis).toEqual(frontMatter(mn).legalBasis);
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.status, check.output).toBe(0);
  });

  it('pins a page to searches (a best bet), refusing a page the site does not have', async () => {
    await open('/collections/best-bets/new');
    await field('Файлын нэр / File name').fill('editor-test-bet');
    await field('Хуудас / Page').fill('/hotlin/');
    await page.getByRole('button', { name: /^Add хайлтууд \/ searches/i }).click();
    // The new row's box, labelled as the list.
    await page
      .getByLabel(/^Хайлтууд \/ Searches/)
      .last()
      .fill('утасны дугаар');
    await publish();
    await expect
      .poll(
        () =>
          page
            .getByText(/сайтад ийм хуудас алга/)
            .first()
            .isVisible(),
        { timeout: 15_000 },
      )
      .toBe(true);
    await page.screenshot({ path: join(shots, 'best-bet-refused.png') });
    const file = join(env.repo, 'content/best-bets/editor-test-bet.yaml');
    expect(existsSync(file)).toBe(false);
    await field('Хуудас / Page').fill('/hotline/');
    await publish();
    await expect
      .poll(() => gitLog(env.repo), { timeout: 15_000 })
      .toMatch(/Хайлтад эхэнд гарах хуудас: «editor-test-bet» нэмэв/);
    expect(parse(readFileSync(file, 'utf8'))).toEqual({ page: '/hotline/', queries: ['утасны дугаар'] });
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.status, check.output).toBe(0);
  });

  it('refuses to save with a required field empty, and says which', async () => {
    await open('/collections/news/new');
    await field('Файлын нэр / File name').fill('editor-test-incomplete');
    await publish();
    await expect.poll(() => page.getByText('Гарчиг / Title is required.').first().isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'required-field.png') });
    expect(existsSync(join(env.repo, 'content/news/mn/editor-test-incomplete.md'))).toBe(false);
  });

  it('refuses a file name that is not Latin, with the rule in both languages', async () => {
    await open('/collections/news/new');
    await field('Файлын нэр / File name').fill('Шинэ мэдээ');
    await publish();
    await expect
      .poll(() =>
        page
          .getByText(/латин үсэг, тоо, зураасаар .* \/ a slug of Latin letters/)
          .first()
          .isVisible(),
      )
      .toBe(true);
  });

  it('refuses to save code or script in the text, saying where; saves text that only looks like code', async () => {
    const fill = async (slug: string, body: string, enBody?: string) => {
      await open('/collections/news/new');
      await field('Файлын нэр / File name').fill(slug);
      await field('Гарчиг / Title').fill('Шалгах мэдээ');
      await field('Гарчиг / Title', 'en').fill('A test item');
      await field('Товч агуулга / Description').fill('Шалгах мэдээ.');
      await field('Товч агуулга / Description', 'en').fill('A test item.');
      await field('Нийтлэх огноо / Publication date').fill('2026-03-10');
      await typeBody(body);
      if (enBody) await typeBody(enBody, 'en');
      await publish();
    };
    await fill('editor-test-code', 'Түлхүүр:\n\n{process.env.DEPLOY_TOKEN}\n\n<script>alert(1)</script>');
    await expect
      .poll(() =>
        page
          .getByText(/Текст, 3-р мөр \(mn\): \{process\.env\.DEPLOY_TOKEN\}/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await expect
      .poll(() =>
        page
          .getByText(/Text, line 5 \(mn\): <script>/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    expect(existsSync(join(env.repo, 'content/news/mn/editor-test-code.md'))).toBe(false);

    const text = 'Алдаа < 0.5 %, a < b, {1, 2}. [Шуурхай утас](/hotline/)';
    // The English text links to a Mongolian page: a warning, shown, that does not stop the save.
    await fill('editor-test-look-alike', text, '[Hotline](/hotline/)');
    await expect
      .poll(() =>
        page
          .getByText(/Warning \(the save goes ahead\)/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    const mn = join(env.repo, 'content/news/mn/editor-test-look-alike.md');
    // Read again until written: a file can be seen half written.
    const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    await expect.poll(() => read(mn), { timeout: 15_000 }).toContain(text);
    await expect
      .poll(() => read(mn.replace('/mn/', '/en/')), { timeout: 15_000 })
      .toContain('[Hotline](/hotline/)');
  });

  it('edits an MDX page (the lists stay) and writes what is typed as valid MDX', async () => {
    // As an officer goes, from a fresh page: the collection in the list, then the item.
    await page.goto('about:blank');
    await open('/collections/news-mdx');
    await page
      .getByText('Стандарт, хэмжил зүйн салбарын удирдах ажилтны зөвлөгөөн', { exact: false })
      .first()
      .click();
    await expect.poll(() => page.getByText(/News \(with lists, MDX\) collection/).isVisible()).toBe(true);
    await expect.poll(() => field('Гарчиг / Title').inputValue()).not.toBe('');
    const box = bodyBox();
    // The officer sees the component line as it is in the file, and no MDX escapes.
    await expect.poll(() => box.inputValue()).toContain('<DirectiveList group="task" />');
    await box.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('Алдаа < 0.5 %, x<y, {1, 2}.');
    await publish();
    const file = join(env.repo, 'content/news/mn/sector-managers-conference-2020.mdx');
    const read = () => (existsSync(file) ? readFileSync(file, 'utf8') : '');
    await expect.poll(read, { timeout: 15_000 }).toContain('Алдаа');
    expect(read()).toContain('<DirectiveList group="task" />');
    expect(read()).toContain('<DirectiveList group="attention" />');
    expect(read()).toContain('x\\<y, \\{1, 2\\}');
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.status, check.output).toBe(0);
  });

  it('ran under its own Content-Security-Policy without a violation', () => {
    expect(env.violations).toEqual([]);
  });

  it('loaded nothing from another origin, the forms and pickers included', () => {
    const local = (u: string) => u.startsWith(env.site.origin) || u.startsWith(env.backendOrigin);
    expect(env.requests.length).toBeGreaterThan(10);
    expect(env.requests.filter((u) => !local(u))).toEqual([]);
  });
});
