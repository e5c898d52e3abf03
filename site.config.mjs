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
