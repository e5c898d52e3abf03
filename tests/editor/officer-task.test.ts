import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro';
import { checkContent } from '../helpers/content-fixture';
import { gitLog, lastAuthor, officer, startEditor, startPreview, type EditorEnv } from './editor-env';

// The officer's whole task, alone, in the Mongolian interface: a bilingual news item with one
// picture, a Markdown link and text that looks like code; a required English field left empty
// (stopped at the field), a title another item already has (asked for another), then saved. The
// repository then passes check:content, and the preview shows both languages with the picture.
// EDITOR_SCREENSHOTS=1 writes each step's picture to docs/editor/.

let env: EditorEnv;
let page: Page;
const shots = process.env.EDITOR_SCREENSHOTS
  ? join(projectRoot, 'docs/editor')
  : mkdtempSync(join(tmpdir(), 'masm-officer-shots-'));
const work = mkdtempSync(join(tmpdir(), 'masm-officer-'));
/** The picture as it sits on the officer's computer: a Cyrillic name with a space. */
const picture = join(work, 'Хурал 2026.jpg');
/** An item already in the repository, whose title the officer types again. */
const takenTitle = 'Хэмжлийн өдрийн мэдээ';
/** A news item the officer writes in Mongolian only. */
const mnOnlyTitle = 'Орчуулаагүй мэдээ';
const taken = 'content/news/mn/khemjliin-odriin-medee.md';

const mnBody = [
  'Хэмжлийн алдаа < 0.5 % байна, {1, 2} гэж бичнэ.',
  'Дараагийн мөр "ишлэлтэй".',
  '',
  'Асуух зүйл байвал [шуурхай утас](/hotline/) руу залгана уу.',
].join('\n');
const enBody = 'The error is < 0.5 %.\n\nCall the [hotline](/en/hotline/) with questions.';

beforeAll(async () => {
  await sharp({ create: { width: 1200, height: 675, channels: 3, background: '#1d4f91' } })
    .jpeg()
    .toFile(picture);
  env = await startEditor();
  mkdirSync(join(env.repo, 'content/news/mn'), { recursive: true });
  writeFileSync(
    join(env.repo, taken),
    `---\ntitle: ${takenTitle}\ndescription: Өмнө нь нэмсэн мэдээ.\npubDate: 2026-01-05\n---\n\nТекст.\n`,
  );
  const git = (...args: string[]) =>
    spawnSync('git', ['-c', 'user.name=Test', '-c', 'user.email=t@example.invalid', ...args], {
      cwd: env.repo,
    });
  git('add', '-A');
  git('commit', '-qm', 'An earlier item');
  page = await env.browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  mkdirSync(shots, { recursive: true });
}, 60_000);
afterAll(async () => {
  await env?.close();
  rmSync(work, { recursive: true, force: true });
  if (!process.env.EDITOR_SCREENSHOTS) rmSync(shots, { recursive: true, force: true });
});

/** A form field by its label (Decap adds "(заавал биш)" to optional ones), Mongolian pane or English. */
const field = (label: string, pane: 'mn' | 'en' = 'mn'): Locator =>
  page.getByLabel(new RegExp(`^${label.replace(/[()/]/g, '\\$&')}`)).nth(pane === 'mn' ? 0 : 1);
const marks = () => page.locator('.masm-problem');
const attribute = (loc: Locator, name: string) =>
  expect.poll(() => loc.getAttribute(name), { timeout: 10_000 });
const count = (loc: Locator) => expect.poll(() => loc.count(), { timeout: 10_000 });
const shown = (loc: Locator) => expect.poll(() => loc.innerText(), { timeout: 10_000 });
const text = (pane: 'mn' | 'en') =>
  page.locator('[aria-label^="markdown"] [role="textbox"]').nth(pane === 'mn' ? 0 : 1);

