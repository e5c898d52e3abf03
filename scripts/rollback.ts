// npm run rollback -- --target <dir | user@host:/path> [--target …] [--ssh "ssh -i key"]
//   [--to <release>] [--list] [--unpin]: make an earlier release live again, in one step on each
// target (docs/deploy.md). Without --to, the one before the live release; again, one further back.
// A rollback pins what it made live: the schedule publishes nothing until a newer commit is
// deployed or --unpin ends it.
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
  async ({ values, targets, lockAll }) => {
    if (values.list) {
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
    const plans = targets.map((t) => {
      const r = releasesOn(t);
      const at = r.current ? r.all.indexOf(r.current) : -1;
      let to: string | undefined;
      if (values.to !== undefined) {
        to = String(values.to);
        if (!r.all.includes(to))
          throw failure(t.name, {
            mn: `"${to}" гэсэн хувилбар алга (npm run rollback -- --list бүгдийг харуулна).`,
            en: `there is no release "${to}" (npm run rollback -- --list shows them).`,
          });
      } else {
        // The release named `previous` (the one live before), else the one before by date.
        to =
          r.previous && r.previous !== r.current && r.all.includes(r.previous) ? r.previous : r.all[at - 1];
      }
      if (!r.current || !to || to === r.current)
        throw failure(
          t.name,
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
      const before = r.all[r.all.indexOf(to) - 1];
      const left = stampOn<{ commit?: string }>(t, r.current)?.commit ?? '';
      return { t, from: r.current, to, before, left };
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
  },
);
