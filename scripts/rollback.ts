// npm run rollback -- --target <dir | user@host:/path> [--target …] [--ssh "ssh -i key"]: make the
// release before the live one live again, in one step on each target.
import { parseArgs } from 'node:util';
import { pointCommand, releasesOn, target } from './lib/releases';

const { values } = parseArgs({
  options: {
    target: { type: 'string', multiple: true },
    ssh: { type: 'string', default: process.env.DEPLOY_SSH ?? 'ssh' },
  },
});
// The pipeline names its servers once: DEPLOY_TARGETS, separated by spaces.
if (!values.target?.length) values.target = process.env.DEPLOY_TARGETS?.split(/\s+/).filter(Boolean);
if (!values.target?.length) {
  console.error('✗ Name the target: --target <dir> or --target user@host:/path.');
  process.exit(1);
}
const plans = values.target.map((spec) => {
  const t = target(spec, values.ssh);
  const r = releasesOn(t);
  // The release that was live before (`previous`), else the one before by date.
  const at = r.current ? r.all.indexOf(r.current) : -1;
  const to =
    r.previous && r.previous !== r.current && r.all.includes(r.previous) ? r.previous : r.all[at - 1];
  if (!r.current || !to) {
    console.error(`✗ ${t.name}: there is no release before ${r.current ?? '(none live)'} to go back to.`);
    process.exit(1);
  }
  return { t, from: r.current, to };
});
for (const { t, from, to } of plans) {
  // `previous` then names the release just left: a second rollback returns to it.
  t.sh(`${pointCommand('previous', from)} && ${pointCommand('current', to)}`);
  console.log(`✓ ${t.name}: ${to} is live again (was ${from})`);
}
