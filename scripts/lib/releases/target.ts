import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Where releases go: a folder on this machine, or `user@host:/path` over ssh. Every call has a
// bound: ssh gives up connecting and notices a server that stopped answering after `timeout`
// seconds, rsync stops when nothing moved for that long, and no call runs longer than its limit.

/** A failure to tell in one line (no stack trace): what failed, and where. */
export class ReleaseError extends Error {}

export interface Limits {
  /** Seconds to connect, and of silence from a server, before giving up. */
  timeout: number;
  /** Seconds an upload may take in all. */
  uploadTimeout: number;
}
export const defaultLimits: Limits = { timeout: 30, uploadTimeout: 1800 };

export interface Target {
  /** As given: for messages. */
  name: string;
  /** The folder, on the machine it is on. */
  dir: string;
  /**
   * Run a POSIX shell command in the target folder (which it does not create); its standard
   * output. A failure, or no answer within `seconds`, is a ReleaseError naming the target.
   */
  sh(command: string, seconds?: number): string;
  /** Start a long-running shell command on the target's machine (not in the folder), its input a pipe. */
  spawn(command: string): ChildProcess;
  /** rsync's destination for a path inside the folder, and its options to reach it. */
  rsync(
    args: string[],
    toPath: string,
    seconds: number,
  ): { status: number | null; stdout: string; stderr: string };
  limits: Limits;
}

export const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** The last meaningful line a command printed on failure, for a one-line message. */
export function lastLine(text: string): string {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !/^rsync error: .*\(code \d+\) at /.test(l));
  return lines.at(-1) ?? '';
}

let connections: string | undefined;
/** A folder for this process's shared ssh connections, removed (with the connections) at exit. */
function sharedConnection(): string {
  if (!connections) {
    const dir = mkdtempSync(join(tmpdir(), 'masm-ssh-'));
    connections = dir;
    process.on('exit', () => {
      for (const socket of spawnSync('sh', ['-c', `ls ${dir}`], { encoding: 'utf8' }).stdout.split('\n'))
        if (socket)
          spawnSync('ssh', ['-o', `ControlPath=${join(dir, socket)}`, '-O', 'exit', 'x'], {
            stdio: 'ignore',
          });
      rmSync(dir, { recursive: true, force: true });
    });
  }
  return join(connections, '%C');
}

/** A target from `--target`: `user@host:/path` (ssh, with `ssh` as given) or a local folder. */
export function target(spec: string, ssh = 'ssh', limits: Limits = defaultLimits): Target {
  const remote = /^([^/:]+):(\/.*)$/.exec(spec);
  const dir = remote ? remote[2] : spec;
  // A folder that is not there is said so, not read as an empty target (a mistyped --target).
  const inDir = (command: string) =>
    `cd ${quote(dir)} 2>/dev/null || { echo ${quote(`the folder ${dir} does not exist or cannot be entered`)} >&2; exit 3; }; ${command}`;
  // The user's options first: for ssh the first value given for an option wins. All calls share
  // one connection (a deploy makes a dozen; each new one costs a handshake of several round trips).
  const sshWords = [
    ...ssh.split(/\s+/).filter(Boolean),
    '-o',
    'ControlMaster=auto',
    '-o',
    `ControlPath=${remote ? sharedConnection() : ''}`,
    '-o',
    'ControlPersist=10',
    '-o',
    'BatchMode=yes',
    '-o',
    `ConnectTimeout=${limits.timeout}`,
    '-o',
    `ServerAliveInterval=${Math.max(1, Math.ceil(limits.timeout / 3))}`,
    '-o',
    'ServerAliveCountMax=3',
  ];
  const argv = (command: string): [string, string[]] =>
    remote ? [sshWords[0], [...sshWords.slice(1), remote[1], command]] : ['sh', ['-c', command]];
  const rsh = remote ? sshWords.join(' ') : undefined;
  return {
    name: spec,
    dir,
    limits,
    sh(command, seconds = limits.timeout * 4) {
      const [file, args] = argv(inDir(command));
      const run = spawnSync(file, args, { encoding: 'utf8', timeout: seconds * 1000, killSignal: 'SIGKILL' });
      if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT')
        throw new ReleaseError(`${spec}: no answer within ${seconds} s`);
      if (run.status !== 0)
        throw new ReleaseError(
          `${spec}: ${lastLine(run.stderr) || `a command failed (exit ${run.status ?? run.signal})`}`,
        );
      return run.stdout;
    },
    spawn(command) {
      const [file, args] = argv(command);
      return spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    },
    rsync(args, toPath, seconds) {
      const run = spawnSync(
        'rsync',
        [
          ...args,
          `--timeout=${limits.timeout}`,
          ...(rsh ? ['-e', rsh] : []),
          remote ? `${remote[1]}:${dir}/${toPath}` : `${dir}/${toPath}`,
        ],
        { encoding: 'utf8', timeout: seconds * 1000, killSignal: 'SIGKILL' },
      );
      if (run.error && (run.error as NodeJS.ErrnoException).code === 'ETIMEDOUT')
        return { status: null, stdout: '', stderr: `the upload took longer than ${seconds} s` };
      return { status: run.status, stdout: run.stdout, stderr: run.stderr };
    },
  };
}
