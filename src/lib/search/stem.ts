/**
 * Mongolian attaches case and other endings to the stem ("стандарт" → "стандартын",
 * "стандартаар"), and Pagefind has no Mongolian stemmer. These are the endings removed to find
 * the stem, longest first; the search then matches the stem as a prefix, which finds every form.
 */
const endings = [
  // a derivational ending of the sector's words ("стандартчилал")
  'чилал',
  'члал',
  // verbs: the causative with the infinitive and other forms ("шалгуулах" → шалг-, which finds
  // "шалгах", "шалгалт"; "батлуулах" → батл-), then the infinitive, the present, past and
  // habitual forms, and nouns made from verbs
  'уулсан',
  'үүлсэн',
  'уулах',
  'үүлэх',
  'уулна',
  'үүлнэ',
  'уулж',
  'үүлж',
  'лгах',
  'лгэх',
  'сан',
  'сэн',
  'сон',
  'даг',
  'дэг',
  'дог',
  'ах',
  'эх',
  'ох',
  'өх',
  'на',
  'нэ',
  // ablative, instrumental, comitative, directive, with reflexive -аа
  'наасаа',
  'нээсээ',
  'аасаа',
  'ээсээ',
  'наас',
  'нээс',
  'ноос',
  'нөөс',
  'гаас',
  'гээс',
  'аас',
  'ээс',
  'оос',
  'өөс',
  'иас',
  'иос',
  'гаар',
  'гээр',
  'аар',
  'ээр',
  'оор',
  'өөр',
  'иар',
  'иор',
  'тайгаа',
  'тэйгээ',
  'тай',
  'тэй',
  'той',
  'руу',
  'рүү',
  'луу',
  'лүү',
  // genitive, accusative, dative-locative, plural
  'нуудын',
  'нүүдийн',
  'уудын',
  'үүдийн',
  'нууд',
  'нүүд',
  'ууд',
  'үүд',
  'гийн',
  'ийн',
  'ын',
  'ний',
  'ны',
  'ий',
  'ийг',
  'ыг',
  'ийгээ',
  'ыгаа',
  'даа',
  'дээ',
  'доо',
  'дөө',
  'таа',
  'тээ',
  'тоо',
  'төө',
  'нд',
  'д',
  'т',
  'г',
  'н',
];

/** Shortest stem worth searching: shorter ones match too many words. */
const minStemLength = 3;

export const vowels = 'аэиоуөүяеёюы';

/**
 * Possible stems of a Cyrillic word, longest first, the word itself excluded. `minEnding` skips
 * endings shorter than that (one-letter endings are often just the word's last letter).
 */
export function stems(word: string, minEnding = 1): string[] {
  const out: string[] = [];
  for (const ending of endings) {
    if (ending.length < minEnding) continue;
    if (word.length - ending.length >= minStemLength && word.endsWith(ending)) {
      const stem = word.slice(0, -ending.length);
      out.push(stem);
      // A vowel drops before some endings (утас → утсаар): put each back between the last two consonants.
      const [a, b] = [stem.at(-2) ?? '', stem.at(-1) ?? ''];
      if (a && b && !vowels.includes(a) && !vowels.includes(b)) {
        for (const v of 'аэоө') out.push(stem.slice(0, -1) + v + b);
      }
    }
  }
  return [...new Set(out)].sort((x, y) => y.length - x.length);
}

/**
 * Endings of Mongolian typed in Latin letters, as people spell them on phones (genitive "-iin",
 * "-ny", "-nii"; accusative "-iig", "-g"; instrumental "-aar"; ablative "-aas"; comitative "-tai";
 * dative "-d"; verb forms "-uulah", "-lah", "-san", "-dag"; the adjective "-n"), longest first.
 */
const latinEndings = [
  'uulakh',
  'uulah',
  'uulsan',
  'ruugaa',
  'iinhaa',
  'lakh',
  'lah',
  'leh',
  'akh',
  'ah',
  'eh',
  'oh',
  'uh',
  'san',
  'sen',
  'son',
  'dag',
  'deg',
  'dog',
  'niig',
  'iigaa',
  'iigee',
  'gaa',
  'gee',
  'goo',
  'iin',
  'nii',
  'iig',
  'aar',
  'oor',
  'eer',
  'uur',
  'aas',
  'ees',
  'oos',
  'uus',
  'tai',
  'tei',
  'toi',
  'ruu',
  'ny',
  'yn',
  'ig',
  'ii',
  'aa',
  'ee',
  'oo',
  'g',
  'd',
  't',
  'n',
].sort((a, b) => b.length - a.length);

/** Possible stems of a Mongolian word typed in Latin letters, longest first, the word itself excluded. */
export function latinStems(word: string): string[] {
  const out = latinEndings
    .filter((e) => word.length - e.length >= minStemLength && word.endsWith(e))
    .map((e) => word.slice(0, -e.length));
  return [...new Set(out)].sort((x, y) => y.length - x.length);
}
