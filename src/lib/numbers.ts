import { agency } from './agency';
// What a reader must see unbroken: the hotline (1800-2525), standard and order numbers (MNS ISO
// 9001:2016, А/384) and each number with its word ("2020 оны", "12 дугаар", "сарын 25", "291
// дүгээр", "No. 291", "23 January"). A whole date is not one piece: at 200% text size on a phone a
// date wider than the line must wrap between its pairs rather than push the page sideways.
// Pages mark the pieces where they write text (KeepNumbers.astro, rehype-keep-numbers.ts); the
// search page marks its results in the browser (src/client/kept-text.ts), all with these rules.

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const pieces = [
  // Phone numbers such as 1800-2525.
  /\b\d{4}-\d{4}\b/,
  // Standards and technical regulations: MNS 5380-2:2004, MNS ISO 9001:2016, MNS IEC 60335-2-24, MNTR 1:2008.
  /\b(?:MNS(?: (?:ISO|IEC))?|MNTR|ISO|IEC) ?\d+(?:-\d+)*(?: ?: ?\d{4})?/,
  // Orders: А/384 (Cyrillic or Latin A).
  /[АA]\/\d+/,
  // A number and the word after it: years, ordinals ("2020 оны", "12 дугаар", "291 дүгээр").
  /\d+ (?:оны|онд|оноос|он|дугаар|дүгээр|дахь|дэх)(?!\p{L})/u,
  // A number with a suffix after a hyphen: "1-р", "2019-нд".
  /\d+-\p{Script=Cyrillic}+/u,
  // A word and the number after it: "сарын 25", "No. 291", "№ 291".
  /(?:сарын|No\.?|№) ?\d+/,
  // English days: "23 January", "January 23".
  new RegExp(`\\b\\d{1,2} (?:${months})\\b|\\b(?:${months}) \\d{1,2}(?!\\d)`),
];

/** Every piece as one pattern (flags `gu`), for a test that finds them in a browser. */
export const keptPattern = pieces.map((p) => p.source).join('|');
const kept = new RegExp(keptPattern, 'gu');

export interface TextPart {
  text: string;
  /** Shown on one line. */
  whole: boolean;
}

/**
 * Text cut into plain parts and the pieces to keep on one line. Only a piece with a place a line
 * could break (a space, hyphen or slash) is a part of its own.
 */
export function keptParts(text: string): TextPart[] {
  const out: TextPart[] = [];
  let last = 0;
  for (const m of text.matchAll(kept)) {
    if (!/[ \-/]/.test(m[0])) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index), whole: false });
    out.push({ text: m[0], whole: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last), whole: false });
  return out;
}

/** The class that keeps a piece on one line (src/styles/global.css). */
export const keptClass = 'nowrap';

/**
 * Where a kept piece can be acted on: the hotline's number, wherever it stands in text, is a
 * tap-to-call link (undefined for any other piece). Not inside a link: the text around it decides.
 */
export const callHref = (piece: string): string | undefined =>
  piece === agency.hotline.display ? agency.hotline.tel : undefined;

/** A run of text, marked (a search match) or not. */
export interface Run {
  text: string;
  mark: boolean;
}

/**
 * Runs of text (a search excerpt with its matches marked) grouped into the parts of
 * `keptParts`: a run that crosses a part's edge is split there, so a piece stays whole even when
 * only its word is a match ("291 <mark>дүгээр</mark>").
 */
export function keptRuns(runs: Run[]): { whole: boolean; runs: Run[] }[] {
  const parts = keptParts(runs.map((r) => r.text).join(''));
  const out: { whole: boolean; runs: Run[] }[] = [];
  let at = 0;
  let offset = 0; // how far into runs[at] the text was taken already
  for (const part of parts) {
    const group: Run[] = [];
    let need = part.text.length;
    while (need > 0) {
      const run = runs[at];
      const take = Math.min(need, run.text.length - offset);
      if (take > 0) group.push({ text: run.text.slice(offset, offset + take), mark: run.mark });
      offset += take;
      need -= take;
      if (offset === run.text.length) [at, offset] = [at + 1, 0];
    }
    out.push({ whole: part.whole, runs: group });
  }
  return out;
}
