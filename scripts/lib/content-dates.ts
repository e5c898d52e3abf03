import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseIsoDay, startOfDay } from '../../src/lib/dates';
import { filesUnder } from '../../src/lib/validate/files';
import { parseMarkdownFile } from '../../src/lib/validate/source';

/** A dated item that is not a draft, and the instant it goes live (00:00 in Ulaanbaatar on its date). */
export interface Scheduled {
  file: string;
  day: string;
  liveFrom: Date;
}

/** Every news item and report that is not a draft, with when it goes live; read from the front matter only. */
export function datedItems(contentRoot: string): Scheduled[] {
  return ['news', 'reports'].flatMap((kind) => {
    let files: string[] = [];
    try {
      files = filesUnder(join(contentRoot, kind)).filter((f) => f.endsWith('.md'));
    } catch {
      return [];
    }
    return files.flatMap((file) => {
      const data = parseMarkdownFile(readFileSync(file, 'utf8')).data as Record<string, unknown> | undefined;
      const day = String(data?.[kind === 'news' ? 'pubDate' : 'date'] ?? '');
      const parsed = parseIsoDay(day);
      if (!parsed || data?.draft === true) return [];
      return [{ file, day, liveFrom: startOfDay(parsed) }];
    });
  });
}
