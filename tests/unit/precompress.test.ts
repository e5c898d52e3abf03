import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { linkPagefindData, precompress } from '../../src/integrations/precompress';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'masm-precompress-'));
  dirs.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const page = (words: string) => `<!doctype html><p>${words.repeat(200)}</p>`;

describe('precompress in two passes (before and after the search index)', () => {
  it('compresses in the second pass only what is new or was rewritten since the first', async () => {
    const dir = site({ 'a.html': page('стандарт '), 'b.html': page('хэмжил '), 'c.png': 'x' });
    const first = await precompress(dir);
    expect([...first.compressed.keys()].sort()).toEqual([join(dir, 'a.html'), join(dir, 'b.html')]);

    // The search step rewrites one page (its filters) and writes a new file.
    writeFileSync(join(dir, 'b.html'), page('шүүлтүүр '));
    utimesSync(join(dir, 'b.html'), new Date(), new Date(Date.now() + 5000));
    writeFileSync(join(dir, 'words.json'), JSON.stringify(Array(300).fill('үйлчилгээ')));
    const second = await precompress(dir, first.compressed);

    expect([...second.compressed.keys()].sort()).toEqual([join(dir, 'b.html'), join(dir, 'words.json')]);
    for (const name of ['a.html', 'b.html', 'words.json']) {
      const original = readFileSync(join(dir, name));
      expect(gunzipSync(readFileSync(join(dir, `${name}.gz`))).equals(original), name).toBe(true);
      // The copy keeps the original's time (to the millisecond: utimes takes a Date).
      const time = (f: string) => statSync(join(dir, f)).mtimeMs;
      expect(Math.abs(time(`${name}.gz`) - time(name)), name).toBeLessThan(1);
      expect(existsSync(join(dir, `${name}.br`)), name).toBe(false);
    }
  });

  it('writes no copy that would be larger than the file', async () => {
    const dir = site({ 'tiny.txt': 'a' });
    const done = await precompress(dir);
    expect(done.gzip).toBe(0);
    expect(() => statSync(join(dir, 'tiny.txt.gz'))).toThrow();
  });
});

describe('Pagefind’s data, served as the gzip it is', () => {
  const packed = (text: string) => gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from(text)]));

  it('gives each data file a .gz with the same bytes, and nothing else one', () => {
    const dir = site({});
    mkdirSync(join(dir, 'index'));
    mkdirSync(join(dir, 'fragment'));
    const data = [
      'wasm.mn.pagefind',
      'pagefind.mn_1a2b.pf_meta',
      'index/mn_3c.pf_index',
      'fragment/mn_4d.pf_fragment',
    ];
    data.forEach((f, i) => writeFileSync(join(dir, f), packed(`data ${i}`)));
    writeFileSync(join(dir, 'pagefind.js'), 'export {};');
    writeFileSync(join(dir, 'pagefind-entry.json'), '{}');

    expect(linkPagefindData(dir)).toBe(data.length);
    for (const f of data)
      expect(readFileSync(join(dir, `${f}.gz`)).equals(readFileSync(join(dir, f))), f).toBe(true);
    for (const f of ['pagefind.js.gz', 'pagefind-entry.json.gz', 'index/mn_3c.pf_index.gz.gz'])
      expect(existsSync(join(dir, f)), f).toBe(false);
  });

  it('replaces a .gz left by an earlier build (the WebAssembly keeps its name across versions)', () => {
    const dir = site({});
    writeFileSync(join(dir, 'wasm.en.pagefind'), packed('new'));
    writeFileSync(join(dir, 'wasm.en.pagefind.gz'), packed('old'));
    linkPagefindData(dir);
    expect(gunzipSync(readFileSync(join(dir, 'wasm.en.pagefind.gz'))).toString()).toBe('pagefind_dcdnew');
  });

  it('does nothing where there is no search index', () => {
    expect(linkPagefindData(join(site({}), 'pagefind'))).toBe(0);
  });
});
