import { normalizeQuery } from './normalize';
import { stems, vowels } from './stem';

/**
 * Whether `word` is a form of `base`: one of its stems is `base`, or is `base` without the final
 * vowel that the ending dropped ("таксины" of "такси"; "дуудлагын" of "дуудлага").
 */
function isFormOf(word: string, base: string): boolean {
  return stems(word).some(
    (s) =>
      s === base ||
      (s.length >= 4 && base.length === s.length + 1 && base.startsWith(s) && vowels.includes(base.at(-1)!)),
  );
}

/** Whether two words are forms of one word ("жин", "жингийн"; not "жин", "жинхэнэ"). */
const sameWord = (a: string, b: string) => a === b || isFormOf(a, b) || isFormOf(b, a);

/** Where `phrase` occurs in `words` as a run of forms of its words, or -1. */
function findPhrase(words: string[], phrase: string[]): number {
  for (let i = 0; i + phrase.length <= words.length; i++)
    if (phrase.every((p, k) => sameWord(words[i + k], p))) return i;
  return -1;
}

/**
 * Officers' synonym groups (content/synonyms/) applied to a query: where the query holds one of a
 * group's words or phrases, in any of its forms, as whole words, a variant with each other member
 * in its place ("такси тоолуур" → "таксометр", "taxi meter"). At most `max`, in the groups' order,
 * none the query itself.
 */
export function synonymVariants(query: string, groups: readonly (readonly string[])[], max = 4): string[] {
  const q = normalizeQuery(query);
  if (!q) return [];
  const words = q.split(' ');
  const out = new Set<string>();
  for (const group of groups) {
    const members = group.map(normalizeQuery).filter(Boolean);
    // Longer phrases first: "жин хэмжүүр" is replaced whole before "жин" is.
    const found = [...members]
      .sort((a, b) => b.length - a.length)
      .map((member) => ({
        member,
        length: member.split(' ').length,
        at: findPhrase(words, member.split(' ')),
      }))
      .find((f) => f.at >= 0);
    if (!found) continue;
    for (const other of members)
      if (other !== found.member)
        out.add([...words.slice(0, found.at), other, ...words.slice(found.at + found.length)].join(' '));
  }
  out.delete(q);
  return [...out].slice(0, max);
}
