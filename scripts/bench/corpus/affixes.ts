// A small reader for hunspell affix files (.aff): the SFX/PFX rules with their strip, add,
// continuation flags and conditions, enough to expand dictionary stems into the word forms the
// spell checker accepts. Compounding rules are left out: the corpus only needs inflected words.

type FlagMode = 'char' | 'long' | 'num';

interface AffixRule {
  kind: 'SFX' | 'PFX';
  flag: string;
  /** Whether a prefix and a suffix may apply to the same stem. */
  cross: boolean;
  strip: string;
  add: string;
  /** Flags of the affix itself: further suffixes it allows (hunspell's twofold suffixes). */
  next: string[];
  /** The condition on the stem, anchored at its end (SFX) or start (PFX). */
  condition: RegExp;
}

export interface Affixes {
  flagMode: FlagMode;
  rules: Map<string, AffixRule[]>;
  /** Flags that keep a stem or a form out of standalone words. */
  excluded: Set<string>;
}

export function splitFlags(flags: string, mode: FlagMode): string[] {
  if (!flags) return [];
  if (mode === 'long') return flags.match(/../gsu) ?? [];
  if (mode === 'num') return flags.split(',').filter(Boolean);
  return [...flags];
}

const escapeOutside = (ch: string) => ch.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
const escapeInside = (ch: string) => ch.replace(/[\\\]^[-]/g, '\\$&');

/** A hunspell condition (`.`, `[abc]`, `[^abc]`, letters) as an anchored RegExp. */
export function conditionPattern(condition: string, kind: 'SFX' | 'PFX'): RegExp {
  let source = '';
  const chars = [...condition];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (ch === '.') source += '.';
    else if (ch === '[') {
      const end = chars.indexOf(']', i + 1);
      if (end < 0) return /(?!)/; // unclosed: hunspell never matches it either
      const body = chars.slice(i + 1, end);
      const negated = body[0] === '^';
      source += `[${negated ? '^' : ''}${(negated ? body.slice(1) : body).map(escapeInside).join('')}]`;
      i = end;
    } else source += escapeOutside(ch);
  }
  return new RegExp(kind === 'SFX' ? `${source}$` : `^${source}`, 'u');
}

export function parseAffixes(text: string): Affixes {
  const affixes: Affixes = { flagMode: 'char', rules: new Map(), excluded: new Set() };
  const cross = new Map<string, boolean>();
  for (const line of text.split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f[0] === 'FLAG') {
      affixes.flagMode = f[1] === 'long' ? 'long' : f[1] === 'num' ? 'num' : 'char';
    } else if (['ONLYINCOMPOUND', 'FORBIDDENWORD', 'NEEDAFFIX', 'NOSUGGEST'].includes(f[0]) && f[1]) {
      // NOSUGGEST marks words a speller must never offer (often offensive): not for generated text.
      affixes.excluded.add(f[1]);
    } else if ((f[0] === 'SFX' || f[0] === 'PFX') && f.length === 4 && /^\d+$/.test(f[3])) {
      cross.set(`${f[0]} ${f[1]}`, f[2] === 'Y');
      affixes.rules.set(f[1], affixes.rules.get(f[1]) ?? []);
    } else if ((f[0] === 'SFX' || f[0] === 'PFX') && f.length >= 4 && cross.has(`${f[0]} ${f[1]}`)) {
      const kind = f[0];
      const [add, next = ''] = f[3].split('/');
      affixes.rules.get(f[1])!.push({
        kind,
        flag: f[1],
        cross: cross.get(`${kind} ${f[1]}`)!,
        strip: f[2] === '0' ? '' : f[2],
        add: add === '0' ? '' : add,
        next: splitFlags(next, affixes.flagMode),
        condition: conditionPattern(f[4] ?? '.', kind),
      });
    }
  }
  return affixes;
}

/** The form a rule makes of a word, or undefined where its strip or condition does not fit. */
function applyRule(word: string, rule: AffixRule): string | undefined {
  if (rule.kind === 'SFX') {
    if (!word.endsWith(rule.strip) || !rule.condition.test(word)) return undefined;
    return word.slice(0, word.length - rule.strip.length) + rule.add;
  }
  if (!word.startsWith(rule.strip) || !rule.condition.test(word)) return undefined;
  return rule.add + word.slice(rule.strip.length);
}

export interface Form {
  word: string;
  /** Continuation flags: suffixes that may follow (expand them with `expandFlags`). */
  next: string[];
  /** The forms those make, once computed (a cache for callers). */
  further?: Form[];
}

/**
 * The forms the given flags make of a word, one affix deep (plus prefix × suffix where both allow
 * it), in rule order. Forms that may only stand inside compounds are left out.
 */
export function expandFlags(word: string, flags: readonly string[], affixes: Affixes): Form[] {
  const out: Form[] = [];
  const crossable: Form[] = [];
  const prefixes: AffixRule[] = [];
  const usable = (r: AffixRule) => !r.next.some((n) => affixes.excluded.has(n));
  // Plain loops: this runs for every new stem of a 10,000-item corpus.
  for (const flag of flags) {
    for (const rule of affixes.rules.get(flag) ?? []) {
      if (rule.kind === 'PFX') prefixes.push(rule);
      else if (usable(rule)) {
        const made = applyRule(word, rule);
        if (made === undefined) continue;
        out.push({ word: made, next: rule.next });
        if (rule.cross) crossable.push(out[out.length - 1]);
      }
    }
  }
  for (const rule of prefixes) {
    if (!usable(rule)) continue;
    const made = applyRule(word, rule);
    if (made === undefined) continue;
    out.push({ word: made, next: rule.next });
    if (!rule.cross) continue;
    // The prefix's condition is on the stem, whose start the suffix leaves as it was.
    for (const s of crossable) out.push({ word: rule.add + s.word.slice(rule.strip.length), next: s.next });
  }
  return out;
}
