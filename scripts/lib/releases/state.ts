import { quote, type Target } from './target';

// Releases on a server: <dir>/releases/<id>/ holds each published build, <dir>/current is a
// symbolic link to the live one (nginx serves it), <dir>/previous to the one live before it. A
// switch is one rename(2) of a new link over `current`: a request sees one release or the other.
// An upload in progress is <dir>/releases/<id>.partial/, renamed to <id>/ when complete.

/** A release id: the time to the millisecond (so ids sort by it) and the commit it was built from. */
export const releaseId = (at: Date, commit: string) =>
  `${at.toISOString().replace(/[-:.]/g, '')}-${commit.slice(0, 8) || 'nocommit'}`;

export const partialSuffix = '.partial';

export interface TargetState {
  /** Complete releases, oldest first. */
  all: string[];
  /** Uploads that never finished (a deploy that stopped). */
  partial: string[];
  current?: string;
  previous?: string;
}

/** What a target holds now: one call, one round trip. */
export function releasesOn(t: Target): TargetState {
  const out = t.sh(
    [
      'if [ -d releases ]; then for r in releases/*; do [ -e "$r" ] && echo "release ${r#releases/}"; done; fi',
      'for l in current previous; do if [ -L "$l" ]; then echo "$l $(readlink "$l")"; fi; done',
      'true',
    ].join('\n'),
  );
  const state: TargetState = { all: [], partial: [] };
  for (const line of out.split('\n')) {
    const [kind, ...rest] = line.split(' ');
    const value = rest.join(' ');
    if (kind === 'release') (value.endsWith(partialSuffix) ? state.partial : state.all).push(value);
    else if (kind === 'current' || kind === 'previous') state[kind] = value.replace(/^releases\//, '');
  }
  state.all.sort();
  return state;
}

/** The stamp of a release on a target, if it has one. */
export function stampOn<T>(t: Target, release: string): T | undefined {
  const text = t.sh(`cat ${quote(`releases/${release}/.release.json`)} 2>/dev/null || true`);
  try {
    return text.trim() ? (JSON.parse(text) as T) : undefined;
  } catch {
    return undefined;
  }
}

/** Point `name` at a release in one step: a new link renamed over the old one. */
export const pointCommand = (name: string, release: string) =>
  `ln -sfn ${quote(`releases/${release}`)} ${quote(`.${name}.new`)} && mv -T ${quote(`.${name}.new`)} ${quote(name)}`;

/**
 * A rollback's pin: the release it made live and the release (and commit) it left. While the live
 * release is pinned, `npm run due` publishes nothing and a deploy of the commit left is refused;
 * a deploy of another commit, or `npm run rollback -- --unpin`, ends it.
 */
export interface Pin {
  release: string;
  left: string;
  leftCommit: string;
  at: string;
}

export const pinFile = 'pinned';

/**
 * The pin that holds on a target: a rollback's, naming the release live now (`current`). A pin
 * left naming another release (a deploy went live since) holds nothing.
 */
export function livePin(t: Target, current: string | undefined): Pin | undefined {
  const pin = pinOn(t);
  return pin && current && pin.release === current ? pin : undefined;
}

/** The pin on a target, if a rollback left one. */
export function pinOn(t: Target): Pin | undefined {
  const text = t.sh(`cat ${pinFile} 2>/dev/null || true`);
  try {
    return text.trim() ? (JSON.parse(text) as Pin) : undefined;
  } catch {
    return undefined;
  }
}

/** Write a pin in one step. */
export const pinCommand = (pin: Pin) =>
  `printf '%s' ${quote(JSON.stringify(pin))} > .${pinFile}.new && mv -T .${pinFile}.new ${pinFile}`;
