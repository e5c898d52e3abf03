// npm run due -- --target <dir | user@host:/path> [--ssh "ssh -i key"]: whether the live site needs a
// new release: the branch moved since it was built, or a scheduled item has become due (00:00 in
// Ulaanbaatar on its date). Exit 0: publish; 1: nothing to do; 2: the check itself failed. Cheap:
// it reads the live release's stamp and the content's front matter, and builds nothing.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { CONTENT_ROOT, SITE_NOW } from '../site.config.mjs';
import { becameDue, datedItems, nextScheduled } from './lib/content-dates';
import { releaseCli } from './lib/releases/cli';
import { pinOn, releasesOn } from './lib/releases/state';

await releaseCli(
  {},
  ({ targets }) => {
    // Every server is read: a deploy whose switch failed half-way leaves them serving different
    // releases, and the next run mends that.
    const lives = targets.map((t) => ({ t, current: releasesOn(t).current }));
    if (new Set(lives.map((l) => l.current ?? '')).size > 1) {
      console.log(
        `due: the servers serve different releases (${lives.map((l) => `${l.t.name}: ${l.current ?? 'nothing'}`).join(', ')}); publishing puts them on one`,
      );
      process.exit(0);
    }
    const t = targets[0];
    const text = t.sh('cat current/.release.json 2>/dev/null || true');
    const live: { commit: string; builtFor: string } | undefined = text.trim() ? JSON.parse(text) : undefined;
    // A rollback pinned the live release: nothing is published over it until it is ended.
    const pin = pinOn(t);
    const current = lives[0].current;
    if (pin && pin.release === current) {
      console.log(
        `due: the live release ${current} is pinned by a rollback (${pin.at}); nothing is published until a newer commit is deployed or npm run rollback -- --unpin`,
      );
      process.exit(1);
    }
    if (!live) {
      console.log('due: nothing is live yet');
      process.exit(0);
    }
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
    if (head && head !== live.commit) {
      console.log(
        `due: the branch moved (live ${live.commit.slice(0, 8) || '—'}, branch ${head.slice(0, 8)})`,
      );
      process.exit(0);
    }
    const items = datedItems(process.cwd(), resolve(CONTENT_ROOT));
    const due = becameDue(items, new Date(live.builtFor), SITE_NOW);
    if (due.length) {
      console.log(
        `due: ${due.length} scheduled item(s) became due: ${due.map((i) => `${i.file} (${i.day})`).join(', ')}`,
      );
      process.exit(0);
    }
    const next = nextScheduled(items, SITE_NOW);
    console.log(`nothing to publish${next ? `; next scheduled: ${next.day} (${next.file})` : ''}`);
    process.exit(1);
  },
  { failure: 2 },
);
