import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The shipped server block. */
export const siteConf = join(projectRoot, 'deploy', 'nginx.conf');
/** Debian's nginx (scripts/check-setup.sh installs it). */
const nginxBin = '/usr/sbin/nginx';

/**
 * Make sure Debian's nginx is there: when it is missing, run the setup check, which installs it as
 * root with apt and otherwise names the apt-get line.
 */
function ensureNginx(): void {
  if (existsSync(nginxBin)) return;
  const check = spawnSync('bash', [join(projectRoot, 'scripts', 'check-setup.sh')], { stdio: 'inherit' });
  if (check.status !== 0 || !existsSync(nginxBin)) {
    throw new Error(`nginx is not installed (${nginxBin}); see the message above`);
  }
}

/**
 * deploy/nginx.conf as served on 127.0.0.1:port: the same file with its listen lines replaced,
 * and nothing else changed.
 */
export function localSiteConf(port: number): string {
  const conf = readFileSync(siteConf, 'utf8');
  const listen = /^([ \t]*)listen [^;\n]+;\n/gm;
  const found = conf.match(listen) ?? [];
  if (found.length === 0) throw new Error(`${siteConf} has no listen line`);
  let first = true;
  return conf.replace(listen, (_, indent: string) => {
    const line = first ? `${indent}listen 127.0.0.1:${port};\n` : '';
    first = false;
    return line;
  });
}

/** True when `path` can be read by any user, folders on the way included (nginx's workers run as nobody). */
function worldReadable(path: string): boolean {
  for (let p = path; ; p = dirname(p)) {
    const mode = statSync(p).mode;
    const need = p === path ? 0o004 : 0o001;
    if ((mode & need) === 0) return false;
    if (p === dirname(p)) return true;
  }
}

/** The top-level nginx.conf: a private prefix, the site root, and the shipped server block. */
function mainConf(prefix: string, root: string, asRoot: boolean): string {
  return `# Written by scripts/lib/nginx.ts for one local run; deleted when nginx stops.
${asRoot ? 'user nobody nogroup;\n' : ''}worker_processes 2;
daemon off;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;

events {
    worker_connections 1024;
}

http {
    # The time to the millisecond and the file answered from, for tests that read the log.
    log_format timed '$msec $status "$request" $request_filename';
    access_log ${prefix}/access.log timed buffer=64k flush=1s;
    client_body_temp_path ${prefix}/client_body;
    proxy_temp_path ${prefix}/proxy;
    fastcgi_temp_path ${prefix}/fastcgi;
    uwsgi_temp_path ${prefix}/uwsgi;
    scgi_temp_path ${prefix}/scgi;
    sendfile on;
    tcp_nopush on;
    keepalive_timeout 65;
    server_tokens off;

    map $host $masm_root { default "${root}"; }
    include ${prefix}/site.conf;
}
`;
}

export interface Nginx {
  origin: string;
  /** The folder with this run's configuration and logs. */
  prefix: string;
  /** Stop nginx (fast shutdown) and delete its folder. */
  stop: () => Promise<void>;
  /** Resolves when nginx has exited, however it stopped. */
  exited: Promise<number | null>;
}

/** A port on 127.0.0.1 nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

function accepting(port: number): Promise<boolean> {
  return new Promise((resolveOk) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolveOk(true);
    });
    socket.once('error', () => resolveOk(false));
  });
}

/**
 * Start Debian's nginx on 127.0.0.1:port with deploy/nginx.conf over `root` (dist/ by default), in
 * its own temporary prefix (configuration, pid, logs, temp folders). Resolves once it accepts
 * connections. Without a port it takes a free one. Used by `npm run serve:nginx` and by the tests.
 */
export async function startNginx(options: { root?: string; port?: number } = {}): Promise<Nginx> {
  if (options.port !== undefined) return start(options.root, options.port);
  // A free port can be taken by someone else before nginx binds it: try another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await start(options.root, await freePort());
    } catch (error) {
      if (attempt === 3 || !/Address already in use/.test((error as Error).message)) throw error;
    }
  }
}

async function start(rootOption: string | undefined, port: number): Promise<Nginx> {
  ensureNginx();
  const root = resolve(rootOption ?? join(projectRoot, 'dist'));
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error(`${root} has no index.html: build the site first (npm run build)`);
  }
  const asRoot = process.getuid?.() === 0;
  if (asRoot && !worldReadable(join(root, 'index.html'))) {
    throw new Error(`nginx's workers run as nobody and cannot read ${root}: make it readable by all`);
  }
  const prefix = mkdtempSync(join(tmpdir(), 'masm-nginx-'));
  // The workers (nobody, when started as root) use the temp folders inside.
  chmodSync(prefix, 0o755);
  writeFileSync(join(prefix, 'site.conf'), localSiteConf(port));
  writeFileSync(join(prefix, 'nginx.conf'), mainConf(prefix, root, asRoot));
  const cleanup = () => rmSync(prefix, { recursive: true, force: true });

  const args = ['-p', prefix, '-e', join(prefix, 'error.log'), '-c', join(prefix, 'nginx.conf')];
  const test = spawnSync(nginxBin, [...args, '-t', '-q'], { encoding: 'utf8' });
  if (test.status !== 0) {
    cleanup();
    throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
  }

  const child: ChildProcess = spawn(nginxBin, args, { stdio: ['ignore', 'inherit', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (d: Buffer) => {
    stderr += d.toString();
    process.stderr.write(d);
  });
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  let running = true;
  void exited.then(() => {
    running = false;
  });

  const stop = async () => {
    if (running) child.kill('SIGTERM');
    await exited;
    cleanup();
  };

  // nginx writes its pid file once it has bound the port; until then another program may be the
  // one accepting connections there.
  const deadline = Date.now() + 10_000;
  while (!(running && existsSync(join(prefix, 'nginx.pid')) && (await accepting(port)))) {
    if (!running || Date.now() > deadline) {
      const log = existsSync(join(prefix, 'error.log'))
        ? readFileSync(join(prefix, 'error.log'), 'utf8')
        : '';
      await stop();
      throw new Error(`nginx did not start on 127.0.0.1:${port}:\n${stderr}\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { origin: `http://127.0.0.1:${port}`, prefix, stop, exited };
}
