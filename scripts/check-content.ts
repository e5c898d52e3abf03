// npm run check:content — check every content file without building; prints every problem in
// Mongolian and English and exits 1 if there is any.
import { fileURLToPath } from 'node:url';
import { CONTENT_ROOT } from '../site.config.mjs';
import { validateContent } from '../src/lib/validate/index';
import { formatProblems } from '../src/lib/validate/report';

const root = fileURLToPath(new URL('..', import.meta.url));
const problems = validateContent(root, { contentRoot: CONTENT_ROOT });
const report = formatProblems(problems);
if (problems.length) {
  console.error(report);
  process.exit(1);
}
console.log(report);
