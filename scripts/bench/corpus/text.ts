import { formatDate } from '../../../src/lib/dates';
import type { Locale } from '../../../src/i18n/locales';
import type { Random } from './random';
import type { Vocabulary } from './vocabulary';
import { enFinalWords, enFunctionWords, mnFinalVerbs, mnFunctionWords } from './words';
import { wordingIssues } from '../../../src/lib/validate/wording';

// Sentences, paragraphs and the markdown blocks of a body, in one language. The words carry no
// meaning; what matters for the benchmark is their frequencies, lengths and the page structure.

export interface Link {
  text: string;
  href: string;
}

const plain = (text: string) => text.replaceAll('**', '');
const capitalize = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);
const isoStandards = [9001, 14001, 17025, 45001, 22000, 10012, 3166, 8601];

export class Writer {
  private readonly functionWords: string[];
  private readonly finals: string[];

  constructor(
    readonly locale: Locale,
    private readonly vocabulary: Vocabulary,
    private readonly random: Random,
  ) {
    this.functionWords = locale === 'mn' ? mnFunctionWords : enFunctionWords;
    this.finals = (locale === 'mn' ? mnFinalVerbs : enFinalWords).map((w) => w.replace('_', ' '));
  }

  /** A number, date, standard's number or the hotline, as they occur in the agency's news. */
  private special(): string {
    const r = this.random;
    const year = r.int(1995, 2026);
    switch (r.int(0, 5)) {
      case 0:
        return String(r.int(2, 5000));
      case 1:
        return `${r.int(1, 99)}.${r.int(1, 9)} ${this.locale === 'mn' ? 'хувь' : 'percent'}`;
      case 2:
        return formatDate(new Date(Date.UTC(year, r.int(0, 11), r.int(1, 28))), this.locale);
      case 3:
        return `MNS ISO ${r.pick(isoStandards)}:${year}`;
      case 4:
        return `MNS ${r.int(1000, 6999)}:${year}`;
      default:
        return this.locale === 'mn' ? '1800-2525 утас' : 'the 1800-2525 hotline';
    }
  }

  private token(): string {
    const r = this.random.next();
    if (r < 0.3) return this.random.pick(this.functionWords);
    if (r < 0.34) return this.special();
    const word = this.vocabulary.word(this.random);
    return r < 0.36 ? `**${word}**` : word;
  }

  /**
   * Text the content rules accept (src/lib/validate/wording.ts): what they refuse (an American
   * spelling in the word list, a term the law does not use) is drawn again.
   */
  private accepted(draw: () => string): string {
    let text = draw();
    while (wordingIssues(text, this.locale).length) text = draw();
    return text;
  }

  /** Words without the closing full stop. */
  private clause(min = 5, max = 14): string {
    return this.accepted(() => {
      const words = Array.from({ length: this.random.int(min, max) }, () => this.token());
      if (this.random.chance(0.3)) words.splice(this.random.int(2, words.length - 1), 0, ',');
      return capitalize(words.join(' ').replace(/ ,/g, ','));
    });
  }

  sentence(link?: Link): string {
    const body = this.accepted(() => `${this.clause()} ${this.random.pick(this.finals)}`);
    return link ? `${body}: [${link.text}](${link.href}).` : `${body}.`;
  }

  /** Two to six words, rarer ones, e.g. for a title or heading. */
  title(min = 3, max = 6): string {
    return this.accepted(() =>
      capitalize(
        Array.from({ length: this.random.int(min, max) }, () => this.vocabulary.titleWord(this.random)).join(
          ' ',
        ),
      ),
    );
  }

  paragraph(sentences: number, links: Link[] = [], footnote?: number): string {
    const out = Array.from({ length: Math.max(sentences, links.length) }, () => this.sentence());
    const slots = this.random.sample(
      out.map((_, i) => i),
      links.length,
    );
    links.forEach((link, k) => (out[slots[k]] = this.sentence(link)));
    if (footnote) out[out.length - 1] += `[^${footnote}]`;
    return out.join(' ');
  }

  table(): string {
    const years = [this.random.int(2015, 2024)];
    years.push(years[0] + 1);
    const head = this.locale === 'mn' ? 'Үзүүлэлт' : 'Indicator';
    const rows = Array.from({ length: this.random.int(2, 6) }, () => {
      const name = this.accepted(() => capitalize(this.vocabulary.word(this.random)));
      return `| ${name} | ${this.random.int(0, 900)} | ${this.random.int(0, 900)} |`;
    });
    return [`| ${head} | ${years[0]} | ${years[1]} |`, '| --- | ---: | ---: |', ...rows].join('\n');
  }

  list(): string {
    return Array.from({ length: this.random.int(2, 5) }, () => `- ${this.clause(3, 8)}`).join('\n');
  }

  /** A one-sentence summary: no full stop inside (the service schema checks that). */
  oneSentence(): string {
    return plain(`${this.clause(6, 14)}.`);
  }

  /** Sentences for front matter, which is shown as written: no markdown there. */
  plainParagraph(sentences: number): string {
    return plain(this.paragraph(sentences));
  }
}
