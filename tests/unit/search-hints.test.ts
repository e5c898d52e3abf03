import { describe, expect, it } from 'vitest';
import { hintedTag, searchHints } from '../../src/lib/search/hints';
import { searchPause } from '../../src/client/search-typing';

const entry = {
  languages: { mn: { hash: 'mn_abc', wasm: null }, en: { hash: 'en_def', wasm: 'en' } },
};

describe('the search page’s hints', () => {
  it('names what a language’s first search reads, the entry file with the tag Pagefind will ask for', () => {
    const mn = searchHints(entry, 'mn', 't1', '/search-words/manifest.json');
    expect(mn).toContain('<link rel="modulepreload" href="/pagefind/pagefind.js">');
    expect(mn).toContain('href="/pagefind/pagefind-entry.json?ts=t1" as="fetch" crossorigin');
    expect(mn).toContain('href="/pagefind/pagefind.mn_abc.pf_meta"');
    expect(mn).toContain('href="/pagefind/wasm.unknown.pagefind"');
    expect(mn).toContain('href="/search-words/manifest.json"');
    expect(searchHints(entry, 'en', 't1', '/w.json')).toContain('wasm.en.pagefind');
    expect(searchHints(entry, 'xx', 't1', '/w.json')).toBe('');
  });

  it('gives the page back the tag it hinted, and none without hints', () => {
    expect(hintedTag(['/a.css', '/pagefind/pagefind-entry.json?ts=c797878b603f'])).toBe('c797878b603f');
    expect(hintedTag(['/pagefind/pagefind.mn_abc.pf_meta'])).toBeUndefined();
  });
});

describe('the pause that says typing has stopped', () => {
  it('follows the person’s own rhythm, within bounds', () => {
    expect(searchPause([])).toBe(250);
    expect(searchPause([180, 170, 190])).toBe(252);
    // A fast typist waits less, a slow one more, never below 60 ms or above 400 ms.
    expect(searchPause([90, 100, 95])).toBeLessThan(searchPause([250, 260, 240]));
    expect(searchPause([5, 6, 4])).toBe(60);
    expect(searchPause([900, 800])).toBe(400);
    // One long gap among steady keys does not stretch it.
    expect(searchPause([180, 180, 900, 180, 180])).toBe(252);
  });
});
