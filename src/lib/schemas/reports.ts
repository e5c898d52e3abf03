import { z } from 'astro/zod';
import { day, directiveNumber, httpsUrl, slug, text } from './fields';
import { rules } from './rules';

/** Where a directive's implementation stands, as a report tells it. */
export const reportStatuses = ['not-started', 'in-progress', 'done'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** The conference whose directives the reports follow up; no report can predate it. */
const conferenceDate = new Date(Date.UTC(2020, 0, 23));

/** Evidence: a page of this site by its file name, or an outside https:// page with its title. */
const evidence = z
  .strictObject({
    /** A news item (file name under content/news/). */
    news: slug().optional(),
    /** A regulation (file name under content/regulations/). */
    regulation: slug().optional(),
    /** A service (file name under content/services/). */
    service: slug().optional(),
    /** An outside page, https:// only, with `title`. */
    url: httpsUrl().optional(),
    /** The outside page's title, in the language of the file (only with url). */
    title: text().optional(),
  })
  .refine(
    (e) =>
      [e.news, e.regulation, e.service, e.url].filter(Boolean).length === 1 &&
      Boolean(e.url) === Boolean(e.title),
    rules.evidence.en,
  );
export type Evidence = z.infer<typeof evidence>;

/**
 * An implementation report on one of the conference's directives:
 * `content/reports/<mn|en>/<slug>.md`, the same file name in both languages. The body says what
 * was done.
 */
export const reportSchema = z.strictObject({
  /** Headline, in the language of the file. */
  title: text(),
  /** The number of the directive it reports on (1–10). */
  directive: directiveNumber(),
  /** Publication date of the report, YYYY-MM-DD, the same in both languages; not before 2020-01-23. A future date schedules it. */
  pubDate: day().refine((d) => d >= conferenceDate, rules.afterConference.en),
  /** The unit that reports, in the language of the file. */
  unit: text(),
  /** not-started, in-progress or done. */
  status: z.enum(reportStatuses),
  /** Why a directive reported done is reported not started again (required then, and only then). */
  reopened: text().optional(),
  /** Links that show the work: news, regulation or service of the site, or an https:// page. */
  evidence: z.array(evidence).default([]),
  /** true keeps the report off the published site (it still shows in `npm run dev`). */
  draft: z.boolean().default(false),
});

export type ReportData = z.infer<typeof reportSchema>;
