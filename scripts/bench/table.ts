// The benchmark's figures as a text table, one column per corpus, each figure with ✓/✗ against its
// target where it has one. Pure: run.ts prints what `formatTable` returns.
import type { BuildFigures } from './measure-build.ts';
import type { SearchFigures } from './measure-search.ts';
import type { VersusStock } from './versus-stock.ts';
import { sampleLabels, type Sizes } from './sizes.ts';

export interface RunFigures {
  label: string;
  items?: number;
  generateMs?: number;
  build: BuildFigures;
  sizes: Sizes;
  search?: SearchFigures;
  versusStock?: VersusStock;
  /** The same corpus built by another commit (`--baseline REF`). */
  baseline?: { ref: string; build: BuildFigures };
}

/** A figure as shown, and whether it meets its target (undefined: no target). */
interface Cell {
  text: string;
  ok?: boolean;
}
export interface Row {
  label: string;
  target: string;
  cell: (r: RunFigures) => Cell | undefined;
}

const KB = 1024;
const MB = 1024 * KB;
const GB = 1024 * MB;
export const kb = (n: number) => `${(n / KB).toFixed(1)} KB`;
const mb = (n: number) => `${(n / MB).toFixed(1)} MB`;
const ms = (n: number | undefined) => (n === undefined || Number.isNaN(n) ? '–' : `${n} ms`);

/** Memory allowed for a build: 1.5 GB up to 2,100 pages, 4 GB beyond (the target at 10,000 items). */
export const memoryLimit = (pages: number) => (pages <= 2100 ? 1.5 * GB : 4 * GB);

