import { readFileSync } from 'node:fs';
import { expandFlags, parseAffixes, splitFlags, type Affixes, type Form } from './affixes';
import { wordFiles } from './packages';
import { Random, Zipf } from './random';
import { enDomainWords, enFunctionWords, mnDomainStems } from './words';

// Where words come from: a ranked pool of stems (the field's words first, then the word list in a
// seeded order) drawn by Zipf's law, so that rare words keep appearing as a corpus grows.

export interface Vocabulary {
  /** A word of running text. */
  word(random: Random): string;
  /** A rarer word, so that titles are distinctive enough to be searched for. */
  titleWord(random: Random): string;
}

interface Stem {
  word: string;
  flags: string[];
  /** Its forms one suffix deep, once computed. */
  forms?: Form[];
}

const cyrillicWord = /^[а-яөүё]+$/;

/** Mongolian: stems from the hunspell dictionary, each drawn in one of its inflected forms. */
export class MongolianVocabulary implements Vocabulary {
  private readonly affixes: Affixes;
  private readonly stems: Stem[];
  private readonly stemRanks: Zipf;
  private readonly formRanks = new Zipf(4096, 1.2);

  constructor(seed: string, files = wordFiles) {
    this.affixes = parseAffixes(readFileSync(files.mnAff, 'utf8'));
    const lead = new Map(mnDomainStems.map((w): [string, Stem] => [w, { word: w, flags: [] }]));
    const nouns: Stem[] = [];
    const verbs: Stem[] = [];
    for (const line of readFileSync(files.mnDic, 'utf8').split('\n')) {
      const slash = line.indexOf('/');
      const word = slash < 0 ? line.trim() : line.slice(0, slash);
      if (!cyrillicWord.test(word)) continue; // names, abbreviations, comments
      const flags = slash < 0 ? [] : splitFlags(line.slice(slash + 1).trim(), this.affixes.flagMode);
      if (flags.some((f) => this.affixes.excluded.has(f))) continue;
      const stem = { word, flags };
      if (lead.has(word)) lead.set(word, stem);
      // Verb stems carry the F* flags; they outnumber nouns 15 to 1 in the dictionary, not in text.
      else (flags[0]?.startsWith('F') ? verbs : nouns).push(stem);
    }
    const random = new Random(`${seed}/mn-vocabulary`);
    random.shuffle(nouns);
    const verbCount = Math.ceil(nouns.length / 2);
    random.shuffle(verbs, verbCount);
    const rest: Stem[] = [];
    for (let i = 0; i < nouns.length; i++) {
      rest.push(nouns[i]);
      if (i % 2 === 1) rest.push(verbs[(i - 1) / 2]);
    }
    this.stems = [...lead.values(), ...rest];
    this.stemRanks = new Zipf(this.stems.length, 1.0);
  }

  /** A stem in its bare form or, more often than not, with a suffix or two. */
  private inflect(stem: Stem, random: Random): string {
    if (random.chance(0.45)) return stem.word;
    const first = (stem.forms ??= expandFlags(stem.word, stem.flags, this.affixes));
    if (!first.length) return stem.word;
    const form = first[this.formRanks.draw(random, first.length)];
    if (!form.next.length || !random.chance(0.08)) return form.word;
    const second = (form.further ??= expandFlags(form.word, form.next, this.affixes));
    return second.length ? second[this.formRanks.draw(random, second.length)].word : form.word;
  }

  word(random: Random): string {
    return this.inflect(this.stems[this.stemRanks.draw(random)], random);
  }

  titleWord(random: Random): string {
    // Skip the commonest stems: a title of everyday words would match every page.
    const rank = Math.min(this.stems.length - 1, 40 + this.stemRanks.draw(random));
    return this.inflect(this.stems[rank], random);
  }
}

/** English: the British English word list (inflected forms are entries of their own there). */
export class EnglishVocabulary implements Vocabulary {
  private readonly words: string[];
  private readonly ranks: Zipf;

  constructor(seed: string, files = wordFiles) {
    const skip = new Set([...enDomainWords, ...enFunctionWords]);
    const listed = readFileSync(files.en, 'utf8')
      .split('\n')
      .filter((w) => /^[a-z]{3,}$/.test(w) && !skip.has(w));
    new Random(`${seed}/en-vocabulary`).shuffle(listed);
    this.words = [...enDomainWords, ...listed];
    this.ranks = new Zipf(this.words.length, 1.0);
  }

  word(random: Random): string {
    return this.words[this.ranks.draw(random)];
  }

  titleWord(random: Random): string {
    return this.words[Math.min(this.words.length - 1, 40 + this.ranks.draw(random))];
  }
}
