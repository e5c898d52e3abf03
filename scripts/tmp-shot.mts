import { launchBrowser } from '/work/main/scripts/lib/browser';
import { serveDir } from '/work/main/scripts/lib/static-server';
const site = await serveDir('/work/main/dist');
const b = await launchBrowser();
const p = await b.context.newPage();
for (const spec of process.argv.slice(2)) {
  const [u, w, h, big, name] = spec.split('|');
  await p.setViewportSize({ width: Number(w), height: Number(h) });
  await p.goto(site.origin + u);
  if (big === '2') await p.evaluate(() => { document.documentElement.style.fontSize = '200%'; });
  await p.screenshot({ path: `/tmp/shots/${name}.png` });
}
await b.close(); await site.close();
