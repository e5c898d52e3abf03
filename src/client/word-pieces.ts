import { headOf, pieceKeys, piecesFor, type Piece, type PieceManifest } from '../lib/search/pieces';
import { buildVocabulary, extendVocabulary, type Vocabulary } from '../lib/search/vocabulary';

const fetchJson = <T>(url: string, fallback: T): Promise<T> =>
  fetch(url)
    .then((r) => (r.ok ? (r.json() as Promise<T>) : fallback))
    .catch(() => fallback);

/**
 * The site's word lists as the search page needs them: the manifest (the heads) once, then only
 * the lists of piece names under the heads a query's look-ups read, and only the pieces they read,
 * each fetched once and kept for the page's life.
 */
export class WordPieces {
  private manifest?: Promise<PieceManifest>;
  private heads = new Map<string, Promise<string[]>>();
  private names = new Map<string, string[]>();
  private pieces = new Map<string, Promise<Piece>>();
  private loaded = new Map<string, Piece>();
  private built = new Map<string, { merged: Set<string>; vocab: Vocabulary }>();

  constructor(private root: string) {}

  /** Fetch the manifest (on the first sign of a search, with Pagefind). */
  start(): Promise<PieceManifest> {
    return (this.manifest ??= fetchJson<PieceManifest>(`${this.root}manifest.json`, {
      minKeyLength: 2,
      heads: {},
    }));
  }

  /** The heads a key prefix reads: its own, or for a prefix shorter than a head every head it starts. */
  private headsFor(manifest: PieceManifest, lang: string, prefix: string): string[] {
    const heads = manifest.heads[lang] ?? [];
    if (prefix.length >= manifest.minKeyLength) {
      const head = headOf(prefix, manifest.minKeyLength);
      return heads.includes(head) ? [head] : [];
    }
    return heads.filter((h) => h.startsWith(prefix));
  }

  /** The piece names under a head, fetched once. */
  private async headNames(lang: string, head: string): Promise<string[]> {
    const id = `${lang}/${head}`;
    let names = this.heads.get(id);
    if (!names) {
      const single = (await this.start()).single?.[lang]?.includes(head);
      names = single ? Promise.resolve([head]) : fetchJson<string[]>(`${this.root}heads/${id}.json`, []);
      this.heads.set(id, names);
    }
    const known = await names;
    this.names.set(id, known);
    return known;
  }

  /** Fetch the pieces holding the words whose key starts with each prefix. */
  async load(lang: string, prefixes: Iterable<string>): Promise<void> {
    const manifest = await this.start();
    const minKey = manifest.minKeyLength;
    const lists = await Promise.all(
      [...new Set(prefixes)].flatMap((p) =>
        this.headsFor(manifest, lang, p).map(async (head) =>
          piecesFor(await this.headNames(lang, head), p, minKey),
        ),
      ),
    );
    await Promise.all(
      [...new Set(lists.flat())].map(async (name) => {
        const id = `${lang}/${name}`;
        let piece = this.pieces.get(id);
        if (!piece) {
          piece = fetchJson<Piece>(`${this.root}${id}.json`, {});
          this.pieces.set(id, piece);
        }
        this.loaded.set(id, await piece);
      }),
    );
  }

  /** Whether every piece a key prefix reads is loaded (and the names under its heads). */
  private covers(manifest: PieceManifest, lang: string, prefix: string): boolean {
    return this.headsFor(manifest, lang, prefix).every((head) => {
      const names = this.names.get(`${lang}/${head}`);
      return (
        names !== undefined &&
        piecesFor(names, prefix, manifest.minKeyLength).every((n) => this.loaded.has(`${lang}/${n}`))
      );
    });
  }

  /** A vocabulary of the pieces loaded so far, which records the look-ups they do not cover. */
  async vocabulary(lang: string): Promise<Vocabulary> {
    const manifest = await this.start();
    let built = this.built.get(lang);
    if (!built) {
      const covers = (prefix: string) => this.covers(manifest, lang, prefix);
      built = { merged: new Set(), vocab: buildVocabulary(new Map(), pieceKeys[lang], covers) };
      this.built.set(lang, built);
    }
    // Only the pieces that have arrived since are added: typing fast reuses it as it is.
    for (const [id, piece] of this.loaded) {
      if (!id.startsWith(`${lang}/`) || built.merged.has(id)) continue;
      extendVocabulary(built.vocab, new Map(Object.entries(piece)));
      built.merged.add(id);
    }
    built.vocab.missing.clear();
    return built.vocab;
  }

  /** Fetch the pieces of a query's own words (numbers and short words are not looked up). */
  prefetch(lang: string, query: string): Promise<void> {
    const words = query.split(' ').filter((w) => w.length >= 3 && !/\d/.test(w));
    return this.load(lang, words.map((w) => pieceKeys[lang](w)).filter(Boolean));
  }

  /**
   * Whether each of the query's words reads at most `max` pieces (known once the lists of its heads
   * have come): a half-typed word ("хэм" at 1,000 items) reads every piece under it, which the whole
   * word will not need.
   */
  async readsFew(lang: string, query: string, max: number): Promise<boolean> {
    const manifest = await this.start();
    const keys = query
      .split(' ')
      .filter((w) => w.length >= 3 && !/\d/.test(w))
      .map((w) => pieceKeys[lang](w))
      .filter(Boolean);
    for (const key of keys)
      for (const head of this.headsFor(manifest, lang, key))
        if (piecesFor(await this.headNames(lang, head), key, manifest.minKeyLength).length > max)
          return false;
    return true;
  }

  /**
   * While someone types: fetch the lists of piece names under the heads of the query's words
   * (a few hundred bytes each), not the pieces: a word half typed ("ста") would read every piece
   * under it, which the whole word does not need.
   */
  async prefetchHeads(lang: string, query: string): Promise<void> {
    const manifest = await this.start();
    const keys = query
      .split(' ')
      .filter((w) => !/\d/.test(w))
      .map((w) => pieceKeys[lang](w))
      .filter((k) => k.length >= manifest.minKeyLength);
    await Promise.all(
      keys.flatMap((k) => this.headsFor(manifest, lang, k).map((h) => this.headNames(lang, h))),
    );
  }

  /**
   * Run `use` on a vocabulary until it has read only loaded pieces (at most three rounds: the
   * query's own words, then e.g. the second half of a compound).
   */
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
