// The site's public address: canonical links, hreflang, the sitemap, robots.txt and the feeds use it.
// Set SITE_URL in the environment to build for another address.
export const SITE_URL = process.env.SITE_URL ?? 'https://masm.gov.mn';
