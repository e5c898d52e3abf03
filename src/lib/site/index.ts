import { resolve } from 'node:path';
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { CONTENT_ROOT, SITE_NOW } from '../../../site.config.mjs';
import { gitLastChanged } from '../translation-status';
import { formatProblems } from '../validate/report';
import { contentSession } from '../validate/session';
import { buildSiteModel } from './model';
import { publishPageFacts } from './page-facts';

/** A collection's entries; one the content has none of is empty, without Astro's warning that it is. */
async function collection<C extends CollectionKey>(name: C) {
  const session = await contentSession(process.cwd(), CONTENT_ROOT, SITE_NOW);
  return session.has(name) ? getCollection(name) : ([] as CollectionEntry<C>[]);
}

/** The site model over Astro's collections, computed once per build (each time in `astro dev`). */
async function load() {
  const [news, pages, services, directives, regulations, reports, synonyms, bestBets] = await Promise.all([
    collection('news'),
    collection('pages'),
    collection('services'),
    collection('directives'),
    collection('regulations'),
    collection('reports'),
    collection('synonyms'),
    collection('best-bets'),
  ]);
  // The mode, not NODE_ENV: `astro build` is production even when NODE_ENV says otherwise.
  const preview = import.meta.env.MODE === 'development';
  const changed = gitLastChanged(resolve(CONTENT_ROOT));
  const model = buildSiteModel(
    { news, pages, services, directives, regulations, reports, synonyms, 'best-bets': bestBets },
    { preview, changed, now: SITE_NOW },
  );
  // The build validated everything before starting; this guards `astro dev`, where it does not stop.
  if (model.problems.length) throw new Error(formatProblems(model.problems));
  publishPageFacts(model.facts);
  return model;
}

let cached: ReturnType<typeof load> | undefined;
/**
 * The model: once per build; again on each call in `astro dev`, where the content changes. By the
 * mode, not DEV, which follows NODE_ENV (a build run by the test runner has NODE_ENV=test, and
 * computing the model for each page made a 5,000-item build take hours).
 */
export function site() {
  if (import.meta.env.MODE === 'development') return load();
  return (cached ??= load());
}

export type Site = Awaited<ReturnType<typeof site>>;
export type DirectiveRecord = Site['directives'][number];
export type RegulationRecord = Site['regulations'][number];

export type NewsEntry = CollectionEntry<'news'>;
export type PageEntry = CollectionEntry<'pages'>;
export type ServiceEntry = CollectionEntry<'services'>;
export type RegulationEntry = CollectionEntry<'regulations'>;
export type ReportEntry = CollectionEntry<'reports'>;
