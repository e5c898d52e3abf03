import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commitMessage, outsideContent, startEditorBackend } from '../../scripts/lib/editor-backend';
import { saveChange } from '../../src/admin/save-change';
import { checkSave } from '../../src/lib/validate/save';
import { projectRoot } from '../helpers/astro';

// A 1×1 PNG.
const onePixelPng = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
  'base64',
);

// The editor's backend without a browser: what a save is checked against (the whole tree as it
// would be after it), the commit message it gets, and a request that skipped the form's checks.

let repo: string;
const now = new Date('2026-06-01T00:00:00Z');
const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' }).stdout;

beforeAll(() => {
  repo = mkdtempSync(join(tmpdir(), 'masm-backend-'));
  cpSync(join(projectRoot, 'tests/fixtures/site/content'), join(repo, 'content'), { recursive: true });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test');
  git('config', 'user.email', 'test@example.invalid');
  git('add', '-A');
  git('commit', '-q', '-m', 'content');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const news = (title: string, body: string) =>
  `---\ntitle: ${title}\ndescription: ${title}.\npubDate: 2026-03-10\n---\n\n${body}\n`;
/** A bilingual news item; each slug its own titles, as two items' titles must differ. */
const item = (slug: string, body = 'Текст.', enBody = 'Text.') => ({
  [`content/news/mn/${slug}.md`]: news(`Шинэ мэдээ ${slug}`, body),
  [`content/news/en/${slug}.md`]: news(`A new item ${slug}`, enBody),
});

describe('a save, checked before anything is written', () => {
  it('passes a new bilingual item that breaks nothing', () => {
    expect(checkSave(repo, { files: item('backend-ok'), newEntry: true }, { now })).toEqual([]);
  });

  it('refuses a new item under a name another item has, once, at the file name', () => {
    const problems = checkSave(
      repo,
      { files: item('sector-managers-conference-2020'), newEntry: true },
      { now },
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'fileName', found: 'sector-managers-conference-2020' });
    expect(problems[0].expected.mn).toContain('өөр гарчиг');
  });

  it('refuses a title another item of its kind and language has, at the Title, whatever the file name', () => {
    writeFileSync(join(repo, 'content/news/mn/backend-first.md'), news('Давхар гарчиг', 'Текст.'));
    const files = {
      'content/news/mn/backend-second.md': news('давхар гарчиг', 'Текст.'),
      'content/news/en/backend-second.md': news('Another title', 'Text.'),
    };
    const problems = checkSave(repo, { files, newEntry: true }, { now });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'content/news/mn/backend-second.md',
      field: 'title',
      found: 'давхар гарчиг',
    });
    expect(problems[0].expected.mn).toContain('content/news/mn/backend-first.md');
    // An edit that keeps the title an item already shares is not held up.
    writeFileSync(join(repo, 'content/news/mn/backend-second.md'), news('Давхар гарчиг', 'Текст.'));
    const edit = { 'content/news/mn/backend-second.md': news('Давхар гарчиг', 'Өөр текст.') };
    expect(checkSave(repo, { files: edit }, { now })).toEqual([]);
    rmSync(join(repo, 'content/news/mn/backend-first.md'));
    rmSync(join(repo, 'content/news/mn/backend-second.md'));
  });

  it('sees a picture uploaded with the save, and refuses one that is neither there nor uploaded', () => {
    const files = item(
      'backend-picture',
      '![Хурал](../images/backend-hall.jpg)',
      '![Meeting](../images/backend-hall.jpg)',
    );
    const missing = checkSave(repo, { files }, { now });
    expect(missing.map((p) => p.file).sort()).toEqual(Object.keys(files).sort());
    expect(checkSave(repo, { files, assets: ['content/news/images/backend-hall.jpg'] }, { now })).toEqual([]);
  });

  it('refuses a link to a page that does not exist, and something that is not a picture in the picture folder', () => {
    const linked = checkSave(repo, { files: item('backend-link', '[Алга](/news/no-such-item/)') }, { now });
    expect(linked.map((p) => [p.file, p.found])).toEqual([
      ['content/news/mn/backend-link.md', expect.stringContaining('/news/no-such-item/')],
    ]);
    const script = checkSave(repo, { files: {}, assets: ['content/news/images/run.js'] }, { now });
    expect(script.map((p) => p.file)).toEqual(['content/news/images/run.js']);
  });
});

