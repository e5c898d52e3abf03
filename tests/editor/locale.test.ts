import { describe, expect, it } from 'vitest';
// Decap's own English phrases, as the installed version has them.
import en from 'decap-cms-locales/src/en/index.js';
import { localeMn } from '../../src/admin/locale-mn';

type Tree = { [k: string]: string | Tree };
/** Every phrase's dotted key, with the %{placeholders} its text uses (Mongolian needs no plural forms). */
function phrases(tree: Tree, path: string[] = []): [string, string[]][] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string'
      ? [
          [[...path, k].join('.'), [...new Set([...v.matchAll(/%\{(\w+)\}/g)].map((m) => m[1]))].sort()] as [
            string,
            string[],
          ],
        ]
      : phrases(v, [...path, k]),
  );
}

describe('the editor in Mongolian', () => {
  const ours = new Map(phrases(localeMn as Tree));
  const theirs = phrases(en as Tree);

  it('has every phrase Decap has (an update that adds one fails here, not in front of an officer)', () => {
    expect(theirs.length).toBeGreaterThan(100);
    expect(theirs.map(([k]) => k).filter((k) => !ours.has(k))).toEqual([]);
  });

  it("keeps each phrase's placeholders, so no value goes missing from a sentence", () => {
    const lost = theirs.filter(([k, names]) => ours.has(k) && ours.get(k)!.join() !== names.join());
    expect(lost.map(([k]) => k)).toEqual([]);
  });

  it('says nothing in English where Decap would (a phrase left untranslated)', () => {
    const english = phrases(en as Tree);
    const same = english.filter(([k]) => {
      const get = (t: Tree) => k.split('.').reduce<any>((n, p) => n?.[p], t);
      const text = get(en as Tree) as string;
      // A name stays a name.
      if (text === 'Markdown') return false;
      return /[a-z]{4,}/i.test(text.replace(/%\{\w+\}/g, '')) && get(localeMn as Tree) === text;
    });
    expect(same.map(([k]) => k)).toEqual([]);
  });
});
