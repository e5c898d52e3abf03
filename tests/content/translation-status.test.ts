import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gitLastChanged, mirroredFiles, translationStatus } from '../../src/lib/translation-status';
import { projectRoot } from '../helpers/astro';

const day = (s: string) => new Date(`${s}T12:00:00Z`);

describe('translation status from plain data', () => {
  const files = mirroredFiles([
    'news/mn/a.md',
    'news/en/a.md',
    'news/mn/b.md',
    'news/en/b.md',
    'news/mn/only-mn.md',
    'services/en/only-en.md',
    'regulations/law.yaml',
    'news/mn/photo.png',
  ]);
  const changed = new Map([
    ['news/mn/a.md', day('2026-03-02')],
    ['news/en/a.md', day('2026-03-01')],
    ['news/mn/b.md', day('2026-03-01')],
    ['news/en/b.md', day('2026-03-05')],
  ]);
  const rows = translationStatus(files, changed);

  it('lists mirrored entries only, missing languages first, then translations older than their original', () => {
    expect(rows.map((r) => [r.collection, r.slug, r.languages.join('+'), r.state])).toEqual([
      ['news', 'only-mn', 'mn', 'missing'],
      ['services', 'only-en', 'en', 'missing'],
      ['news', 'a', 'mn+en', 'may-be-out-of-date'],
      ['news', 'b', 'mn+en', 'up-to-date'],
    ]);
  });

  it('carries the dates each language was last changed', () => {
    expect(rows[2].changed).toEqual({ mn: day('2026-03-02'), en: day('2026-03-01') });
    expect(rows[0].changed).toEqual({});
  });
});

describe('translation status from a git history', () => {
  const dir = mkdtempSync(join(tmpdir(), 'masm-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const git = (args: string[], date: string) => {
    const env = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
    const r = spawnSync('git', ['-c', 'user.name=T', '-c', 'user.email=t@example.mn', ...args], {
      cwd: dir,
      env,
      encoding: 'utf8',
    });
    if (r.status !== 0) throw new Error(r.stderr);
  };
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  git(['init', '-q'], '2026-01-01T10:00:00Z');
  write('content/news/mn/item.md', 'mn 1');
  write('content/news/en/item.md', 'en 1');
  write('content/news/mn/other.md', 'mn');
  write('content/news/en/other.md', 'en');
  git(['add', '.'], '2026-01-01T10:00:00Z');
  git(['commit', '-qm', 'both'], '2026-01-01T10:00:00Z');
  // The Mongolian original changes after its translation.
  write('content/news/mn/item.md', 'mn 2');
  git(['commit', '-qam', 'mn only'], '2026-02-10T10:00:00Z');

  it('reads when each file was last changed', () => {
    const changed = gitLastChanged(join(dir, 'content'));
    expect(changed.get('news/mn/item.md')?.toISOString()).toBe('2026-02-10T10:00:00.000Z');
    expect(changed.get('news/en/item.md')?.toISOString()).toBe('2026-01-01T10:00:00.000Z');
  });

  it('says, through npm run translations, that the English file may be out of date', () => {
    const tsx = join(projectRoot, 'node_modules/tsx/dist/cli.mjs');
    const r = spawnSync(process.execPath, [tsx, 'scripts/translations.ts'], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_ROOT: join(dir, 'content') },
      encoding: 'utf8',
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(
      'news/item  [mn+en]  mn 2026-02-10, en 2026-01-01  орчуулга хоцорсон байж болзошгүй / translation may be out of date',
    );
    expect(lines[1]).toContain('news/other  [mn+en]');
    expect(lines[1]).toContain('in both languages');
  });
});
