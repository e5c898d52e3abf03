// The site's public address: canonical links, hreflang, the sitemap, robots.txt and the feeds use it.
// Set SITE_URL in the environment to build for another address.
export const SITE_URL = process.env.SITE_URL ?? 'https://masm.gov.mn';

// The folder the content is read from. Set CONTENT_ROOT to build the site from another tree (a
// generated corpus, a test fixture) without touching content/.
export const CONTENT_ROOT = process.env.CONTENT_ROOT ?? 'content';

// The web address that, followed by a content file's path (content/news/mn/x.md), opens that file
// for editing in the repository, e.g. https://github.com/<org>/<repo>/edit/main/ or
// https://gitlab.example.mn/<group>/<repo>/-/edit/main/. Empty: pages show no edit link.
export const EDIT_BASE_URL = process.env.EDIT_BASE_URL ?? '';

// The instant the site is built for: what is dated after it (00:00 in Ulaanbaatar on the item's
// date) is not published yet. Set SITE_NOW (an ISO time, e.g. 2027-05-19T16:00:00Z) to build the
// site as it will be at another moment; the tests do.
export const SITE_NOW = (() => {
  const now = process.env.SITE_NOW ? new Date(process.env.SITE_NOW) : new Date();
  if (Number.isNaN(now.getTime())) throw new Error(`SITE_NOW is not a time: "${process.env.SITE_NOW}"`);
  // One instant for the whole build: the copy of this file that Vite loads for the pages (and any
  // child process) reads the same one.
  process.env.SITE_NOW ??= now.toISOString();
  return now;
})();
