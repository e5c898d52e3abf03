// npm run check:content — check every content file without building; prints every problem in
// Mongolian and English and exits 1 if there is any (a warning alone does not), then what will
// not be published yet (drafts, scheduled items). The build prints the same messages
// (src/integrations/content-validation.ts).
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT, SITE_NOW } from '../site.config.mjs';
import { contentReport } from '../src/lib/validate/index';
import { formatProblems } from '../src/lib/validate/report';

const root = fileURLToPath(new URL('..', import.meta.url));
const { problems, unpublished } = contentReport(root, { contentRoot: CONTENT_ROOT, now: SITE_NOW });
const report = formatProblems(problems, 'check', unpublished);
// Warnings are told, and stop nothing.
if (problems.some((p) => !p.warning)) {
  console.error(report);
  process.exit(1);
}
console.log(report);
