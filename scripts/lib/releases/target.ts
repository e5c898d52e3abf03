import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Where releases go: a folder on this machine, or `user@host:/path` over ssh. Every call has a
// bound: ssh gives up connecting and notices a server that stopped answering after `timeout`
// seconds, rsync stops when nothing moved for that long, and no call runs longer than its limit.

/** A sentence in both languages: an officer may read a deploy's outcome, so Mongolian comes first. */
export interface Said {
  mn: string;
  en: string;
}

/**
 * One line as the content messages are told: where, then Mongolian, then English, then what a tool
 * printed (as found, untranslated). "host:/srv/site: Сервер хариу өгсөнгүй. / No answer. (ssh: …)"
 */
export function say(where: string | undefined, said: Said, found?: string): string {
  return `${where ? `${where}: ` : ''}${said.mn} / ${said.en}${found ? ` (${found})` : ''}`;
}

/** A failure told in one line per server (no stack trace): where, what failed, in both languages. */
export class ReleaseError extends Error {
  constructor(
    readonly lines: string[],
    /** For a failure on one server: what failed, and what the tool printed, to be told again in a line of a caller's. */
    readonly said?: Said,
    readonly found?: string,
  ) {
    super(lines.join('\n'));
  }
}

/** A failure on one server (or of the command, with no server). */
export const failure = (where: string | undefined, said: Said, found?: string) =>
  new ReleaseError([say(where, said, found)], said, found);

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
  /**
   * rsync to a path inside the folder, over the target's connection, stopped after `seconds` in
   * all, or, with `idle`, once it has printed nothing for that many seconds (an upload with
   * --info=progress2 prints as it goes).
   */
  rsync(
    args: string[],
    toPath: string,
    seconds: number,
    idle?: number,
  ): Promise<{ status: number | null; stdout: string; stderr: string }>;
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
let rsyncCalls = 0;
/** rsync runs in their own process groups: stopped with this process, however it ends. */
const running = new Set<number>();
const stopAll = () =>
  running.forEach((pid) => {
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {}
  });
process.on('exit', stopAll);
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const)
  process.once(signal, () => process.exit(code));
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

/** The exit status of a command whose target folder is not there (a mistyped --target). */
const noFolder = 97;

export const noAnswer = (seconds: number): Said => ({
  mn: `Сервер ${seconds} секундэд хариу өгсөнгүй.`,
  en: `No answer within ${seconds} s.`,
});

const unreachable: Said = {
  mn: 'Сервертэй холбогдож чадсангүй, эсвэл холболт тасарлаа.',
  en: 'Could not reach the server, or the connection ended.',
};

/** A target from `--target`: `user@host:/path` (ssh, with `ssh` as given) or a local folder. */
export function target(spec: string, ssh = 'ssh', limits: Limits = defaultLimits): Target {
  const remote = /^([^/:]+):(\/.*)$/.exec(spec);
  const dir = remote ? remote[2] : spec;
  // A folder that is not there is said so, not read as an empty target (a mistyped --target).
  const inDir = (command: string) => `cd ${quote(dir)} 2>/dev/null || exit ${noFolder}; ${command}`;
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
        throw failure(spec, noAnswer(seconds));
      if (run.status === noFolder)
        throw failure(spec, {
          mn: `${dir} хавтас байхгүй, эсвэл орох эрхгүй.`,
          en: `the folder ${dir} does not exist or cannot be entered.`,
        });
      // ssh's own failure (it exits 255): the server was not reached, or the connection ended.
      if (remote && run.status === 255)
        throw failure(spec, unreachable, lastLine(run.stderr) || 'ssh exit 255');
      if (run.status !== 0)
        throw failure(
          spec,
          { mn: 'Сервер дээрх тушаал амжилтгүй боллоо.', en: 'A command on the server failed.' },
          lastLine(run.stderr) || `exit ${run.status ?? run.signal}`,
        );
      return run.stdout;
    },
    spawn(command) {
      const [file, args] = argv(command);
      return spawn(file, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    },
    async rsync(args, toPath, seconds, idle) {
      // rsync's errors go to a file, not a pipe: ssh, its child, writes there too, and a pipe kept
      // open by an ssh that never ends would keep this call waiting after rsync has ended.
      const errors = join(tmpdir(), `masm-rsync-${process.pid}-${++rsyncCalls}.err`);
      const fd = openSync(errors, 'w+');
      try {
        // Its own process group, so that rsync and its ssh are stopped together.
        const child = spawn(
          'rsync',
          [
            ...args,
            `--timeout=${limits.timeout}`,
            ...(rsh ? ['-e', rsh] : []),
            remote ? `${remote[1]}:${dir}/${toPath}` : `${dir}/${toPath}`,
          ],
          { stdio: ['ignore', 'pipe', fd], detached: true },
        );
        if (child.pid) running.add(child.pid);
        const started = Date.now();
        let last = started;
        let stdout = '';
        let stopped = '';
        child.stdout!.setEncoding('utf8').on('data', (d: string) => {
          last = Date.now();
          // An upload's progress is only a sign of life; a dry run's list is its answer.
          if (!idle) stdout += d;
        });
        // rsync's own --timeout does not see a server that stopped taking data: rsync keeps
        // writing its keep-alive messages, and each write counts as the connection working.
        const watch = setInterval(() => {
          const now = Date.now();
          if (now - started > seconds * 1000) stopped = `the upload took longer than ${seconds} s`;
          else if (idle && now - last > idle * 1000) stopped = `no progress for ${idle} s (timeout)`;
          else return;
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {}
        }, 250);
        const status = await new Promise<number | null>((resolve) => {
          child.on('error', () => resolve(null));
          child.on('close', (code) => resolve(code));
        });
        clearInterval(watch);
        running.delete(child.pid!);
        const stderr = readFileSync(errors, 'utf8');
        return stopped ? { status: null, stdout: '', stderr: stopped } : { status, stdout, stderr };
      } finally {
        closeSync(fd);
        rmSync(errors, { force: true });
      }
    },
  };
}
