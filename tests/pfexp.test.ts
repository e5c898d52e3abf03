import { test } from 'vitest';
import { launchBrowser } from './gates/browser';
import { serveDir } from './gates/server';
const src = `async (qs) => {
      const pf = await import('/pagefind/pagefind.js');
      await pf.options({ excerptLength: 20 });
      const res = [];
      for (const q of qs) {
        const r = await pf.search(q);
        const data = await Promise.all(r.results.slice(0, 3).map((x) => x.data()));
        res.push(q + ' → ' + r.results.length + ': ' + data.map((d) => d.url + ' [' + d.meta.title + '] ' + JSON.stringify(d.filters) + JSON.stringify(d.meta.date) + ' ' + d.excerpt.slice(0, 80)).join(' | '));
      }
      res.push(JSON.stringify(await pf.filters()));
      return res;
    }`;
test('exp', async () => {
  const b = await launchBrowser();
  const s = await serveDir('dist');
  const page = await b.context.newPage();
  for (const [path, queries] of [
    [
      '/',
      [
        'стандарт',
        'стандартын',
        'станд',
        '1800-2525',
        '18002525',
        '1800',
        '2525',
        'iso 9001',
        '9001',
        'iso9001',
        'зөвлөгөөн',
        'ЗӨВЛӨГӨӨН',
        'зөвлө',
        'хэмжил зүй',
        'хэмжилзүйн',
        'utas',
        '46а',
        '46',
      ],
    ],
    ['/en/', ['standard', 'standards', 'metrology', 'hotline', '1800-2525', 'стандарт']],
  ] as const) {
    await page.goto(s.origin + path);
    const out = await page.evaluate(`(${src})(${JSON.stringify(queries)})`);
    console.log(path + '\n' + (out as string[]).join('\n'));
  }
  await b.close();
  await s.close();
}, 60000);
