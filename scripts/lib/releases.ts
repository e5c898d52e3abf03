import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// Releases on a server: <dir>/releases/<id>/ holds each published build, <dir>/current is a
// symbolic link to the live one (nginx serves it), <dir>/previous to the one before (rollback
// goes there). A switch is one rename(2) of a new link over `current`: a request sees one release
// or the other. Each release also holds the hashed files (stylesheets, scripts, search index) of
// the release before it, as hard links: a page of that release still open in a browser finds them.

/** Where releases go: a folder on this machine, or `user@host:/path` over ssh. */
export interface Target {
  /** As given: for messages. */
  name: string;
  /** Run a POSIX shell command in the target folder; its standard output. */
  sh(command: string): string;
  /** The target folder as rsync names it. */
  rsyncPath: string;
  /** rsync's -e option for a remote target. */
  rsh?: string;
}

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

/** A target from `--target`: `user@host:/path` (ssh, with `ssh` as given) or a local folder. */
export function target(spec: string, ssh = 'ssh'): Target {
  const remote = /^([^/:]+):(\/.*)$/.exec(spec);
  if (!remote) {
    return {
      name: spec,
      rsyncPath: spec,
      sh: (command) =>
        execFileSync('sh', ['-c', `mkdir -p ${quote(spec)} && cd ${quote(spec)} && ${command}`], {
          encoding: 'utf8',
        }),
    };
  }
  const [host, path] = [remote[1], remote[2]];
  const words = ssh.split(/\s+/).filter(Boolean);
  return {
    name: spec,
    rsyncPath: spec,
    rsh: ssh,
    sh: (command) =>
      execFileSync(
        words[0],
        [...words.slice(1), host, `mkdir -p ${quote(path)} && cd ${quote(path)} && ${command}`],
        {
          encoding: 'utf8',
        },
      ),
  };
}

/** A release id: the time to the millisecond (so ids sort by it) and the commit it was built from. */
export const releaseId = (at: Date, commit: string) =>
  `${at.toISOString().replace(/[-:.]/g, '')}-${commit.slice(0, 8) || 'nocommit'}`;

/** The releases on a target, oldest first, and the ones `current` and `previous` name. */
export function releasesOn(t: Target) {
  const listed = t.sh('mkdir -p releases && ls -1 releases').split('\n').filter(Boolean);
  const link = (name: string) =>
    t
      .sh(`readlink ${name} || true`)
      .trim()
      .replace(/^releases\//, '') || undefined;
  return {
    all: listed.filter((r) => !r.endsWith('.partial')).sort(),
    partial: listed.filter((r) => r.endsWith('.partial')),
    current: link('current'),
    previous: link('previous'),
  };
}

/** Point `name` at a release in one step: a new link renamed over the old one. */
export const pointCommand = (name: string, release: string) =>
  `ln -sfn ${quote(`releases/${release}`)} ${quote(`.${name}.new`)} && mv -T ${quote(`.${name}.new`)} ${quote(name)}`;

/** Pages (HTML files) that a new build adds, removes and changes against the live release. */
export interface PageChanges {
  added: string[];
  removed: string[];
  changed: string[];
  /** Pages in the live release. */
  live: number;
}

const rsyncBase = (t: Target) => ['-a', ...(t.rsh ? ['-e', t.rsh] : [])];

/** What would change, by content, comparing HTML files only (rsync's dry run with checksums). */
export function pageChanges(dist: string, t: Target, current: string | undefined): PageChanges {
  if (!current) return { added: htmlFiles(dist), removed: [], changed: [], live: 0 };
  const run = spawnSync(
    'rsync',
    [
      ...rsyncBase(t),
      '-nc',
      '--delete',
      '--out-format=%i %n',
      '--include=*/',
      '--include=*.html',
      '--exclude=*',
      `${dist}/`,
      `${t.rsyncPath}/releases/${current}/`,
    ],
    { encoding: 'utf8' },
  );
  if (run.status !== 0) throw new Error(`rsync could not compare with the live release: ${run.stderr}`);
  const out: PageChanges = { added: [], removed: [], changed: [], live: 0 };
  for (const line of run.stdout.split('\n')) {
    const [, code = '', file = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (!file.endsWith('.html')) continue;
    if (code === '*deleting') out.removed.push(file);
    else if (code.startsWith('>f+++')) out.added.push(file);
    else if (code.startsWith('>f')) out.changed.push(file);
  }
  out.live = Number(t.sh(`find releases/${current}/ -name '*.html' | wc -l`).trim());
  return out;
}

function htmlFiles(dir: string): string[] {
  const run = spawnSync('find', ['.', '-name', '*.html'], { cwd: dir, encoding: 'utf8' });
  return run.stdout
    .split('\n')
    .filter(Boolean)
    .map((f) => f.replace(/^\.\//, ''));
}

/** The folders of a build whose files have hashed names: a new build names new files. */
const hashedFolders = ['_astro', 'pagefind'];

/**
 * Copy a build to a target as release `id`: written as `<id>.partial`, given the hashed files of
 * the live release that it has not (listed in that release's `.assets`), renamed when complete.
 */
export function upload(dist: string, t: Target, id: string, current: string | undefined, bwlimit?: string) {
  t.sh(`mkdir -p releases && rm -rf ${quote(`releases/${id}.partial`)}`);
  // Files the live release has byte for byte are hard-linked, not copied again.
  const linkDest = current ? [`--link-dest=../${current}/`, '-c'] : [];
  const run = spawnSync(
    'rsync',
    [...rsyncBase(t), '-H', ...linkDest, `${dist}/`, `${t.rsyncPath}/releases/${id}.partial/`],
    {
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`upload to ${t.name} failed: ${run.stderr.trim()}`);
  const partial = quote(`releases/${id}.partial`);
  const own = `(cd ${partial} && find ${hashedFolders.join(' ')} -type f 2>/dev/null > .assets || true)`;
  const carry = current
    ? ` && if [ -f ${quote(`releases/${current}/.assets`)} ]; then rsync -a --ignore-existing --link-dest=${quote(`../${current}/`)} --files-from=${quote(`releases/${current}/.assets`)} ${quote(`releases/${current}/`)} ${partial}/; fi`
    : '';
  t.sh(`${own}${carry} && mv -T ${partial} ${quote(`releases/${id}`)}`);
}

/**
 * Make `id` live: `older` and `previous` move one step back first, then `current` moves, each in
 * one step, so that at every moment the live release and the two before it are reachable.
 * `between` runs before the last step (the tests stop a deploy there).
 */
export function switchTo(
  t: Target,
  id: string,
  before: { current?: string; previous?: string },
  between = () => {},
) {
  if (before.previous) t.sh(pointCommand('older', before.previous));
  if (before.current) t.sh(pointCommand('previous', before.current));
  between();
  t.sh(pointCommand('current', id));
}

/**
 * Delete releases beyond the newest `keep` (never `current` or `previous`), and uploads that
 * never finished (a deploy that was stopped).
 */
export function prune(t: Target, keep: number) {
  const r = releasesOn(t);
  const kept = new Set([...r.all.slice(-keep), r.current, r.previous]);
  const gone = [...r.all.filter((x) => !kept.has(x)), ...r.partial];
  if (gone.length) t.sh(`rm -rf ${gone.map((x) => quote(`releases/${x}`)).join(' ')}`);
  return gone;
}

/** The stamp a complete build leaves in dist/ (src/integrations/release-stamp.ts), if any. */
export function readStamp(
  dist: string,
): { commit: string; fingerprint: string; builtFor: string } | undefined {
  const file = join(dist, '.release.json');
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
