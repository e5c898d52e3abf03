// npm run due -- --target <dir | user@host:/path> [--ssh "ssh -i key"]: whether the live site needs a
// new release: the branch moved since it was built, or a scheduled item has become due (00:00 in
// Ulaanbaatar on its date). Exit 0: publish; 1: nothing to do; 2: the check itself failed. Cheap:
// it reads the live release's stamp and the content's front matter, and builds nothing.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { CONTENT_ROOT, SITE_NOW } from '../site.config.mjs';
import { becameDue, datedItems, nextScheduled } from './lib/content-dates';
import { bucketStamp, bucketState } from './lib/releases/bucket';
import { releaseCli } from './lib/releases/cli';
import { livePin, releasesOn } from './lib/releases/state';
import { say, type Said } from './lib/releases/target';

const tell = (said: Said) => console.log(`due: ${say(undefined, said)}`);

await releaseCli(
  {},
  ({ targets, buckets }) => {
    // Every server and bucket is read: a deploy whose switch failed half-way leaves them serving
    // different releases, and the next run mends that.
    const bucketStates = buckets.map((b) => bucketState(b));
    const lives = [
      ...targets.map((t) => ({ name: t.name, current: releasesOn(t).current })),
      ...buckets.map((b, i) => ({ name: b.name, current: bucketStates[i].current })),
    ];
    if (new Set(lives.map((l) => l.current ?? '')).size > 1) {
      const who = lives.map((l) => `${l.name}: ${l.current ?? '—'}`).join(', ');
      tell({
        mn: `серверүүд өөр өөр хувилбар үйлчилж байна (${who}); нийтлэхэд нэг болно.`,
        en: `the servers serve different releases (${who}); publishing puts them on one.`,
      });
      process.exit(0);
    }
    // The live release's stamp and a rollback's pin: from the first host, else the first bucket.
    const t = targets[0];
    const current = lives[0].current;
    let live: { commit: string; builtFor: string } | undefined;
    let pin: { at: string } | undefined;
    if (t) {
      const text = t.sh('cat current/.release.json 2>/dev/null || true');
      live = text.trim() ? JSON.parse(text) : undefined;
      pin = livePin(t, current);
    } else {
      live = current ? bucketStamp(buckets[0], current) : undefined;
      pin = bucketStates[0].pin?.release === current ? bucketStates[0].pin : undefined;
    }
    // A rollback pinned the live release: nothing is published over it until it is ended.
    if (pin) {
      tell({
        mn: `нийтлэгдсэн ${current} хувилбарыг буцаалтаар бэхэлсэн (${pin.at}); шинэ коммит нийтлэх эсвэл npm run rollback -- --unpin хүртэл юу ч нийтлэхгүй.`,
        en: `the live release ${current} is pinned by a rollback (${pin.at}); nothing is published until a newer commit is deployed or npm run rollback -- --unpin.`,
      });
      process.exit(1);
    }
    if (!live) {
      tell({ mn: 'одоогоор юу ч нийтлэгдээгүй.', en: 'nothing is live yet.' });
      process.exit(0);
    }
    const head = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
    if (head && head !== live.commit) {
      const was = live.commit.slice(0, 8) || '—';
      tell({
        mn: `салбар урагшилсан (нийтлэгдсэн ${was}, салбар ${head.slice(0, 8)}).`,
        en: `the branch moved (live ${was}, branch ${head.slice(0, 8)}).`,
      });
      process.exit(0);
    }
    const items = datedItems(process.cwd(), resolve(CONTENT_ROOT));
    const due = becameDue(items, new Date(live.builtFor), SITE_NOW);
    if (due.length) {
      const items = due.map((i) => `${i.file} (${i.day})`).join(', ');
      tell({
        mn: `товлосон ${due.length} зүйлийн өдөр болсон: ${items}.`,
        en: `${due.length} scheduled item${due.length === 1 ? '' : 's'} became due: ${items}.`,
      });
      process.exit(0);
    }
    const next = nextScheduled(items, SITE_NOW);
    tell(
      next
        ? {
            mn: `нийтлэх зүйл алга; дараагийн товлосон: ${next.day} (${next.file}).`,
            en: `nothing to publish; next scheduled: ${next.day} (${next.file}).`,
          }
        : { mn: 'нийтлэх зүйл алга.', en: 'nothing to publish.' },
    );
    process.exit(1);
  },
  { failure: 2 },
);