describe('a save that would break another file', () => {
  it("is refused with that file named; a problem the tree already had is not the save's", () => {
    const root = mkdtempSync(join(tmpdir(), 'masm-backend-links-'));
    cpSync(join(projectRoot, 'tests/fixtures/site/content'), join(root, 'content'), { recursive: true });
    const write = (files: Record<string, string>) => {
      for (const [path, text] of Object.entries(files)) writeFileSync(join(root, path), text);
    };
    write({ ...item('backend-target'), ...item('backend-linking', '[Нөгөө](/news/backend-target/)') });
    // Already broken before the save: not reported against it.
    write(item('backend-broken', '[Алга](/news/nowhere/)'));
    expect(checkSave(root, { files: item('backend-target', 'Өөр текст.') }, { now })).toEqual([]);
    const draft = Object.fromEntries(
      Object.entries(item('backend-target')).map(([p, t]) => [
        p,
        t.replace('---\n\n', 'draft: true\n---\n\n'),
      ]),
    );
    const problems = checkSave(root, { files: draft }, { now });
    expect(problems.map((p) => p.file)).toEqual(['content/news/mn/backend-linking.md']);
    expect(problems[0].found).toContain('/news/backend-target/');
    rmSync(root, { recursive: true, force: true });
  });
});

describe('a warning', () => {
  it('is told with the save but stops nothing (an English page linking to a Mongolian one)', () => {
    const problems = checkSave(
      repo,
      { files: item('backend-warned', 'Текст.', '[Hotline](/hotline/)') },
      { now },
    );
    expect(problems.map((p) => [p.file, p.warning])).toEqual([['content/news/en/backend-warned.md', true]]);
  });
});

describe('commit messages', () => {
  it('name the kind, the Mongolian title and what was done', () => {
    const files = Object.entries(item('x')).map(([path, raw]) => ({ path, raw }));
    expect(commitMessage('news', files.reverse(), 'added')).toBe('Мэдээ: «Шинэ мэдээ x» нэмэв');
    expect(commitMessage('news', files, 'changed')).toBe('Мэдээ: «Шинэ мэдээ x» засав');
    expect(commitMessage('news', files, 'unpublished')).toBe('Мэдээ: «Шинэ мэдээ x» нийтлэлээс хасав');
    expect(commitMessage('news', files, 'republished')).toBe('Мэдээ: «Шинэ мэдээ x» нийтлэв');
    expect(commitMessage('news', files, 'deleted')).toBe('Мэдээ: «Шинэ мэдээ x» устгав');
    const yaml = [{ path: 'content/regulations/x.yaml', raw: 'title:\n  mn: Хууль\n  en: Law\n' }];
    expect(commitMessage('regulations', yaml, 'changed')).toBe('Эрх зүйн акт: «Хууль» засав');
    // Not YAML at all: the file name still says which item.
    expect(commitMessage('news', [{ path: 'content/news/mn/y.md', raw: '---\n: : [\n---\n' }], 'added')).toBe(
      'Мэдээ: «y» нэмэв',
    );
  });

  it('tell unpublishing and publishing again from an edit, by the draft flag before and after', () => {
    expect(saveChange(undefined, { draft: true })).toBe('added');
    expect(saveChange({}, { draft: true })).toBe('unpublished');
    expect(saveChange({ draft: false }, { draft: true })).toBe('unpublished');
    expect(saveChange({ draft: true }, {})).toBe('republished');
    expect(saveChange({ draft: true }, { draft: true })).toBe('changed');
    expect(saveChange({}, {})).toBe('changed');
  });

  it('only for files inside content/: anything else is refused', () => {
    expect(
      outsideContent([
        'content/news/mn/a.md',
        'content/news/images/a.jpg',
        'src/pages/index.astro',
        'content/../astro.config.mjs',
        '/etc/passwd',
        'content//x.md',
        undefined,
      ]),
    ).toEqual([
      'src/pages/index.astro',
      'content/../astro.config.mjs',
      '/etc/passwd',
      'content//x.md',
      'undefined',
    ]);
  });
});