export const rows: Row[] = [
  {
    label: 'items (news)',
    target: '',
    cell: (r) => ({ text: r.items === undefined ? '–' : String(r.items) }),
  },
  { label: 'HTML pages', target: '', cell: (r) => ({ text: String(r.build.htmlPages) }) },
  {
    label: 'build wall time',
    target: '',
    cell: (r) => ({ text: `${(r.build.wallMs / 1000).toFixed(1)} s` }),
  },
  {
    label: 'per page',
    target: '≤ 13 ms',
    cell: (r) => ({ text: `${r.build.perPageMs} ms`, ok: r.build.perPageMs <= 13 }),
  },
  {
    label: 'peak memory (tree)',
    target: '≤ 1.5 GB / 4 GB',
    cell: (r) => ({
      text: mb(r.build.peakRssBytes),
      ok: r.build.peakRssBytes <= memoryLimit(r.build.htmlPages),
    }),
  },
  {
    label: 'build vs baseline (wall)',
    target: '≤ 0.75×',
    cell: (r) => {
      if (!r.baseline) return undefined;
      const ratio = Math.round((r.build.wallMs / r.baseline.build.wallMs) * 100) / 100;
      return {
        text: `${ratio}× (${(r.baseline.build.wallMs / 1000).toFixed(1)} s at ${r.baseline.ref.slice(0, 8)})`,
        ok: ratio <= 0.75,
      };
    },
  },
  {
    label: 'baseline peak memory',
    target: '',
    cell: (r) => r.baseline && { text: mb(r.baseline.build.peakRssBytes) },
  },
  { label: 'search step', target: '', cell: (r) => ({ text: ms(r.build.searchStepMs) }) },
  { label: 'dist/ total', target: '', cell: (r) => ({ text: mb(r.sizes.distBytes) }) },
  { label: 'dist/pagefind/', target: '', cell: (r) => ({ text: mb(r.sizes.pagefindBytes) }) },
  ...sampleLabels.map((key): Row => ({
    label: `${key} HTML+CSS gz`,
    target: '',
    cell: (r) => {
      const p = r.sizes.pages[key];
      return p ? { text: `${kb(p.htmlGzip)} + ${kb(p.cssGzip)}` } : undefined;
    },
  })),
  {
    label: 'largest HTML gz',
    target: '≤ 40 KB',
    cell: (r) => ({ text: kb(r.sizes.largestHtml.gzipBytes), ok: r.sizes.largestHtml.gzipBytes <= 40 * KB }),
  },
  { label: '  at', target: '', cell: (r) => ({ text: r.sizes.largestHtml.path }) },
  ...[0, 1].map((i): Row => ({
    label: `feed ${i ? 'en' : 'mn'} items / size`,
    target: '≤ 50 items',
    cell: (r) => {
      const f = r.sizes.feeds[i];
      return f && { text: `${f.items} / ${kb(f.bytes)}`, ok: f.items <= 50 };
    },
  })),
  {
    label: 'sitemaps / largest',
    target: '',
    cell: (r) => ({ text: `${r.sizes.sitemaps.files} / ${r.sizes.sitemaps.largestUrlCount} URLs` }),
  },
  {
    label: 'search-words/',
    target: '',
    cell: (r) => ({
      text: `${kb(r.sizes.searchWords.totalBytes)} in ${r.sizes.searchWords.files}, max ${kb(r.sizes.searchWords.largestBytes)}`,
    }),
  },
  {
    label: 'one word list a language (gzip)',
    target: '',
    cell: (r) => {
      const whole = r.sizes.searchWords.wholeListGzip;
      return whole && { text: `mn ${kb(whole.mn)}, en ${kb(whole.en)}` };
    },
  },
  {
    label: 'first result (cold)',
    target: '≤ 250 ms',
    cell: (r) =>
      r.search && {
        text: ms(r.search.cold.medianFirstResultMs),
        ok: r.search.cold.medianFirstResultMs <= 250,
      },
  },
  {
    label: 'first result, 400 ms / 400 kbit/s',
    target: '',
    cell: (r) =>
      r.search?.rural && {
        text: `${ms(r.search.rural.medianFirstResultMs)}, ${r.search.rural.medianSerialRequests} requests in a row`,
      },
  },
  {
    label: 'header box → first result, 400 ms / 400 kbit/s',
    target: '≤ 3.0 s, ≤ 3 in a row, ≤ 110 KB',
    cell: (r) => {
      const h = r.search?.header;
      return (
        h && {
          text: `${ms(h.medianFirstResultMs)}, ${h.medianSerialRequests} in a row, ${kb(h.medianBytes)}`,
          ok: h.medianFirstResultMs <= 3000 && h.medianSerialRequests <= 3 && h.medianBytes <= 110 * KB,
        }
      );
    },
  },
  {
    label: 'first-query bytes',
    target: '≤ 200 KB',
    cell: (r) =>
      r.search && { text: kb(r.search.cold.medianBytes), ok: r.search.cold.medianBytes <= 200 * KB },
  },
  {
    label: 'first result vs stock Pagefind UI (cold)',
    target: '≤ 0.5×',
    cell: (r) =>
      r.versusStock && {
        text: `${r.versusStock.cold.ratio}× (${r.versusStock.cold.oursMedianMs} / ${r.versusStock.cold.stockMedianMs} ms)`,
        ok: r.versusStock.cold.ratio <= 0.5,
      },
  },
  {
    label: 'first result vs stock Pagefind UI (warm)',
    target: '≤ 0.5×',
    cell: (r) =>
      r.versusStock && {
        text: `${r.versusStock.warm.ratio}× (${r.versusStock.warm.oursMedianMs} / ${r.versusStock.warm.stockMedianMs} ms)`,
        ok: r.versusStock.warm.ratio <= 0.5,
      },
  },
  ...(['fast', 'rural'] as const).flatMap((profile): Row[] => [
    {
      label: `typing a word, last key → 1st / 5th result vs stock (${profile})`,
      target: '≤ 0.5×',
      cell: (r) => {
        const t = r.versusStock?.typing?.[profile];
        return (
          t && {
            text: `${t.firstRatio}× / ${t.fifthRatio}× (${t.ours.firstMs} / ${t.stock.firstMs} ms)`,
            ok: (t.firstRatio ?? Infinity) <= 0.5 && (t.fifthRatio ?? Infinity) <= 0.5,
          }
        );
      },
    },
  ]),
  {
    label: 'typing a word: requests, KB (ours / stock)',
    target: '≤ stock',
    cell: (r) => {
      const t = r.versusStock?.typing?.fast;
      return (
        t && {
          text: `${t.ours.requests} / ${t.stock.requests}, ${kb(t.ours.bytes ?? 0)} / ${kb(t.stock.bytes ?? 0)}`,
          ok:
            (t.ours.requests ?? Infinity) <= (t.stock.requests ?? 0) &&
            (t.ours.bytes ?? Infinity) <= (t.stock.bytes ?? 0),
        }
      );
    },
  },
  {
    label: 'typing a word: emptied / blank rows / moved (ours; stock)',
    target: '0 / 0 / 0',
    cell: (r) => {
      const t = r.versusStock?.typing;
      if (!t) return undefined;
      const worst = (k: 'emptied' | 'blankRows' | 'moved', who: 'ours' | 'stock') =>
        Math.max(t.fast[who][k], t.rural[who][k]);
      const line = (who: 'ours' | 'stock') =>
        `${worst('emptied', who)}/${worst('blankRows', who)}/${worst('moved', who)}`;
      return {
        text: `${line('ours')}; ${line('stock')}`,
        ok: worst('emptied', 'ours') + worst('blankRows', 'ours') + worst('moved', 'ours') === 0,
      };
    },
  },
  {
    label: 'warm median',
    target: '≤ 15 ms',
    cell: (r) => r.search && { text: ms(r.search.warm.medianMs), ok: r.search.warm.medianMs <= 15 },
  },
  {
    label: 'warm p95',
    target: '≤ 40 ms',
    cell: (r) => r.search && { text: ms(r.search.warm.p95Ms), ok: r.search.warm.p95Ms <= 40 },
  },
  {
    label: 'title in top 5',
    target: 'all',
    cell: (r) =>
      r.search && {
        text: `${r.search.quality.found}/${r.search.quality.total}`,
        ok: r.search.quality.total > 0 && r.search.quality.found === r.search.quality.total,
      },
  },
];

const show = (c: Cell | undefined) => (c ? c.text + (c.ok === undefined ? '' : c.ok ? ' ✓' : ' ✗') : '–');

/** Left-aligned columns: figure, target, then one per run, separated by two spaces. */
export function formatTable(runs: RunFigures[], table: Row[] = rows): string {
  const lines = [
    ['', 'target', ...runs.map((r) => r.label)],
    ...table.map((row) => [row.label, row.target, ...runs.map((r) => show(row.cell(r)))]),
  ];
  const widths = lines[0].map((_, i) => Math.max(...lines.map((l) => [...l[i]].length)));
  return lines
    .map((l) =>
      l
        .map((cell, i) => cell + ' '.repeat(widths[i] - [...cell].length))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
