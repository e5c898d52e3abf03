// A Latin file name from a title: the scaffold, the validator's advice and the editor use it.

// MNS 5217:2012 (../shared/FACTS.md), with ö and ü written o and u: file names are plain a-z.
export const romanization: Readonly<Record<string, string>> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'ye',
  ё: 'yo',
  ж: 'j',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: 'i',
  ы: 'y',
  ь: 'i',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** A Latin file name from a title in Mongolian or English: "Стандартын өдөр 2026" → standartyn-odor-2026. */
export function slugify(title: string, maxLength = 60): string {
  const latin = [...title.toLowerCase().normalize('NFC')].map((ch) => romanization[ch] ?? ch).join('');
  const ascii = latin.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const words = ascii.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength && slug) break;
    slug = next.slice(0, maxLength);
  }
  return slug;
}

/** A file name (without extension) as content uses it: small Latin letters and digits, joined by hyphens. */
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
