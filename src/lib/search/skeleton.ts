/**
 * A rough sound key shared by Cyrillic words and Mongolian typed in Latin letters, so that
 * "zuvlugun" and "zovlogoon" both meet "зөвлөгөөн", "hemjil" meets "хэмжил" and "utas" meets
 * "утас". Vowels people confuse collapse together (о/ө/у/ү → u; е/э → e; и/й/ы → i), х/kh/x → h,
 * ж/j/zh → j, soft and hard signs read as i (typed as i or left out), and doubled letters (long
 * vowels) count once.
 */
const fromCyrillic: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'u',
  ө: 'u',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: 'i',
  ы: 'i',
  ь: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

function fromLatin(word: string): string {
  return word
    .replace(/kh/g, 'h')
    .replace(/zh/g, 'j')
    .replace(/x/g, 'h')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/c(?!h)/g, 'ts')
    .replace(/y[eo]/g, 'e')
    .replace(/y(?![au])/g, 'i')
    .replace(/[oöü]/g, 'u');
}

export function skeleton(word: string): string {
  const lower = word.toLowerCase();
  const latin = /[а-яёөү]/.test(lower)
    ? [...lower].map((ch) => fromCyrillic[ch] ?? ch).join('')
    : fromLatin(lower);
  return latin.replace(/[^a-z0-9]/g, '').replace(/(.)\1+/g, '$1');
}
