import { diskTree } from '../../src/lib/validate/tree';
import { readContent } from '../../src/lib/validate/read';
import { parseIsoDay } from '../../src/lib/dates';
import { publication, type Publishable } from '../../src/lib/publish';

/** A dated item that is not a draft, and its publication (00:00 in Ulaanbaatar on its date). */
export interface Dated {
  file: string;
  day: string;
  data: Publishable;
}

/**
 * Every news item and report with its date and draft flag, from the front matter only (the one
 * reader, without the rest of the check): cheap enough for the schedule to ask every 15 minutes.
 */
export function datedItems(projectRoot: string, contentRoot: string): Dated[] {
  return readContent(projectRoot, contentRoot, diskTree, { pictures: false }).files.flatMap((f) => {
    if (f.collection !== 'news' && f.collection !== 'reports') return [];
    const data = f.source.data as Record<string, unknown> | undefined;
    const day = String(data?.pubDate ?? '');
    const pubDate = parseIsoDay(day);
    if (!pubDate) return [];
    return [{ file: f.file, day, data: { draft: data?.draft === true, pubDate } }];
  });
}

/** Items scheduled at `since` (the live release's instant) and live at `now`: why to publish now. */
export const becameDue = (items: Dated[], since: Date, now: Date) =>
  items.filter(
    (i) => publication(i.data, since).state === 'scheduled' && publication(i.data, now).state === 'live',
  );

/** The next item to go live after `now`, if any. */
export function nextScheduled(items: Dated[], now: Date): Dated | undefined {
  const later = items.flatMap((i) => {
    const p = publication(i.data, now);
    return p.state === 'scheduled' ? [{ i, from: p.from }] : [];
  });
  return later.sort((a, b) => +a.from - +b.from)[0]?.i;
}
