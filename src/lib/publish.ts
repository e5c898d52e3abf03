import { startOfDay } from './dates';

/** What decides whether a news item is on the published site: the one place for drafts and schedules. */
interface Publishable {
  draft: boolean;
  pubDate: Date;
}

interface PublishOptions {
  /** The build's clock; an item is published from 00:00 in Ulaanbaatar on its pubDate (dates.ts). */
  now?: Date;
  /** Development server: show drafts and scheduled items so authors can preview them. */
  preview?: boolean;
}

export function isPublished(
  data: Publishable,
  { now = new Date(), preview = false }: PublishOptions = {},
): boolean {
  if (preview) return true;
  return !data.draft && startOfDay(data.pubDate).getTime() <= now.getTime();
}
