import { spawnSync } from 'node:child_process';
import { lastLine, quote, ReleaseError, type Target } from './target';
import { partialSuffix, pointCommand, releaseId, releasesOn, type TargetState } from './state';

// The steps of a release on one target, each run while the deploy holds the target's lock.

/** Pages (HTML files) that a new build adds, removes and changes against the live release. */
export interface PageChanges {
  added: string[];
  removed: string[];
  changed: string[];
  /** Pages in the live release. */
  live: number;
}

/** What would change, by content, comparing HTML files only (rsync's dry run with checksums). */
export function pageChanges(dist: string, t: Target, current: string | undefined): PageChanges {
  if (!current) return { added: htmlFiles(dist), removed: [], changed: [], live: 0 };
  const run = t.rsync(
    ['-rnc', '--delete', '--out-format=%i %n', '--include=*/', '--include=*.html', '--exclude=*', `${dist}/`],
    `releases/${current}/`,
    t.limits.uploadTimeout,
  );
  if (run.status !== 0)
    throw new ReleaseError(`${t.name}: could not compare with the live release: ${lastLine(run.stderr)}`);
  const out: PageChanges = { added: [], removed: [], changed: [], live: 0 };
  for (const line of run.stdout.split('\n')) {
    const [, code = '', file = ''] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    if (!file.endsWith('.html')) continue;
    if (code === '*deleting') out.removed.push(file);
    else if (code.startsWith('>f+++')) out.added.push(file);
    else if (code.startsWith('>f')) out.changed.push(file);
  }
  out.live = Number(t.sh(`find ${quote(`releases/${current}/`)} -name '*.html' | wc -l`).trim());
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

/** An upload's failure in words an administrator acts on. */
function uploadFailure(t: Target, stderr: string): ReleaseError {
  const why = /No space left on device/i.test(stderr)
    ? 'the disk is full (No space left on device)'
    : lastLine(stderr) || 'rsync failed';
  return new ReleaseError(`${t.name}: the upload failed: ${why}`);
}

/**
 * Copy a build to a target as release `id`: written as `<id>.partial`, given the hashed files of
 * the live release that it has not (listed in that release's `.assets`), renamed when complete. A
 * failed upload takes its partial folder away again.
 */
export function upload(
  dist: string,
  t: Target,
  id: string,
  current: string | undefined,
  options: { bwlimit?: string } = {},
) {
  const partial = `releases/${id}${partialSuffix}`;
  const removePartial = () => {
    try {
      t.sh(`rm -rf ${quote(partial)}`);
    } catch {
      // The server stopped answering: the next deploy removes it (it finds no deploy holding it).
    }
  };
  t.sh(`mkdir -p releases && rm -rf ${quote(partial)}`);
  // Files the live release has byte for byte are hard-linked, not copied again: compared by content
  // (-c), and without keeping times (-a less -t), since every build writes new times and rsync links
  // only files whose kept attributes match. Symbolic links are never in a build (the deploy refuses
  // them); --safe-links drops any that would point outside.
  const linkDest = current ? [`--link-dest=../${current}/`, '-c'] : [];
  const run = t.rsync(
    [
      '-rlpgoD',
      '-H',
      '--safe-links',
      ...linkDest,
      ...(options.bwlimit ? [`--bwlimit=${options.bwlimit}`] : []),
      `${dist}/`,
    ],
    `${partial}/`,
    t.limits.uploadTimeout,
  );
  if (run.status !== 0) {
    removePartial();
    throw uploadFailure(t, run.stderr);
  }
  const own = `(cd ${quote(partial)} && find ${hashedFolders.join(' ')} -type f 2>/dev/null > .assets || true)`;
  const carry = current ? ` && ${carryCommand(current, partial)}` : '';
  try {
    t.sh(`${own}${carry} && mv -T ${quote(partial)} ${quote(`releases/${id}`)}`);
  } catch (e) {
    removePartial();
    throw uploadFailure(t, (e as Error).message);
  }
}

/**
 * The hashed files (stylesheets, scripts, pictures) of release `from` that `into` lacks, hard-linked
 * into it: a page of `from` still open in a browser finds them after `into` goes live.
 */
export const carryCommand = (from: string, into: string) =>
  `if [ -f ${quote(`releases/${from}/.assets`)} ]; then rsync -a --ignore-existing --link-dest=${quote(`../${from}/`)} --files-from=${quote(`releases/${from}/.assets`)} ${quote(`releases/${from}/`)} ${quote(into)}/; fi`;

/** Make `id` live: `previous` moves to the live release, then `current` to the new one, each in one step. */
export function switchTo(t: Target, id: string, before: Pick<TargetState, 'current'>) {
  if (before.current) t.sh(pointCommand('previous', before.current));
  t.sh(pointCommand('current', id));
}

/** Remove uploads left by deploys that stopped (none is running: this deploy holds the lock). */
export function removeLeftovers(t: Target, state: TargetState) {
  const gone = [...state.partial.map((p) => quote(`releases/${p}`)), `releases/${trash}*`];
  t.sh(`rm -rf ${gone.join(' ')} 2>/dev/null || true`);
}

/**
 * Delete releases beyond the newest `keep` (never `current` or `previous`). A release that cannot
 * be removed is reported, not fatal: the new release is live by then.
 */
export function prune(t: Target, keep: number): { gone: string[]; failed: string[] } {
  const r = releasesOn(t);
  const kept = new Set([...r.all.slice(-keep), r.current, r.previous]);
  const old = r.all.filter((x) => !kept.has(x));
  const gone: string[] = [];
  const failed: string[] = [];
  // Renamed out of the list first (one step), then removed: a release that cannot be removed
  // whole is never left half there as a release to roll back to.
  for (const x of old) {
    try {
      t.sh(
        `mv -T ${quote(`releases/${x}`)} ${quote(`releases/${trash}${x}`)} && rm -rf ${quote(`releases/${trash}${x}`)}`,
      );
      gone.push(x);
    } catch {
      failed.push(x);
    }
  }
  return { gone, failed };
}

/** The prefix of a release being removed (hidden, so never listed as a release). */
export const trash = '.removing-';

/**
 * A site served before these releases, taken in as the oldest release so the shrink guard counts
 * its pages and a rollback can return to it: `current` as a folder is moved under releases/ and
 * linked (the one moment without a site, a rename and a link, happens once); `current` as a link
 * to a folder elsewhere is copied, the folder left as it was. Returns the release's id, if any.
 */
export function adoptExisting(t: Target): { id: string; from: string } | undefined {
  const found = t
    .sh(
      'if [ -L current ]; then l=$(readlink current); case "$l" in releases/*) echo release;; *) echo "link $l";; esac; elif [ -d current ]; then echo folder; else echo none; fi',
    )
    .trim();
  if (found === 'release' || found === 'none') return undefined;
  const id = releaseId(new Date(), 'adopted');
  const into = `releases/${id}`;
  if (found === 'folder') {
    t.sh(`mkdir -p releases && mv -T current ${quote(into)} && ln -s ${quote(into)} current`);
    return { id, from: 'current (a folder)' };
  }
  const from = found.slice('link '.length);
  const partial = `${into}${partialSuffix}`;
  t.sh(
    `rm -rf ${quote(partial)} && mkdir -p ${quote(partial)} && cp -a ${quote(`${from}/.`)} ${quote(`${partial}/`)} && mv -T ${quote(partial)} ${quote(into)} && ${pointCommand('current', id)}`,
  );
  return { id, from };
}
