// npm run rollback -- --target <dir | user@host:/path> [--target …] [--ssh "ssh -i key"]: make the
// release before the live one live again, in one step on each target (docs/deploy.md).
import { releaseCli } from './lib/releases/cli';
import { pointCommand, releasesOn } from './lib/releases/state';
import { ReleaseError } from './lib/releases/target';

await releaseCli({}, async ({ targets, lockAll }) => {
  await lockAll();
  const plans = targets.map((t) => {
    const r = releasesOn(t);
    // The release that was live before (`previous`), else the one before by date.
    const at = r.current ? r.all.indexOf(r.current) : -1;
    const to =
      r.previous && r.previous !== r.current && r.all.includes(r.previous) ? r.previous : r.all[at - 1];
    if (!r.current || !to)
      throw new ReleaseError(
        `${t.name}: there is no release before ${r.current ?? '(none live)'} to go back to.`,
      );
    return { t, from: r.current, to };
  });
  for (const { t, from, to } of plans) {
    // `previous` then names the release just left: a second rollback returns to it.
    t.sh(`${pointCommand('previous', from)} && ${pointCommand('current', to)}`);
    console.log(`✓ ${t.name}: ${to} is live again (was ${from})`);
  }
});
