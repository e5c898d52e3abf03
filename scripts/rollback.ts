// npm run rollback -- --target <dir | user@host:/path> [--target …] [--ssh "ssh -i key"]
//   [--to <release>] [--list] [--unpin]: make an earlier release live again, in one step on each
// target (docs/deploy.md). Without --to, the one before the live release; again, one further back.
// A rollback pins what it made live: the schedule publishes nothing until a newer commit is
// deployed or --unpin ends it.
import { bucketStamp, bucketState, purgeCdn, saveBucketState, switchBucket } from './lib/releases/bucket';
import { releaseCli } from './lib/releases/cli';
import { carryCommand } from './lib/releases/steps';
import { livePin, pinCommand, pinFile, pinOn, pointCommand, releasesOn, stampOn } from './lib/releases/state';
import { failure, say } from './lib/releases/target';

await releaseCli(
  {
    to: { type: 'string' },
    list: { type: 'boolean', default: false },
    unpin: { type: 'boolean', default: false },
  },
  async ({ values, targets, buckets, lockAll }) => {
    if (values.list) {
      for (const b of buckets) {
        const r = bucketState(b);
        console.log(`${b.name}:`);
        for (const id of [...r.releases].reverse()) {
          const marks = [
            id === r.current ? 'нийтлэгдсэн / live' : '',
            id === r.previous ? 'өмнөх / previous' : '',
            r.pin?.release === id ? 'буцаалтаар бэхэлсэн / pinned by a rollback' : '',
          ].filter(Boolean);
          console.log(`  ${id}${marks.length ? `  ← ${marks.join('; ')}` : ''}`);
        }
        if (!r.releases.length) console.log('  (хувилбар алга / no release yet)');
      }
      for (const t of targets) {
        const r = releasesOn(t);
        const pin = livePin(t, r.current);
        console.log(`${t.name}:`);
        for (const id of [...r.all].reverse()) {
          const marks = [
            id === r.current ? 'нийтлэгдсэн / live' : '',
            id === r.previous ? 'өмнөх / previous' : '',
            pin?.release === id ? 'буцаалтаар бэхэлсэн / pinned by a rollback' : '',
          ].filter(Boolean);
          console.log(`  ${id}${marks.length ? `  ← ${marks.join('; ')}` : ''}`);
        }
        if (!r.all.length) console.log('  (хувилбар алга / no release yet)');
      }
      return;
    }
    await lockAll();
    if (values.unpin) {
      for (const b of buckets) {
        const state = bucketState(b);
        saveBucketState(b, { ...state, pin: undefined });
        console.log(
          `✓ ${say(
            b.name,
            state.pin
              ? {
                  mn: `${state.pin.release} руу буцаасныг бэхлэхээ больсон; хуваарийн дагуу дахин нийтэлнэ.`,
                  en: `the rollback to ${state.pin.release} is no longer pinned; the schedule publishes again.`,
                }
              : { mn: 'бэхэлсэн зүйл байгаагүй.', en: 'nothing was pinned.' },
          )}`,
        );
      }
      for (const t of targets) {
        const had = pinOn(t);
        t.sh(`rm -f ${pinFile}`);
        console.log(
          `✓ ${say(
            t.name,
            had
              ? {
                  mn: `${had.release} руу буцаасныг бэхлэхээ больсон; хуваарийн дагуу дахин нийтэлнэ.`,
                  en: `the rollback to ${had.release} is no longer pinned; the schedule publishes again.`,
                }
              : { mn: 'бэхэлсэн зүйл байгаагүй.', en: 'nothing was pinned.' },
          )}`,
        );
      }
      return;
    }
    const choose = (name: string, r: { all: string[]; current?: string; previous?: string }) => {
      const at = r.current ? r.all.indexOf(r.current) : -1;
      let to: string | undefined;
      if (values.to !== undefined) {
        to = String(values.to);
        if (!r.all.includes(to))
          throw failure(name, {
            mn: `"${to}" гэсэн хувилбар алга (npm run rollback -- --list бүгдийг харуулна).`,
            en: `there is no release "${to}" (npm run rollback -- --list shows them).`,
          });
      } else
        to =
          r.previous && r.previous !== r.current && r.all.includes(r.previous) ? r.previous : r.all[at - 1];
      if (!r.current || !to || to === r.current)
        throw failure(
          name,
          to === r.current && to
            ? { mn: `${to} аль хэдийн нийтлэгдсэн байна.`, en: `${to} is live already.` }
            : r.current
              ? {
                  mn: `${r.current}-с өмнөх буцах хувилбар алга.`,
                  en: `there is no release before ${r.current} to go back to.`,
                }
              : {
                  mn: 'нийтлэгдсэн хувилбар алга, буцах зүйлгүй.',
                  en: 'no release is live, so there is nothing to go back from.',
                },
        );
      // What a further rollback returns to: the release before this one by date.
      return { from: r.current, to, before: r.all[r.all.indexOf(to) - 1] as string | undefined };
    };
    const bucketPlans = buckets.map((b) => {
      const state = bucketState(b);
      const chosen = choose(b.name, {
        all: state.releases,
        current: state.current,
        previous: state.previous,
      });
      const left = bucketStamp<{ commit?: string }>(b, chosen.from)?.commit ?? '';
      return { b, state, left, ...chosen };
    });
    const plans = targets.map((t) => {
      const r = releasesOn(t);
      const chosen = choose(t.name, r);
      const left = stampOn<{ commit?: string }>(t, chosen.from)?.commit ?? '';
      return { t, left, ...chosen };
    });
    for (const { t, from, to, before, left } of plans) {
      const pin = { release: to, left: from, leftCommit: left, at: new Date().toISOString() };
      t.sh(
        [
          // Pages of the release left, still open in browsers, keep their stylesheets.
          carryCommand(from, `releases/${to}`),
          before ? pointCommand('previous', before) : 'rm -f previous',
          pointCommand('current', to),
          pinCommand(pin),
        ].join(' && '),
      );
      console.log(
        `✓ ${say(t.name, {
          mn: `${to} дахин нийтлэгдлээ (${from}-г орлов); бэхэлсэн: шинэ коммит нийтлэх эсвэл npm run rollback -- --unpin хүртэл хуваарь юу ч нийтлэхгүй.`,
          en: `${to} is live again (was ${from}); pinned: the schedule publishes nothing until a newer commit is deployed or npm run rollback -- --unpin.`,
        })}`,
      );
    }
    for (const { b, state, from, to, before, left } of bucketPlans) {
      const pin = { release: to, left: from, leftCommit: left, at: new Date().toISOString() };
      const changed = await switchBucket(b, to, state, { previous: before, pin });
      purgeCdn(b, changed);
      console.log(
        `✓ ${say(b.name, {
          mn: `${to} дахин нийтлэгдлээ (${from}-г орлов); бэхэлсэн: шинэ коммит нийтлэх эсвэл npm run rollback -- --unpin хүртэл хуваарь юу ч нийтлэхгүй.`,
          en: `${to} is live again (was ${from}); pinned: the schedule publishes nothing until a newer commit is deployed or npm run rollback -- --unpin.`,
        })}`,
      );
    }
  },
);
