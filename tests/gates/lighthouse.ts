import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from '../../scripts/lib/browser';

const lighthouseBin = fileURLToPath(new URL('../../node_modules/lighthouse/cli/index.js', import.meta.url));

/** Minimum mobile scores per category, 0–100. */
export const lighthouseTargets = {
  performance: 95,
  accessibility: 100,
  'best-practices': 100,
  seo: 100,
} as const;
export type Category = keyof typeof lighthouseTargets;

export interface LighthouseResult {
  scores: Record<Category, number>;
  /** Audits that cost points, for the failure message. */
  failing: string[];
}

/**
 * Run Lighthouse (mobile, its default) on one URL in Debian's Chromium. Asynchronous, so that a
 * server in the same process keeps answering while Lighthouse loads the page.
 */
export async function runLighthouse(url: string): Promise<LighthouseResult> {
  const dir = mkdtempSync(join(tmpdir(), 'masm-lighthouse-'));
  const out = join(dir, 'report.json');
  try {
    await promisify(execFile)(
      process.execPath,
      [
        lighthouseBin,
        url,
        '--output=json',
        `--output-path=${out}`,
        '--quiet',
        `--only-categories=${Object.keys(lighthouseTargets).join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking',
      ],
      { encoding: 'utf8', env: { ...process.env, CHROME_PATH: chromiumPath }, timeout: 120_000 },
    );
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const scores = Object.fromEntries(
      Object.keys(lighthouseTargets).map((c) => [c, Math.round((report.categories[c]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    const failing: string[] = [];
    for (const category of Object.values(report.categories) as {
      id: string;
      auditRefs: { id: string; weight: number }[];
    }[]) {
      for (const ref of category.auditRefs) {
        const audit = report.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          failing.push(`${category.id}: ${ref.id} (${audit.displayValue ?? audit.score})`);
        }
      }
    }
    return { scores, failing };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
