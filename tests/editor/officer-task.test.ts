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
import type { Dialog, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../helpers/astro';
import { checkContent } from '../helpers/content-fixture';
import {
  freePort,
  gitLog,
  lastAuthor,
  officer,
  startEditor,
  startPreview,
  type EditorEnv,
} from './editor-env';

// The officer's whole task, alone, in the Mongolian interface: a bilingual news item with one
// picture, a Markdown link and text that looks like code; a required English field left empty
// (stopped at the field), a title another item already has (asked for another), then saved. The
// repository then passes check:content, and the preview shows both languages with the picture.
// EDITOR_SCREENSHOTS=1 writes each step's picture to docs/editor/.

let env: EditorEnv;
let page: Page;
/** Where the preview runs once the saves are made; the editor's links to an item's page point there. */
let previewPort: number;
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
/** The Mongolian-only item's file, once saved. */
let mnOnlyFile = '';
/** Errors the editor's scripts report (Decap logs what it shows as a red notice). */
const scriptErrors: string[] = [];
/** Script errors, and Decap's red notices, apart from refusals the test asks for. */
const failures = async (from = 0) => [
  ...scriptErrors.slice(from),
  ...(await page.getByText(/Урьдчилан харахыг уншиж чадсангүй|Cannot read properties/).allInnerTexts()),
];
/** The item written with the formatting buttons, scheduled for next year, once saved. */
let buttonsSlug = '';
const buttonsTitle = 'Товчоор бичсэн мэдээ';
const scheduledDay = `${new Date().getUTCFullYear() + 1}-05-20`;

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
  previewPort = await freePort();
  env = await startEditor({ previewPort });
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
  page.on('console', (m) => void (m.type() === 'error' && scriptErrors.push(m.text())));
  page.on('pageerror', (e) => void scriptErrors.push(e.message));
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
const text = (pane: 'mn' | 'en') => page.locator('.masm-markdown textarea').nth(pane === 'mn' ? 0 : 1);

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

const status = () => page.getByText(/^Хадгалаагүй өөрчлөлт( алга)?$/i).first();
const nothingUnsaved = /^Хадгалаагүй өөрчлөлт алга$/i;
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
    // Nothing typed yet: nothing said to be saved.
    await shown(status()).toMatch(nothingUnsaved);
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
    const errorsBefore = scriptErrors.length;
    await save();
    await expect.poll(() => existsSync(mnFile()) && existsSync(enFile()), { timeout: 15_000 }).toBe(true);
    await shown(status()).toMatch(nothingUnsaved);
    // The item is opened again after the save (and its page looked up for the toolbar's link).
    await field('Гарчиг / Title').waitFor();
    await page.waitForTimeout(1500);
    expect(await failures(errorsBefore)).toEqual([]);
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
    const leaving = (d: Dialog) => ((asked = true), void d.dismiss());
    page.on('dialog', leaving);
    // A fresh load: the editor is an app in one page, and an address that differs only after the
    // hash would not load it again.
    await page.goto('about:blank');
    await page.goto(`${env.site.origin}/admin/?ui=mn#/collections/news/entries/${slug}`);
    await field('Гарчиг / Title').waitFor({ timeout: 60_000 });
    await expect.poll(() => field('Гарчиг / Title').inputValue()).toBe(`${takenTitle} 2026`);
    await page.waitForTimeout(1000);
    await count(page.getByText(/^Хадгалаагүй өөрчлөлт$/i)).toBe(0);
    await page.evaluate(() => (location.hash = '/collections/news'));
    await page.getByRole('link', { name: new RegExp(`${takenTitle} 2026`) }).waitFor();
    page.off('dialog', leaving);
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
    // With a picture, which shows in the English pane too: that pane still writes nothing.
    let asked = '';
    const question = (d: Dialog) => ((asked = d.message()), void d.dismiss());
    page.on('dialog', question);
    await page.getByRole('button', { name: 'Зураг сонгох' }).first().click();
    await page.getByText('khural-2026.jpg').first().click();
    await page.getByRole('button', { name: 'Сонгосныг авах' }).click();
    await field('Зургийн тайлбар (alt) / Picture description (alt)').fill('Танхим');
    await typeText('mn', 'Монгол текст.');
    await save();
    await expect
      .poll(() => gitLog(env.repo).split('\n')[0], { timeout: 15_000 })
      .toBe(`Мэдээ: «${mnOnlyTitle}» нэмэв`);
    await shown(status()).toMatch(nothingUnsaved);
    const changed = spawnSync('git', ['show', '--name-only', '--format=', 'HEAD'], {
      cwd: env.repo,
      encoding: 'utf8',
    }).stdout.trim();
    expect(changed).toMatch(/^content\/news\/mn\/[a-z0-9-]+\.md$/);
    mnOnlyFile = changed;
    expect(readdirSync(enDir)).toEqual(before);
    expect(frontMatter(join(env.repo, changed)).title).toBe(mnOnlyTitle);
    expect(frontMatter(join(env.repo, changed)).hero).toEqual({
      src: '../images/khural-2026.jpg',
      alt: 'Танхим',
    });
    // Saving asked nothing (no "leave with unsaved changes?" while the editor reopens the item).
    await page.waitForTimeout(1500);
    page.off('dialog', question);
    expect(asked).toBe('');
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.status).toBe(0);
  });

  it('writes the text with each formatting button, and Ctrl+Z takes a button back', async () => {
    await page.goto('about:blank');
    await page.goto(`${env.site.origin}/admin/?ui=mn#/collections/news/new`);
    await field('Гарчиг / Title').waitFor({ timeout: 60_000 });
    await field('Гарчиг / Title').fill(buttonsTitle);
    await field('Товч агуулга / Description').fill('Товчлууруудаар бичив.');
    await field('Нийтлэх огноо / Publication date').fill(scheduledDay);
    const box = text('mn');
    const type = async (words: string) => {
      await box.click();
      await page.keyboard.press('Control+End');
      await page.keyboard.insertText(words);
    };
    const choose = (words: string) =>
      box.evaluate((el: HTMLTextAreaElement, w) => {
        const at = el.value.lastIndexOf(w);
        el.focus();
        el.setSelectionRange(at, at + w.length);
      }, words);
    const press = (name: string) =>
      page.locator('.masm-markdown').first().getByRole('button', { name, exact: true }).click();
    const link = async (address: string) => {
      page.once('dialog', (d) => void d.accept(address));
      await press('Холбоос');
    };
    await type('Ажлын тойм');
    await choose('Ажлын тойм');
    await press('Гарчиг');
    await type('\n\nЗөвлөгөөн амжилттай болов.');
    await choose('амжилттай');
    await press('Тод');
    await choose('болов');
    await press('Налуу');
    await type(' Лавлах утас.');
    await choose('Лавлах утас');
    await link('/hotline/');
    await type(' Стандарт.');
    await choose('Стандарт');
    await link('https://estandard.gov.mn/');
    await type('\n\nДэд хэсэг');
    await choose('Дэд хэсэг');
    await press('Дэд гарчиг');
    await type('\n\nнэг\nхоёр');
    await choose('нэг\nхоёр');
    await press('Жагсаалт');
    await type('\n\nэхлэх\nдуусгах');
    await choose('эхлэх\nдуусгах');
    await press('Дугаартай жагсаалт');
    await type('\n\nИшлэл энд.');
    // A button pressed by mistake, taken back with Ctrl+Z.
    await choose('Ишлэл');
    await press('Тод');
    await expect.poll(() => box.inputValue()).toContain('**Ишлэл** энд.');
    await box.press('Control+z');
    await expect.poll(() => box.inputValue()).not.toContain('**Ишлэл**');
    await choose('Ишлэл энд.');
    await press('Ишлэл');
    await type('\n\nНэр\tТоо\nХэмжүүр\t12');
    await choose('Нэр\tТоо\nХэмжүүр\t12');
    await press('Хүснэгт');
    await page.screenshot({ path: join(shots, 'officer-6-buttons.png') });
    await save();
    await expect
      .poll(() => gitLog(env.repo).split('\n')[0], { timeout: 15_000 })
      .toBe(`Мэдээ: «${buttonsTitle}» нэмэв`);
    const file = spawnSync('git', ['show', '--name-only', '--format=', 'HEAD'], {
      cwd: env.repo,
      encoding: 'utf8',
    }).stdout.trim();
    buttonsSlug = file.split('/').at(-1)!.replace(/\.md$/, '');
    const written = readFileSync(join(env.repo, file), 'utf8');
    for (const markdown of [
      '## Ажлын тойм',
      'Зөвлөгөөн **амжилттай** *болов*. [Лавлах утас](/hotline/). [Стандарт](https://estandard.gov.mn/).',
      '### Дэд хэсэг',
      '- нэг\n- хоёр',
      '1. эхлэх\n2. дуусгах',
      '> Ишлэл энд.',
      '| Нэр | Тоо |\n| --- | --- |\n| Хэмжүүр | 12 |',
    ])
      expect(written, written).toContain(markdown);
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.status, check.output).toBe(0);
  });

  it('shows the item in both languages with the picture in the preview', async () => {
    const preview = await startPreview(env.repo, previewPort);
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
      // A live item has no mark.
      await count(page.locator('.preview-state')).toBe(0);

      // The item written with the buttons, opened from the editor: its page in either language.
      await page.goto('about:blank');
      await page.goto(`${env.site.origin}/admin/?ui=mn#/collections/news/entries/${buttonsSlug}`);
      const mnLink = page.getByRole('link', { name: 'Монгол хуудас ↗' });
      await mnLink.waitFor({ timeout: 60_000 });
      await attribute(mnLink, 'href').toBe(`${preview.origin}/news/${buttonsSlug}/`);
      await attribute(page.getByRole('link', { name: 'Англи хуудас ↗' }), 'href').toBe(
        `${preview.origin}/en/news/${buttonsSlug}/`,
      );
      await attribute(page.getByRole('link', { name: /Сайт дээр харах/ }), 'href').toBe(
        `${preview.origin}/news/${buttonsSlug}/`,
      );
      const [shownPage] = await Promise.all([page.waitForEvent('popup'), mnLink.click()]);
      const main = shownPage.locator('main');
      await main.locator('.preview-state').waitFor({ timeout: 60_000 });
      // Not live yet: marked, with its day.
      expect(await main.locator('.preview-state').innerText()).toMatch(
        new RegExp(`^Товлосон: нийтийн сайтад гарах өдөр ${scheduledDay.slice(0, 4)} оны`),
      );
      expect(await main.locator('h2', { hasText: 'Ажлын тойм' }).count()).toBe(1);
      expect(await main.locator('strong').filter({ hasText: 'амжилттай' }).count()).toBe(1);
      expect(await main.locator('em').filter({ hasText: 'болов' }).count()).toBe(1);
      expect(await main.locator('a[href="/hotline/"]').filter({ hasText: 'Лавлах утас' }).count()).toBe(1);
      expect(await main.locator('a[href="https://estandard.gov.mn/"]').count()).toBe(1);
      expect(await main.locator('h3', { hasText: 'Дэд хэсэг' }).count()).toBe(1);
      expect(await main.locator('ul li').filter({ hasText: /^нэг$/ }).count()).toBe(1);
      expect(
        await main
          .locator('ol li')
          .filter({ hasText: /^дуусгах$/ })
          .count(),
      ).toBe(1);
      expect(await main.locator('blockquote', { hasText: 'Ишлэл энд.' }).count()).toBe(1);
      expect(await main.locator('table th', { hasText: 'Нэр' }).count()).toBe(1);
      expect(await main.locator('table td', { hasText: 'Хэмжүүр' }).count()).toBe(1);
      await shownPage.screenshot({ path: join(shots, 'officer-7-scheduled-preview.png') });
      await shownPage.close();

      // The running preview follows a save: an item made a draft is marked at once, and unmarked again.
      const live = join(preview.content, `news/mn/${slug}.md`);
      expect(readFileSync(live, 'utf8')).toMatch(/^draft: false$/m);
      const setDraft = (on: boolean) =>
        writeFileSync(live, readFileSync(live, 'utf8').replace(/^draft: (true|false)$/m, `draft: ${on}`));
      const mark = async () => {
        const res = await fetch(`${preview.origin}/news/${slug}/`);
        return /data-state="draft"/.test(await res.text());
      };
      setDraft(true);
      await expect.poll(mark, { timeout: 20_000 }).toBe(true);
      setDraft(false);
      await expect.poll(mark, { timeout: 20_000 }).toBe(false);
    } finally {
      preview.close();
    }
  }, 180_000);

  it('takes an item off the site only once the officer says yes, in one commit', async () => {
    await page.goto('about:blank');
    await page.goto(`${env.site.origin}/admin/?ui=mn#/collections/news/entries/${slug}`);
    await field('Гарчиг / Title').waitFor({ timeout: 60_000 });
    await field('Ноорог / Draft').click();
    let asked = '';
    page.once('dialog', (d) => ((asked = d.message()), void d.dismiss()));
    await save();
    await expect.poll(() => asked).toContain(`«${takenTitle} 2026»-г нийтийн сайтаас хасах уу?`);
    await count(page.getByText(/Хадгалсангүй: нийтлэлээс хасахыг цуцаллаа/)).toBeGreaterThan(0);
    expect(gitLog(env.repo).split('\n')[0]).toBe(`Мэдээ: «${buttonsTitle}» нэмэв`);
    expect(frontMatter(mnFile()).draft).not.toBe(true);
    page.once('dialog', (d) => void d.accept());
    await save();
    await expect
      .poll(() => gitLog(env.repo).split('\n')[0], { timeout: 15_000 })
      .toBe(`Мэдээ: «${takenTitle} 2026» нийтлэлээс хасав`);
    expect(frontMatter(mnFile()).draft).toBe(true);
    expect(frontMatter(enFile()).draft).toBe(true);
    expect(lastAuthor(env.repo)).toBe(`${officer} <>`);
    // The English pane shows the same state, and the officer can publish it again and withdraw it
    // again without reloading the page.
    const switches = page.getByLabel(/^Ноорог \/ Draft/);
    const states = () =>
      switches.evaluateAll((els) =>
        els.map((el) => el.getAttribute('aria-checked') ?? String((el as HTMLInputElement).checked)),
      );
    // The editor opens the item again once saved (a moment after the commit).
    const reopened = async () => {
      await page.waitForTimeout(1500);
      await field('Ноорог / Draft').waitFor();
    };
    await reopened();
    await expect.poll(states).toEqual(['true', 'true']);
    await field('Ноорог / Draft').click();
    await expect.poll(states).toEqual(['false', 'false']);
    await save();
    await expect
      .poll(() => gitLog(env.repo).split('\n')[0], { timeout: 15_000 })
      .toBe(`Мэдээ: «${takenTitle} 2026» нийтлэв`);
    await reopened();
    await shown(status()).toMatch(nothingUnsaved);
    await field('Ноорог / Draft').click();
    await shown(status()).toMatch(/^Хадгалаагүй өөрчлөлт$/i);
    page.once('dialog', (d) => void d.accept());
    await save();
    await expect
      .poll(() => gitLog(env.repo).split('\n')[0], { timeout: 15_000 })
      .toBe(`Мэдээ: «${takenTitle} 2026» нийтлэлээс хасав`);
    await expect.poll(states).toEqual(['true', 'true']);
  });

  it('refuses to delete an item other pages link to, naming them; deletes one nothing links to', async () => {
    const conference = 'content/news/mn/sector-managers-conference-2020.mdx';
    const before = gitLog(env.repo).split('\n')[0];
    await page.goto('about:blank');
    await page.goto(
      `${env.site.origin}/admin/?ui=mn#/collections/news-mdx/entries/sector-managers-conference-2020`,
    );
    await field('Гарчиг / Title').waitFor({ timeout: 60_000 });
    let asked = '';
    page.once('dialog', (d) => ((asked = d.message()), void d.accept()));
    await page.getByRole('button', { name: 'Бичлэгийг устгах' }).click();
    await expect.poll(() => asked).toContain('хоёр хэлээр нь сайтаас бүрмөсөн устгах уу?');
    // Said above the form, and still there once Decap's own notice has gone.
    const refusal = page.locator('.masm-problem[role=alert]');
    await refusal.waitFor({ timeout: 15_000 });
    expect(await refusal.innerText()).toMatch(
      /^Устгасангүй: өөр хуудас үүнийг холбосон байна.*Үүрэг даалгавар «[^»]+» \(content\/directives\/\d+\.yaml:\d+\)/s,
    );
    await page.waitForTimeout(12_000);
    expect(await refusal.isVisible()).toBe(true);
    await page.screenshot({ path: join(shots, 'officer-8-delete-refused.png') });
    expect(existsSync(join(env.repo, conference))).toBe(true);
    expect(gitLog(env.repo).split('\n')[0]).toBe(before);

    const mnOnlySlug = mnOnlyFile.split('/').at(-1)!.replace(/\.md$/, '');
    await page.goto('about:blank');
    await page.goto(`${env.site.origin}/admin/?ui=mn#/collections/news/entries/${mnOnlySlug}`);
    await field('Гарчиг / Title').waitFor({ timeout: 60_000 });
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'Бичлэгийг устгах' }).click();
    await expect
      .poll(() => gitLog(env.repo).split('\n')[0], { timeout: 15_000 })
      .toBe(`Мэдээ: «${mnOnlyTitle}» устгав`);
    expect(existsSync(join(env.repo, mnOnlyFile))).toBe(false);
    expect(lastAuthor(env.repo)).toBe(`${officer} <>`);
    expect(spawnSync('git', ['status', '--porcelain'], { cwd: env.repo, encoding: 'utf8' }).stdout).toBe('');
    const check = await checkContent(join(env.repo, 'content'));
    expect(check.status, check.output).toBe(0);
  });

  it('met no script error and no red notice in the whole task, besides the refusals it asked for', async () => {
    // Decap logs each refusal the officer is shown (and the object with it); nothing else.
    const asked = /засна уу|Fix \d+ thing|цуцаллаа|was cancelled|Устгасангүй|status of 422|^Object$/;
    expect(scriptErrors.filter((e) => !asked.test(e))).toEqual([]);
    expect(await failures(scriptErrors.length)).toEqual([]);
  });
});
