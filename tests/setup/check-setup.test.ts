import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/astro';

// scripts/check-setup.sh with a PATH of stand-ins: nothing is installed, nothing real is hidden
// from the machine, only from the script.

const root = mkdtempSync(join(tmpdir(), 'masm-setup-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A bin folder with the tools named, each a symlink to the real one or a stand-in script. */
function bin(name: string, tools: Record<string, string>) {
  const dir = join(root, name);
  mkdirSync(dir);
  for (const real of ['sort', 'head']) symlinkSync(`/usr/bin/${real}`, join(dir, real));
  for (const [tool, script] of Object.entries(tools)) {
    if (script.startsWith('/')) symlinkSync(script, join(dir, tool));
    else {
      writeFileSync(join(dir, tool), `#!/bin/bash\n${script}\n`);
      chmodSync(join(dir, tool), 0o755);
    }
  }
  return dir;
}

/** A stand-in file system root (SETUP_ROOT) holding the files named, each a stand-in script. */
function tree(name: string, files: string[]) {
  const dir = join(root, name);
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '#!/bin/bash\nexit 0\n');
    chmodSync(join(dir, file), 0o755);
  }
  mkdirSync(dir, { recursive: true });
  return dir;
}

// The word lists the benchmark corpus is made from.
const wordLists = ['/usr/share/hunspell/mn_MN.dic', '/usr/share/dict/british-english'];
// And the ssh server the deploy tests start.
const sshd = '/usr/sbin/sshd';
/** A root with the ssh server and the word lists, and one with nothing at all. */
const withModule = tree('with-module', [sshd, ...wordLists]);
const empty = tree('empty', []);

function check(dir: string, env: Record<string, string> = {}) {
  const started = Date.now();
  const r = spawnSync('/bin/bash', ['scripts/check-setup.sh'], {
    cwd: projectRoot,
    env: { PATH: dir, CHROME_PATH: '/nonexistent/chromium', SETUP_ROOT: withModule, ...env },
    encoding: 'utf8',
  });
  return { ...r, ms: Date.now() - started };
}

const present = {
  xmllint: 'exit 0',
  java: 'exit 0',
  nginx: 'exit 0',
  wrk: 'exit 0',
  rsync: 'exit 0',
  rclone: 'exit 0',
  ssh: 'exit 0',
};

describe('the setup check', () => {
  it('stops at once as a normal user, naming the one apt-get line, when Chromium is missing', () => {
    const r = check(bin('user', { node: process.execPath, id: 'echo 1000', ...present }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing: chromium');
    expect(r.stderr).toContain(
      'sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium',
    );
    expect(r.ms).toBeLessThan(5_000);
  });

  it('names every missing package in the one line', () => {
    const r = check(bin('bare', { node: process.execPath, id: 'echo 1000' }), { SETUP_ROOT: empty });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(
      'apt-get install -y --no-install-recommends chromium libxml2-utils default-jre-headless nginx ' +
        'wrk rsync rclone openssh-client openssh-server hunspell-mn wbritish\n',
    );
  });

  it("finds nginx in /usr/sbin, outside a normal user's PATH, and asks for the ssh server by its file", () => {
    const { nginx: _, ...others } = present;
    const dir = bin('no-sbin', { node: process.execPath, id: 'echo 1000', chromium: 'exit 0', ...others });
    expect(check(dir, { SETUP_ROOT: tree('sbin', ['/usr/sbin/nginx', sshd, ...wordLists]) }).status).toBe(0);
    const r = check(dir, { SETUP_ROOT: tree('sbin-only', ['/usr/sbin/nginx', ...wordLists]) });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('missing: openssh-server\n');
    const none = check(dir, { SETUP_ROOT: empty });
    expect(none.stderr).toContain('missing: nginx openssh-server hunspell-mn wbritish\n');
  });

  it('installs what is missing as root with apt, showing the commands', () => {
    const log = join(root, 'apt.log');
    const r = check(
      bin('root', { node: process.execPath, id: 'echo 0', 'apt-get': `echo "$@" >> ${log}`, ...present }),
    );
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Installing what the tests need: chromium');
    expect(readFileSync(log, 'utf8').trim().split('\n')).toEqual([
      'update -qq',
      'install -y --no-install-recommends chromium',
    ]);
  });

  it('accepts a Chromium named by CHROME_PATH', () => {
    const chrome = join(bin('chrome', { chromium: 'exit 0' }), 'chromium');
    const r = check(bin('with-chrome-path', { node: process.execPath, id: 'echo 1000', ...present }), {
      CHROME_PATH: chrome,
    });
    expect(r.status, r.stderr).toBe(0);
  });

  it('explains an old Node instead of failing later with a stack trace', () => {
    const r = check(bin('old-node', { node: 'echo 20.20.2', id: 'echo 1000', ...present }));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('Node 20.20.2 is older than the tests need (22.12.0)');
    expect(r.stderr).toContain('run `npm install` first');
  });
});
