// npm run bench:questions: the citizens' question set (tests/search/citizen-questions.ts) typed on
// the built site's search pages in Chromium; how often the page a person wants is first, and in
// the top three, overall and by how the question is written, with every miss and what came instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { citizenQuestions, type Question } from '../../tests/search/citizen-questions.ts';
import { launchBrowser } from '../lib/browser.ts';
import { serveDir } from '../lib/static-server.ts';

const dist = process.argv[2] ?? 'dist';
if (!existsSync(join(dist, 'search', 'index.html'))) {
  console.error(`${dist}/ has no search page: run npm run build first.`);
  process.exit(2);
}
// A question whose page the site no longer has measures nothing: the set is mended first.
const gone = [...new Set(citizenQuestions.flatMap((q) => q.want))].filter(
  (p) => !existsSync(join(dist, p, 'index.html')),
);
if (gone.length) {
  console.error(`The question set names pages the site has not: ${gone.join(' ')}`);
  process.exit(2);
}
const site = await serveDir(dist);
const browser = await launchBrowser();
const page = await browser.context.newPage();
await page.setViewportSize({ width: 390, height: 844 });

const results: { q: Question; got: string[] }[] = [];
try {
  for (const q of citizenQuestions) {
    const path = q.lang === 'mn' ? '/search/' : '/en/search/';
    await page.goto(`${site.origin}${path}?q=${encodeURIComponent(q.query)}`);
    await page.waitForFunction(() => {
      const s = document.getElementById('search-status')?.textContent ?? '';
      return s !== '' && !s.endsWith('…');
    });
    const got = await page
      .locator('#search-results > li h2 a')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    results.push({ q, got });
  }
} finally {
  await browser.close();
  await site.close();
}

const rank = ({ q, got }: { q: Question; got: string[] }) => {
  const at = got.findIndex((p) => q.want.includes(p));
  return at < 0 ? Infinity : at + 1;
};
const share = (rs: typeof results, within: number) =>
  rs.length ? `${Math.round((100 * rs.filter((r) => rank(r) <= within).length) / rs.length)}%` : '—';
const rows = (['cyrillic', 'latin', 'english'] as const).map((script) => {
  const rs = results.filter((r) => r.q.script === script);
  return { script, n: rs.length, first: share(rs, 1), top3: share(rs, 3) };
});
console.log('questions      n   first   top 3');
for (const r of [
  ...rows,
  { script: 'all', n: results.length, first: share(results, 1), top3: share(results, 3) },
])
  console.log(
    `${r.script.padEnd(10)} ${String(r.n).padStart(5)} ${r.first.padStart(7)} ${r.top3.padStart(7)}`,
  );
const misses = results.filter((r) => rank(r) > 1);
if (misses.length) console.log('\nnot first (rank: question → first three results):');
for (const r of misses)
  console.log(
    `  ${rank(r) === Infinity ? '—' : rank(r)}: ${r.q.query} [${r.q.lang}] → ${r.got.slice(0, 3).join(' ') || '(nothing)'}`,
  );
