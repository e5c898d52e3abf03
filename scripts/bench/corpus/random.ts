// A seeded pseudo-random stream: the corpus must be byte-identical for the same seed and size, so
// nothing in the generator may call Math.random().

/** 32-bit hash of a text seed (FNV-1a), so `--seed anything` gives a well-mixed start. */
function hashSeed(seed: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export class Random {
  private state: number;

  constructor(seed: string) {
    this.state = hashSeed(seed);
  }

  /** A float in [0, 1) (mulberry32: small, fast, good enough for text). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** `count` different items, in drawn order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < count && pool.length) out.push(pool.splice(this.int(0, pool.length - 1), 1)[0]);
    return out;
  }

  /** Shuffle in place (Fisher–Yates); with `count`, only the first `count` places are drawn. */
  shuffle<T>(items: T[], count = items.length): T[] {
    for (let i = 0; i < Math.min(count, items.length - 1); i++) {
      const j = this.int(i, items.length - 1);
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}

/**
 * Ranks drawn with probability ∝ 1/(rank+1)^s: word frequencies in real text follow this (Zipf's
 * law), which is what makes the number of distinct words keep growing with the length of a text.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(size: number, exponent: number) {
    this.cumulative = new Float64Array(size);
    let sum = 0;
    for (let r = 0; r < size; r++) this.cumulative[r] = sum += 1 / Math.pow(r + 1, exponent);
  }

  get size(): number {
    return this.cumulative.length;
  }

  /** A rank in [0, limit) (limit defaults to the full size). */
  draw(random: Random, limit = this.cumulative.length): number {
    const n = Math.min(limit, this.cumulative.length);
    const target = random.next() * this.cumulative[n - 1];
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