describe('the backend refuses a save that skipped the form', () => {
  let origin: string;
  let backend: { close(): Promise<void> };
  beforeAll(async () => {
    const port = await new Promise<number>((resolve) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const { port } = s.address() as AddressInfo;
        s.close(() => resolve(port));
      });
    });
    backend = await startEditorBackend({ repo, port, now: () => now });
    origin = `http://127.0.0.1:${port}`;
  });
  afterAll(() => backend?.close());

  const persist = (files: Record<string, string>, assets: { path: string; content: string }[] = []) =>
    fetch(`${origin}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        action: 'persistEntry',
        params: {
          branch: 'main',
          dataFiles: Object.entries(files).map(([path, raw]) => ({ slug: 'x', path, raw })),
          assets: assets.map((a) => ({ ...a, encoding: 'base64' })),
          options: {
            collectionName: 'news',
            commitMessage: 'from the client',
            useWorkflow: false,
            status: 'draft',
          },
        },
      }),
    });

  it('with code in the text: 422 with the problem in both languages, nothing written, no commit', async () => {
    const commits = git('rev-list', '--count', 'HEAD');
    const res = await persist(item('backend-code', '<script>alert(1)</script>'));
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error).toContain('content/news/mn/backend-code.md:');
    expect(error).toContain('<script>');
    expect(existsSync(join(repo, 'content/news/mn/backend-code.md'))).toBe(false);
    expect(existsSync(join(repo, 'content/news/en/backend-code.md'))).toBe(false);
    expect(git('rev-list', '--count', 'HEAD')).toBe(commits);
  });

  it('with a file outside content/: 422, nothing written', async () => {
    const res = await persist({ 'src/evil.md': news('Муу', 'Текст.') }, [
      { path: 'public/evil.js', content: Buffer.from('alert(1)').toString('base64') },
    ]);
    expect(res.status).toBe(422);
    expect((await res.json()).error).toContain('content/');
    expect(existsSync(join(repo, 'src/evil.md'))).toBe(false);
    expect(existsSync(join(repo, 'public/evil.js'))).toBe(false);
  });

  it('refuses a picture that carries script, whatever its name', async () => {
    const svg = {
      path: 'content/news/images/backend-evil.svg',
      content: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64'),
    };
    const res = await persist(item('backend-evil', '![Зураг](../images/backend-evil.svg)', 'Text.'), [svg]);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('backend-evil.svg:1 [picture]: onload=');
    expect(existsSync(join(repo, 'content/news/images/backend-evil.svg'))).toBe(false);
  });

  it('a sound save is written and committed with its own message, whatever the client asked', async () => {
    // A file of the officer's own in the folder, and one staged: neither goes into the editor's commit.
    writeFileSync(join(repo, 'notes.txt'), 'private');
    writeFileSync(join(repo, 'staged.txt'), 'staged');
    git('add', 'staged.txt');
    const picture = {
      path: 'content/news/images/backend-ok.png',
      // The smallest real PNG: a picture is checked for what it holds.
      content: onePixelPng.toString('base64'),
    };
    const res = await persist(item('backend-saved', '![Танхим](../images/backend-ok.png)', 'Text.'), [
      picture,
    ]);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(existsSync(join(repo, 'content/news/mn/backend-saved.md'))).toBe(true);
    expect(existsSync(join(repo, 'content/news/images/backend-ok.png'))).toBe(true);
    expect(git('log', '-1', '--format=%s').trim()).toBe('Мэдээ: «Шинэ мэдээ backend-saved» нэмэв');
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      'content/news/en/backend-saved.md',
      'content/news/images/backend-ok.png',
      'content/news/mn/backend-saved.md',
    ]);
    expect(git('status', '--porcelain')).toBe('A  staged.txt\n?? notes.txt\n');
    git('rm', '-q', '--cached', 'staged.txt');
    rmSync(join(repo, 'staged.txt'));
    rmSync(join(repo, 'notes.txt'));
    expect(git('status', '--porcelain')).toBe('');
    // A warning alone does not stop the save.
    const warned = await persist(item('backend-warned', 'Текст.', '[Hotline](/hotline/)'));
    expect(warned.status).toBe(200);
    expect(existsSync(join(repo, 'content/news/en/backend-warned.md'))).toBe(true);
  });

  const api = (action: string, params: Record<string, unknown>) =>
    fetch(`${origin}/api/v1`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ action, params: { branch: 'main', ...params } }),
    });
  const remove = (paths: string[]) =>
    api('deleteFiles', { paths, options: { commitMessage: 'from the client' } });
  const check = (files: Record<string, string>) =>
    fetch(`${origin}/masm/check`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ files }),
    }).then((r) => r.json());

  it('says what a save does: the form asks before an item is taken off the site', async () => {
    const saved = item('backend-saved', '![Танхим](../images/backend-ok.png)', 'Text.');
    const draft = Object.fromEntries(
      Object.entries(saved).map(([p, t]) => [p, t.replace('---\n\n', 'draft: true\n---\n\n')]),
    );
    expect((await check(saved)).change).toBe('changed');
    expect((await check(draft)).change).toBe('unpublished');
    expect((await check(item('backend-not-there'))).change).toBe('added');
    const res = await persist(draft);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(git('log', '-1', '--format=%s').trim()).toBe('Мэдээ: «Шинэ мэдээ backend-saved» нийтлэлээс хасав');
  });

  it('refuses to delete an item another page links to, naming that page; deletes one nothing links to, in one commit', async () => {
    const commits = git('rev-list', '--count', 'HEAD');
    // The fixture's conference article is linked from other pages and named by its directives.
    const linked = [
      'content/news/mn/sector-managers-conference-2020.mdx',
      'content/news/en/sector-managers-conference-2020.mdx',
    ];
    const refused = await remove(linked);
    expect(refused.status).toBe(422);
    const { error } = await refused.json();
    expect(error).toMatch(/^Устгасангүй: өөр хуудас үүнийг холбосон байна/);
    // Each linking item once, by its kind and title as the editor lists it, with its file and line.
    expect(error).toMatch(/Үүрэг даалгавар «[^»]+» \(content\/directives\/01\.yaml:\d+\)/);
    const named = error.match(/content\/[^\s:)]+/g) ?? [];
    expect(named.length).toBeGreaterThan(1);
    expect(new Set(named).size).toBe(named.length);
    expect(error).not.toContain('\n');
    for (const p of linked) expect(existsSync(join(repo, p))).toBe(true);
    expect(git('rev-list', '--count', 'HEAD')).toBe(commits);
    // Decap names both languages' files; one that is not there is left out, not an error.
    const res = await remove([
      'content/news/mn/backend-warned.md',
      'content/news/en/backend-warned.md',
      'content/news/en/backend-nothing.md',
    ]);
    expect(res.status, await res.clone().text()).toBe(200);
    expect(existsSync(join(repo, 'content/news/mn/backend-warned.md'))).toBe(false);
    expect(existsSync(join(repo, 'content/news/en/backend-warned.md'))).toBe(false);
    expect(git('log', '-1', '--format=%s').trim()).toBe('Мэдээ: «Шинэ мэдээ backend-warned» устгав');
    expect(git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual([
      'content/news/en/backend-warned.md',
      'content/news/mn/backend-warned.md',
    ]);
    expect(git('status', '--porcelain')).toBe('');
  });
});
