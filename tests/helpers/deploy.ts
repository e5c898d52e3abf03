import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../scripts/lib/nginx';
import { digestTree, filesDigest } from '../../src/lib/release-manifest';
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

/**
 * An sshd of the test's own on 127.0.0.1 (Debian's openssh-server), accepting one key for the
 * user running the tests; `ssh` is the command that reaches it.
 */
export async function startSshd() {
  const dir = mkdtempSync(join(tmpdir(), 'masm-sshd-'));
  const keygen = (file: string) =>
    spawnSync('ssh-keygen', ['-q', '-t', 'ed25519', '-N', '', '-f', join(dir, file)], { encoding: 'utf8' });
  keygen('host_key');
  keygen('id');
  copyFileSync(join(dir, 'id.pub'), join(dir, 'authorized_keys'));
  // sshd's own separation folder (Debian's service makes it at boot, which a test host has not done).
  mkdirSync('/run/sshd', { recursive: true });
  const port = await freePort();
  writeFileSync(
    join(dir, 'sshd_config'),
    [
      `Port ${port}`,
      'ListenAddress 127.0.0.1',
      `HostKey ${join(dir, 'host_key')}`,
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'PubkeyAuthentication yes',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PermitRootLogin prohibit-password',
      'StrictModes no',
      'UsePAM no',
      `PidFile ${join(dir, 'sshd.pid')}`,
      'LogLevel ERROR',
    ].join('\n') + '\n',
  );
  const child = spawn('/usr/sbin/sshd', ['-D', '-e', '-f', join(dir, 'sshd_config')], { stdio: 'ignore' });
  const ssh = `ssh -p ${port} -i ${join(dir, 'id')} -o BatchMode=yes -o StrictHostKeyChecking=no -o UserKnownHostsFile=/dev/null -o LogLevel=ERROR`;
  const host = `${userInfo().username}@127.0.0.1`;
  const deadline = Date.now() + 10_000;
  while (spawnSync('sh', ['-c', `${ssh} ${host} true`]).status !== 0) {
    if (Date.now() > deadline) throw new Error('the test sshd did not start');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    ssh,
    host,
    stop: () => {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of a build whose files were changed, stamped again as if the build had made them so (a
 * build of the same tree with fewer pages, say): for tests of what a deploy does with such a build.
 */
export function restamp(dist: string) {
  const stamp = JSON.parse(readFileSync(join(dist, '.release.json'), 'utf8'));
  const { files } = digestTree(dist);
  writeFileSync(join(dist, '.release.json'), JSON.stringify({ ...stamp, files, digest: filesDigest(files) }));
}

/**
 * Another build of the same tree: a copy of `dist` with one page changed, stamped again (a commit
 * that edits one page). A deploy of the same build as the live one makes no release.
 */
export function changedBuild(dist: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'masm-dist-changed-'));
  cpSync(dist, dir, { recursive: true });
  writeFileSync(
    join(dir, 'index.html'),
    readFileSync(join(dir, 'index.html'), 'utf8') + '\n<!-- changed -->\n',
  );
  restamp(dir);
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
