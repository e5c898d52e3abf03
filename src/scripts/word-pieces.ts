import { piecesFor, type Piece, type PieceManifest } from '../lib/search/pieces';
import { skeleton } from '../lib/search/skeleton';
import { buildVocabulary, type Vocabulary } from '../lib/search/vocabulary';

const keyOf: Record<string, (word: string) => string> = { mn: skeleton, en: (w) => w };

/**
 * The site's word lists as the search page needs them: the manifest once, then only the pieces a
 * query's look-ups read, each fetched once and kept for the page's life.
 */
export class WordPieces {
  private manifest?: Promise<PieceManifest>;
  private pieces = new Map<string, Promise<Piece>>();
  private loaded = new Map<string, Piece>();
  private built = new Map<string, { size: number; vocab: Vocabulary }>();

  constructor(private root: string) {}

  /** Fetch the manifest (on the first sign of a search, with Pagefind). */
  start(): Promise<PieceManifest> {
    return (this.manifest ??= fetch(`${this.root}manifest.json`)
      .then((r) => (r.ok ? (r.json() as Promise<PieceManifest>) : { minKeyLength: 2, pieces: {} }))
      .catch(() => ({ minKeyLength: 2, pieces: {} })));
  }

  /** Fetch the pieces holding the words whose key starts with each prefix. */
  async load(lang: string, prefixes: Iterable<string>): Promise<void> {
    const manifest = await this.start();
    const names = manifest.pieces[lang] ?? [];
    const wanted = new Set([...prefixes].flatMap((p) => piecesFor(names, p, manifest.minKeyLength)));
    await Promise.all(
      [...wanted].map(async (name) => {
        const id = `${lang}/${name}`;
        let piece = this.pieces.get(id);
        if (!piece) {
          piece = fetch(`${this.root}${id}.json`)
            .then((r) => (r.ok ? (r.json() as Promise<Piece>) : {}))
            .catch(() => ({}));
          this.pieces.set(id, piece);
        }
        this.loaded.set(id, await piece);
      }),
    );
  }

  /** A vocabulary of the pieces loaded so far, which records the look-ups they do not cover. */
  async vocabulary(lang: string): Promise<Vocabulary> {
    const manifest = await this.start();
    // Rebuilt only when a piece has arrived since: typing fast reuses it.
    const known = this.built.get(lang);
    if (known && known.size === this.loaded.size) {
      known.vocab.missing.clear();
      return known.vocab;
    }
    const names = manifest.pieces[lang] ?? [];
    const counts = new Map<string, number>();
    for (const [id, piece] of this.loaded)
      if (id.startsWith(`${lang}/`)) for (const [w, n] of Object.entries(piece)) counts.set(w, n);
    const covers = (prefix: string) =>
      piecesFor(names, prefix, manifest.minKeyLength).every((n) => this.loaded.has(`${lang}/${n}`));
    const vocab = buildVocabulary(counts, keyOf[lang], covers);
    this.built.set(lang, { size: this.loaded.size, vocab });
    return vocab;
  }

  /**
   * Run `use` on a vocabulary until it has read only loaded pieces (at most three rounds: the
   * query's own words, then e.g. the second half of a compound).
   */
  /** Fetch the pieces of a query's own words (numbers and short words are not looked up). */
  prefetch(lang: string, query: string): Promise<void> {
    const words = query.split(' ').filter((w) => w.length >= 3 && !/\d/.test(w));
    return this.load(lang, words.map((w) => keyOf[lang](w)).filter(Boolean));
  }

  async withWords<T>(lang: string, query: string, use: (v: Vocabulary) => T): Promise<T> {
    await this.prefetch(lang, query);
    for (let round = 0; ; round++) {
      const vocab = await this.vocabulary(lang);
      const result = use(vocab);
      if (vocab.missing.size === 0 || round === 2) return result;
      await this.load(lang, vocab.missing);
    }
  }
}
