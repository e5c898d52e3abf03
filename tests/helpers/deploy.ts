import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, readlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { projectRoot } from './astro';

/** `npm run <deploy|rollback|due> -- …args` in `cwd`; resolves when it ends (or is killed). */
export function releaseCommand(
  script: 'deploy' | 'rollback' | 'due',
  args: string[],
  options: {
    cwd?: string;
    env?: Record<string, string>;
    onStderr?: (text: string, kill: () => void) => void;
  } = {},
): Promise<{ status: number | null; signal: NodeJS.Signals | null; output: string }> {
  return new Promise((resolve) => {
    const cwd = options.cwd ?? projectRoot;
    // One process (tsx as a loader, not its CLI, which runs the script in a child): a kill reaches it.
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(cwd, 'scripts', `${script}.ts`), ...args],
      {
        cwd,
        env: { ...process.env, NO_COLOR: '1', ...options.env },
      },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => {
      output += d;
      options.onStderr?.(output, () => child.kill('SIGKILL'));
    });
    child.on('close', (status, signal) => resolve({ status, signal, output }));
  });
}

/** A new, empty folder that nginx's workers (nobody) can read. */
export function releaseDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'masm-releases-'));
  chmodSync(dir, 0o755);
  return dir;
}

/** The releases in a target folder, and what `current` and `previous` point to. */
export function releaseState(dir: string) {
  const link = (name: string) =>
    existsSync(join(dir, name)) ? readlinkSync(join(dir, name)).replace(/^releases\//, '') : undefined;
  const all = existsSync(join(dir, 'releases')) ? readdirSync(join(dir, 'releases')).sort() : [];
  return { all, current: link('current'), previous: link('previous') };
}