async function typeText(pane: 'mn' | 'en', body: string) {
  await text(pane).click();
  for (const [i, line] of body.split('\n').entries()) {
    if (i) await page.keyboard.press('Enter');
    if (line) await page.keyboard.insertText(line);
  }
}

/** Types over a field's text as an officer does (select all, type); after a refused save
 * Playwright's fill() adds to the text instead of replacing it. */
async function retype(loc: Locator, value: string) {
  await loc.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(value);
}

async function save() {
  await page.getByRole('button', { name: 'Хадгалах', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Одоо хадгалах' }).click();
}

const status = () => page.getByText(/^(Хадгалаагүй өөрчлөлт|Хадгалсан)$/i).first();
const frontMatter = (file: string) => parse(/^---\n([\s\S]*?)---/.exec(readFileSync(file, 'utf8'))![1]);
const slug = 'khemjliin-odriin-medee-2026';
const mnFile = () => join(env.repo, `content/news/mn/${slug}.md`);
const enFile = () => join(env.repo, `content/news/en/${slug}.md`);

describe("the officer's task in the editor", () => {
  it('opens a new news item in Mongolian, with dates typed as YYYY-MM-DD and no UTC', async () => {
    await page.goto(`${env.site.origin}/admin/?ui=mn#/`);
    await page.getByRole('button', { name: 'Нэвтрэх' }).click();
    await page.getByRole('link', { name: 'Агуулга' }).waitFor();
    await page.evaluate(() => (location.hash = '/collections/news/new'));
    await field('Гарчиг / Title').waitFor();
    await attribute(field('Нийтлэх огноо / Publication date'), 'placeholder').toBe('YYYY-MM-DD');
    expect(await page.locator('body').innerText()).not.toMatch(/UTC/);
    await page.getByRole('button', { name: 'Хадгалах', exact: true }).click();
    const menu = await page.getByRole('menuitem').allInnerTexts();
    expect(menu).toEqual(['Одоо хадгалах', 'Хадгалаад шинийг нэмэх', 'Хадгалаад хувилах']);
    await page.keyboard.press('Escape');
  });

  it('fills both languages, picks one picture for both and types text that looks like code', async () => {
    await field('Гарчиг / Title').fill(takenTitle);
    await field('Товч агуулга / Description').fill('Хэмжлийн өдрийг тэмдэглэлээ.');
    await field('Товч агуулга / Description', 'en').fill('Metrology day was marked.');
    await field('Нийтлэх огноо / Publication date').fill('2026-05-20');
    await page.getByRole('button', { name: 'Зураг сонгох' }).first().click();
    await page.locator('input[type=file]').setInputFiles(picture);
    await page.getByText('khural-2026.jpg').waitFor();
    await page.screenshot({ path: join(shots, 'officer-1-picture.png') });
    await page.getByRole('button', { name: 'Сонгосныг авах' }).click();
    await field('Зургийн тайлбар (alt) / Picture description (alt)').fill('Хэмжлийн өдрийн хурлын танхим');
    await field('Зургийн тайлбар (alt) / Picture description (alt)', 'en').fill('The hall on metrology day');
    await typeText('mn', mnBody);
    await typeText('en', enBody);
    // The picture chosen in Mongolian is the English one too (shown, not chosen again).
    await count(page.locator('img[src^="blob:"]')).toBe(2);
  });

  it('stops a save with the English title empty and a title another item has, each said at its field', async () => {
    await save();
    await count(marks()).toBe(2);
    const [title, enTitle] = await marks().allInnerTexts();
    // The title is another item's (and so is the file name made from it): said at the Title.
    expect(title).toMatch(/өөр гарчиг[\s\S]*another title/);
    await attribute(field('Гарчиг / Title'), 'aria-invalid').toBe('true');
    await attribute(field('Файлын нэр / File name'), 'aria-invalid').not.toBe('true');
    // The first refused field is in view and has the focus, ready for the fix.
    await expect
      .poll(() => field('Гарчиг / Title').evaluate((el) => el === document.activeElement))
      .toBe(true);
    const box = await field('Гарчиг / Title').boundingBox();
    expect(box && box.y >= 0 && box.y + box.height <= 900).toBe(true);
    // The English title, in the English pane, in both languages.
    expect(enTitle).toMatch(/заавал[\s\S]*required/);
    await attribute(field('Гарчиг / Title', 'en'), 'aria-invalid').toBe('true');
    await page.screenshot({ path: join(shots, 'officer-2-refused.png') });
    expect(existsSync(mnFile())).toBe(false);
    expect(gitLog(env.repo).split('\n')[0]).toBe('An earlier item');
  });

  it('still asks for another title once the English title is filled in', async () => {
    await retype(field('Гарчиг / Title', 'en'), 'Metrology day news');
    await save();
    await count(marks()).toBe(1);
    await shown(marks().first()).toContain('өөр гарчиг');
    await attribute(field('Гарчиг / Title', 'en'), 'aria-invalid').toBe(null);
    await attribute(field('Гарчиг / Title'), 'aria-invalid').toBe('true');
    await page.screenshot({ path: join(shots, 'officer-3-taken-title.png') });
    expect(gitLog(env.repo).split('\n')[0]).toBe('An earlier item');
  });

  it('refuses the taken title at the Title when a new file name is typed, and the taken file name at the File name', async () => {
    await retype(field('Файлын нэр / File name'), 'a-new-name-2026');
    await save();
    await count(marks()).toBe(1);
    await shown(marks().first()).toContain('өөр гарчиг');
    await attribute(field('Гарчиг / Title'), 'aria-invalid').toBe('true');
    await attribute(field('Файлын нэр / File name'), 'aria-invalid').not.toBe('true');
    // A typed file name another item has, with a title of its own: said at the File name.
    await retype(field('Гарчиг / Title'), `${takenTitle} 2026`);
    await retype(field('Файлын нэр / File name'), 'khemjliin-odriin-medee');
    await save();
    await count(marks()).toBe(1);
    await attribute(field('Файлын нэр / File name'), 'aria-invalid').toBe('true');
    await attribute(field('Гарчиг / Title'), 'aria-invalid').not.toBe('true');
    expect(gitLog(env.repo).split('\n')[0]).toBe('An earlier item');
    // Left empty again: the name is made from the title.
    await field('Файлын нэр / File name').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
  });

  it('saves once the title is changed: both files, one picture, the text as typed, a Mongolian commit by the officer', async () => {
    await retype(field('Гарчиг / Title'), `${takenTitle} 2026`);
    await save();
    await expect.poll(() => existsSync(mnFile()) && existsSync(enFile()), { timeout: 15_000 }).toBe(true);
    await shown(status()).toMatch(/Хадгалсан/i);
    await page.screenshot({ path: join(shots, 'officer-4-saved.png') });
    const mn = frontMatter(mnFile());
    const en = frontMatter(enFile());
    expect(mn.hero).toEqual({ src: '../images/khural-2026.jpg', alt: 'Хэмжлийн өдрийн хурлын танхим' });
    expect(en.hero).toEqual({ src: '../images/khural-2026.jpg', alt: 'The hall on metrology day' });
    expect(existsSync(join(env.repo, 'content/news/images/khural-2026.jpg'))).toBe(true);
    expect(readFileSync(mnFile(), 'utf8')).toContain(`\n${mnBody}\n`);
    expect(readFileSync(enFile(), 'utf8')).toContain(`\n${enBody}\n`);
    expect(gitLog(env.repo).split('\n')[0]).toBe(`Мэдээ: «${takenTitle} 2026» нэмэв`);
    expect(lastAuthor(env.repo)).toBe(`${officer} <>`);
    expect(spawnSync('git', ['status', '--porcelain'], { cwd: env.repo, encoding: 'utf8' }).stdout).toBe('');
  });

  it('shows no unsaved changes when the saved item is opened again, and leaves without asking', async () => {
    let asked = false;
    page.on('dialog', (d) => ((asked = true), d.dismiss()));
    // A fresh load: the editor is an app in one page, and an address that differs only after the
    // hash would not load it again.
    await page.goto('about:blank');
    await page.goto(`${env.site.origin}/admin/?ui=mn#/collections/news/entries/${slug}`);
    await field('Гарчиг / Title').waitFor({ timeout: 60_000 });
    await expect.poll(() => field('Гарчиг / Title').inputValue()).toBe(`${takenTitle} 2026`);
    await page.waitForTimeout(1000);
    await count(page.getByText(/Хадгалаагүй өөрчлөлт/i)).toBe(0);
    await page.evaluate(() => (location.hash = '/collections/news'));
    await page.getByRole('link', { name: new RegExp(`${takenTitle} 2026`) }).waitFor();
    expect(asked).toBe(false);
  });

  it('leaves a repository that passes check:content', async () => {
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.output).toContain('Content is valid');
    expect(check.status).toBe(0);
  });

  it('saves an item written in Mongolian only: its file, no English file, one commit', async () => {
    const enDir = join(env.repo, 'content/news/en');
    const before = readdirSync(enDir);
    await page.goto('about:blank');
    await page.goto(`${env.site.origin}/admin/?ui=mn#/collections/news/new`);
    await field('Гарчиг / Title').waitFor({ timeout: 60_000 });
    await field('Гарчиг / Title').fill(mnOnlyTitle);
    await field('Товч агуулга / Description').fill('Англи орчуулга хараахан алга.');
    await field('Нийтлэх огноо / Publication date').fill('2026-05-21');
    await typeText('mn', 'Монгол текст.');
    await save();
    await expect
      .poll(() => gitLog(env.repo).split('\n')[0], { timeout: 15_000 })
      .toBe(`Мэдээ: «${mnOnlyTitle}» нэмэв`);
    await shown(status()).toMatch(/Хадгалсан/i);
    const changed = spawnSync('git', ['show', '--name-only', '--format=', 'HEAD'], {
      cwd: env.repo,
      encoding: 'utf8',
    }).stdout.trim();
    expect(changed).toMatch(/^content\/news\/mn\/[a-z0-9-]+\.md$/);
    expect(readdirSync(enDir)).toEqual(before);
    expect(frontMatter(join(env.repo, changed)).title).toBe(mnOnlyTitle);
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.status).toBe(0);
  });

  it('shows the item in both languages with the picture in the preview', async () => {
    const preview = await startPreview(env.repo);
    env.allow(preview.origin);
    try {
      for (const [path, alt, link] of [
        [`/news/${slug}/`, 'Хэмжлийн өдрийн хурлын танхим', '/hotline/'],
        [`/en/news/${slug}/`, 'The hall on metrology day', '/en/hotline/'],
      ]) {
        await page.goto(`${preview.origin}${path}`);
        const img = page.locator(`main img[alt="${alt}"]`);
        await img.waitFor();
        // astro dev makes the picture on its first request, which takes seconds under load.
        await expect
          .poll(() => img.evaluate((i: HTMLImageElement) => (i.complete ? i.naturalWidth : 0)), {
            timeout: 60_000,
          })
          .toBeGreaterThan(0);
        await count(page.locator(`main a[href="${link}"]`)).toBe(1);
        // The page as published: no developer toolbar over it.
        expect(await page.content()).not.toContain('dev-toolbar');
        await shown(page.locator('main')).toContain('< 0.5 %');
        await page.screenshot({
          path: join(shots, `officer-5-preview-${path.startsWith('/en/') ? 'en' : 'mn'}.png`),
        });
      }
      // The typed line break is kept; the Mongolian text's braces are text.
      await page.goto(`${preview.origin}/news/${slug}/`);
      await shown(page.locator('main p:has(br)')).toContain('{1, 2}');
    } finally {
      preview.close();
    }
  }, 150_000);
});
