/**
 * Questions as people type them ("жин хэмжүүр хаана шалгуулах вэ", "where do I check my scale"):
 * the question words and particles carry no subject, and a page rarely has them, so they are left
 * out of the search. When all the words together find nothing, the page searches the best part
 * of them and says which words it used.
 */

/** Question words, particles and pronouns that say how something is asked, not what about. */
export const questionWords: Record<'mn' | 'en', ReadonlySet<string>> = {
  mn: new Set(
    [
      'хаана',
      'хаанаас',
      'хаашаа',
      'хаа',
      'яаж',
      'хэрхэн',
      'яах',
      'яагаад',
      'юу',
      'юуг',
      'юунд',
      'юугаар',
      'юуны',
      'ямар',
      'ямраар',
      'хэзээ',
      'хэн',
      'хэнд',
      'хэнээс',
      'хэний',
      'хэд',
      'хэдэн',
      'хэдээр',
      'аль',
      'вэ',
      'бэ',
      'уу',
      'үү',
      'юү',
      'бол',
      'би',
      'миний',
      'надад',
      'бид',
      'манай',
      'вэ?',
      'талаар',
      'тухай',
      'байна',
      'байдаг',
      'болох',
      'болов',
      'юм',
      'нь',
      'ба',
      'болон',
      'гэж',
      'хийх',
      'хийлгэх',
      // the same typed in Latin letters on a phone
      'haana',
      'khaana',
      'yaaj',
      'herhen',
      'kherkhen',
      'yu',
      'yuu',
      'hezee',
      'khezee',
      'hen',
      'hed',
      'heden',
      've',
      'be',
      'uu',
      'yamar',
      'ymar',
    ].map((w) => w.normalize('NFC')),
  ),
  en: new Set([
    'where',
    'how',
    'what',
    'which',
    'who',
    'whom',
    'when',
    'why',
    'do',
    'does',
    'did',
    'can',
    'could',
    'should',
    'i',
    'my',
    'me',
    'we',
    'our',
    'you',
    'is',
    'are',
    'the',
    'a',
    'an',
    'to',
    'of',
    'for',
    'get',
    'about',
  ]),
};

/**
 * The words of a tidied query that say what it is about: question words and particles left out,
 * unless nothing else would be left (then the query is searched as it is).
 */
export function subjectWords(query: string): string {
  const words = query.split(' ').filter(Boolean);
  // Either language's, whatever the page's: a Latin query on the Mongolian pages may be English.
  const drop = (w: string) => questionWords.mn.has(w) || questionWords.en.has(w);
  const kept = words.filter((w) => !drop(w));
  return (kept.length ? kept : words).join(' ');
}

/**
 * The parts of a query to try when all its words together find nothing: one word fewer first
 * (each word left out in turn, earlier words kept first), then two fewer, down to single words;
 * at most `max` of them.
 */
export function wordSubsets(query: string, max = 6): string[] {
  const words = query.split(' ').filter(Boolean);
  const out: string[] = [];
  for (let size = words.length - 1; size >= 1 && out.length < max; size--) {
    for (const picked of combinations(words.length, size)) {
      out.push(picked.map((i) => words[i]).join(' '));
      if (out.length >= max) break;
    }
  }
  return out;
}

/** Index sets of `size` out of `n`, those that keep the earlier indexes first. */
function combinations(n: number, size: number): number[][] {
  const out: number[][] = [];
  const walk = (start: number, picked: number[]) => {
    if (picked.length === size) return void out.push(picked);
    for (let i = start; i < n; i++) walk(i + 1, [...picked, i]);
  };
  walk(0, []);
  return out;
}
