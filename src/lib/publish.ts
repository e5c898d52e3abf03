import { startOfDay } from './dates';

// Whether an entry is on the published site: the one rule, for every kind. News and reports carry
// `pubDate` (a day: live from 00:00 in Ulaanbaatar on it, dates.ts) and `draft`; the other kinds
// have neither and are always live. The site model, the validator, /translations/, `npm run due`
// and the editor ask here.

/** What decides: a draft flag and a publication day, where the kind has them. */
export interface Publishable {
  draft?: boolean;
  pubDate?: Date;
}

export type Publication =
  | { state: 'draft'; day?: Date }
  | { state: 'scheduled'; day: Date; from: Date }
  | { state: 'live'; day?: Date; from?: Date };

export function publication(data: Publishable, now: Date): Publication {
  const day = data.pubDate;
  if (data.draft) return { state: 'draft', day };
  if (!day) return { state: 'live' };
  const from = startOfDay(day);
  return from > now ? { state: 'scheduled', day, from } : { state: 'live', day, from };
}

interface PublishOptions {
  /** The build's clock. */
  now?: Date;
  /** The preview (`astro dev`, the editor): drafts and scheduled items are shown, marked. */
  preview?: boolean;
}

/** Whether a page for the entry is made: live, or anything in the preview. */
export function isPublished(
  data: Publishable,
  { now = new Date(), preview = false }: PublishOptions = {},
): boolean {
  return preview || publication(data, now).state === 'live';
}
