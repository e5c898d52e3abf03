import { hintedSearchFile, isPageFile } from '../../../src/lib/search/hints';
import { spawnSync } from 'node:child_process';
import { failure, lastLine, quote, type ReleaseError, type Target } from './target';
import { partialSuffix, pointCommand, releaseId, releasesOn, type TargetState } from './state';

// The steps of a release on one target, each run while the deploy holds the target's lock.

/** Pages (HTML files) that a new build adds, removes and changes against the live release. */
export interface PageChanges {
  added: string[];
  removed: string[];
  changed: string[];
  /** Pages in the live release. */
  live: number;
  /** KB the upload writes on the server's disk: the files the live release lacks byte for byte (the rest are hard links), by 4 KB blocks, and its folders. */
  writesKb: number;
}

const blocksKb = (bytes: number) => Math.ceil(bytes / 4096) * 4;

/** What would change, by content (rsync's dry run with checksums), and what it takes on disk. */
export async function pageChanges(
  dist: string,
  t: Target,
  current: string | undefined,
): Promise<PageChanges> {
  const out: PageChanges = { added: [], removed: [], changed: [], live: 0, writesKb: 0 };
  if (!current) {
    const run = spawnSync(
      'find',
      ['.', '(', '-type', 'f', '-o', '-type', 'd', ')', '-printf', '%y %s %P\\n'],
      {
        cwd: dist,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      },
    );
    for (const line of run.stdout.split('\n')) {
      const [, kind, size, file = ''] = /^(\S) (\d+) (.*)$/.exec(line) ?? [];
      if (kind === 'd') out.writesKb += 4;
      else if (kind === 'f') out.writesKb += blocksKb(Number(size));
      if (kind === 'f' && isPageFile(file)) out.added.push(file);
    }
    return out;
  }
  const run = await t.rsync(
    ['-rnc', '--delete', '--out-format=%i %l %n', `${dist}/`],
    `releases/${current}/`,
    t.limits.uploadTimeout,
  );
  if (run.status !== 0)
    throw failure(
      t.name,
      { mn: 'Нийтлэгдсэн хувилбартай харьцуулж чадсангүй.', en: 'Could not compare with the live release.' },
      lastLine(run.stderr),
    );
  for (const line of run.stdout.split('\n')) {
    const [, code = '', size = '0', file = ''] = /^(\S+)\s+(\d+)\s+(.*)$/.exec(line) ?? [];
    if (code.startsWith('>f')) out.writesKb += blocksKb(Number(size));
    if (!isPageFile(file)) continue;
    if (code === '*deleting') out.removed.push(file);
    else if (code.startsWith('>f+++')) out.added.push(file);
    else if (code.startsWith('>f')) out.changed.push(file);
  }
  // Every folder of a release is new (hard links are for files only).
  out.writesKb +=
    4 *
    Number(spawnSync('sh', ['-c', 'find . -type d | wc -l'], { cwd: dist, encoding: 'utf8' }).stdout.trim());
  out.live = Number(
    t
      .sh(
        `find ${quote(`releases/${current}/`)} -name '*.html' ! -path '*/search/${hintedSearchFile}' | wc -l`,
      )
      .trim(),
  );
  return out;
}

/**
 * Refuse before anything is copied when the server's disk cannot hold what the upload writes
 * (with a twentieth to spare, and a megabyte for the links and the stamp).
 */
export function checkRoom(t: Target, writesKb: number) {
  const free = Number(/\n\S+\s+\d+\s+\d+\s+(\d+)/.exec(t.sh('df -Pk .'))?.[1]);
  const needs = Math.ceil(writesKb * 1.05) + 1024;
  if (!Number.isFinite(free) || free >= needs) return;
  const mb = (kb: number) => (kb / 1024).toFixed(1);
  throw failure(t.name, {
    mn: `Дискэнд зай хүрэлцэхгүй: энэ хувилбарт ${mb(needs)} MB хэрэгтэй, ${mb(free)} MB сул байна. Юу ч хуулаагүй; зай чөлөөлөөд дахин нийтэлнэ үү.`,
    en: `Not enough space on the disk: this release needs ${mb(needs)} MB, ${mb(free)} MB are free. Nothing was copied; free some space and deploy again.`,
  });
}

/** The folders of a build whose files have hashed names: a new build names new files. */
const hashedFolders = ['_astro', 'pagefind'];

/** An upload's failure in words an administrator acts on. */
function uploadFailure(t: Target, found: string): ReleaseError {
  if (/No space left on device/i.test(found))
    return failure(t.name, {
      mn: 'Файлуудыг хуулж чадсангүй: серверийн диск дүүрсэн (No space left on device).',
      en: 'The upload failed: the disk is full (No space left on device).',
    });
  if (/timeout|timed out|took longer/i.test(found))
    return failure(
      t.name,
      {
        mn: 'Файлуудыг хуулж чадсангүй: сервер хариу өгөхөө больсон.',
        en: 'The upload failed: the server stopped answering.',
      },
      lastLine(found),
    );
  return failure(
    t.name,
    { mn: 'Файлуудыг хуулж чадсангүй.', en: 'The upload failed.' },
    lastLine(found) || 'rsync failed',
  );
}

/**
 * Copy a build to a target as release `id`: written as `<id>.partial`, given the hashed files of
 * the live release that it has not (listed in that release's `.assets`), renamed when complete. A
 * failed upload takes its partial folder away again.
 */
export async function upload(
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
  const run = await t.rsync(
    [
      '-rlpgoD',
      '-H',
      '--safe-links',
      ...linkDest,
      ...(options.bwlimit ? [`--bwlimit=${options.bwlimit}`] : []),
      // Printed as it goes: the sign of life the watch in t.rsync waits for.
      '--info=progress2',
      `${dist}/`,
    ],
    `${partial}/`,
    t.limits.uploadTimeout,
    t.limits.timeout * 2,
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
    throw /No space left on device/i.test((e as Error).message) ? uploadFailure(t, (e as Error).message) : e;
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
