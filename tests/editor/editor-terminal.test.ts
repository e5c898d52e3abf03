import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';
import { freePort } from './editor-env';

// `npm run editor` as an officer starts it: the terminal says where the editor is and how to stop
// it, nothing of the dev server's own start-up, and Ctrl+C stops both servers.

describe("the editor's terminal", () => {
  it('shows only the address and how to stop, and stops on Ctrl+C', async () => {
    const [backendPort, previewPort] = [await freePort(), await freePort()];
    const child = spawn(
      process.execPath,
      [
        join(projectRoot, 'node_modules/tsx/dist/cli.mjs'),
        'scripts/editor.ts',
        '--author',
        'Б. Болд',
        '--email',
        'bold@example.invalid',
      ],
      {
        cwd: projectRoot,
        env: {
          ...process.env,
          EDITOR_LOCAL_PORT: String(backendPort),
          EDITOR_PREVIEW_PORT: String(previewPort),
          NODE_ENV: 'development',
          NO_COLOR: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let out = '';
    child.stdout!.on('data', (d) => (out += d));
    child.stderr!.on('data', (d) => (out += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => out, { timeout: 90_000, interval: 500 }).toContain('Зогсоох: Ctrl+C');
      // The preview answers, and its first page being made prints nothing either.
      const res = await fetch(`http://127.0.0.1:${previewPort}/admin/`);
      expect(res.status).toBe(200);
      await new Promise((r) => setTimeout(r, 2000));
      expect(out.trim().split('\n')).toEqual([
        `Засварлагч / Editor: http://127.0.0.1:${previewPort}/admin/  (Б. Болд <bold@example.invalid>)`,
        'Зогсоох: Ctrl+C / To stop: Ctrl+C',
      ]);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
    // Both servers are gone.
    for (const port of [backendPort, previewPort])
      await expect(fetch(`http://127.0.0.1:${port}/`)).rejects.toThrow();
  }, 120_000);
});
