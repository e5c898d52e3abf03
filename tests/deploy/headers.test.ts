import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  adminHeaders,
  cacheControlFor,
  cloudFrontHeadersFile,
  hashedFolders,
  headersFile,
  immutableCache,
  securityHeaders,
  withGeneratedNginx,
} from '../../deploy/headers';
import { projectRoot } from '../helpers/astro';
import { readDist, realDist } from '../helpers/dist';

// One list of headers (deploy/headers.ts), written into deploy/nginx.conf and public/_headers.
// tests/deploy/nginx-http.test.ts checks that nginx really sends them.

/** A `_headers` file (Netlify, Cloudflare Pages) read as those hosts do: path → header → value. */
function parseHeadersFile(text: string): Record<string, Record<string, string>> {
  const rules: Record<string, Record<string, string>> = {};
  let current: Record<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = rules[line.trim()] = {};
      continue;
    }
    // "! Name" (Cloudflare Pages) detaches a header that a wider rule sets.
    if (current && /^\s*! /.test(line)) {
      current[`! ${line.trim().slice(2)}`] = '';
      continue;
    }
    const colon = line.indexOf(':');
    if (!current || colon < 0) throw new Error(`Not a header line: ${line}`);
    current[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return rules;
}

const nginxConf = readFileSync(join(projectRoot, 'deploy', 'nginx.conf'), 'utf8');

/** The headers a CloudFront response headers policy sends, read back as CloudFront applies it. */
function cloudFrontSends(config: any): Record<string, string> {
  const s = config.SecurityHeadersConfig;
  const out: Record<string, string> = {};
  if (s.ContentSecurityPolicy) out['Content-Security-Policy'] = s.ContentSecurityPolicy.ContentSecurityPolicy;
  if (s.StrictTransportSecurity)
    out['Strict-Transport-Security'] = [
      `max-age=${s.StrictTransportSecurity.AccessControlMaxAgeSec}`,
      ...(s.StrictTransportSecurity.IncludeSubdomains ? ['includeSubDomains'] : []),
      ...(s.StrictTransportSecurity.Preload ? ['preload'] : []),
    ].join('; ');
  if (s.ContentTypeOptions) out['X-Content-Type-Options'] = 'nosniff';
  if (s.ReferrerPolicy) out['Referrer-Policy'] = s.ReferrerPolicy.ReferrerPolicy;
  expect(config.CustomHeadersConfig.Quantity).toBe(config.CustomHeadersConfig.Items.length);
  for (const h of config.CustomHeadersConfig.Items) out[h.Header] = h.Value;
  return out;
}

describe('deploy/cloudfront-headers.json', () => {
  const file = readFileSync(join(projectRoot, 'deploy', 'cloudfront-headers.json'), 'utf8');

  it('is up to date with deploy/headers.ts (run `npm run deploy:headers`)', () => {
    expect(file).toBe(cloudFrontHeadersFile());
  });

  it('sends the site the security headers and the editor its own, as nginx and _headers do', () => {
    const policies = JSON.parse(file) as { PathPattern: string; ResponseHeadersPolicyConfig: unknown }[];
    const byPath = Object.fromEntries(
      policies.map((p) => [p.PathPattern, cloudFrontSends(p.ResponseHeadersPolicyConfig)]),
    );
    expect(byPath['*']).toEqual(securityHeaders);
    expect(byPath['/admin/*']).toEqual(adminHeaders());
  });
});

describe('deploy/nginx.conf and public/_headers', () => {
  it('are up to date with deploy/headers.ts (run `npm run deploy:headers`)', () => {
    expect(nginxConf).toBe(withGeneratedNginx(nginxConf));
    expect(readFileSync(join(projectRoot, 'public', '_headers'), 'utf8')).toBe(headersFile());
  });

  it('nginx.conf sends every header on every response, whatever the status', () => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(nginxConf).toContain(`add_header ${name} "${value}" always;`);
    }
    // add_header in a location would silently drop the server's headers there; the editor's
    // location (/admin/, its own policy) repeats them all.
    const locations = nginxConf.split(/^\s*location\b/m).slice(1);
    for (const block of locations.filter((b) => !b.startsWith(' ^~ /admin/')))
      expect(block.split('\n}')[0]).not.toContain('add_header');
    const admin = locations.find((b) => b.startsWith(' ^~ /admin/'))!.split('\n    }')[0];
    for (const [name, value] of Object.entries(adminHeaders()))
      expect(admin).toContain(`add_header ${name} "${value}" always;`);
  });

  it('the built _headers gives static hosts the same security headers and the long cache for hashed files', () => {
    const rules = parseHeadersFile(readDist('/_headers', realDist));
    expect(rules['/*']).toEqual(securityHeaders);
    for (const folder of hashedFolders)
      expect(rules[`${folder}*`]).toEqual({ 'Cache-Control': immutableCache });
    const { 'Content-Security-Policy': policy, 'X-Robots-Tag': robots } = adminHeaders();
    expect(rules['/admin/*']).toEqual({
      '! Content-Security-Policy': '',
      'Content-Security-Policy': policy,
      'X-Robots-Tag': robots,
    });
    expect(Object.keys(rules)).toHaveLength(2 + hashedFolders.length);
  });

  it('reads a _headers file the way hosts do', () => {
    expect(parseHeadersFile('# c\n/*\n  A: 1; b=2\n/x/*\n  B: https://y\n')).toEqual({
      '/*': { A: '1; b=2' },
      '/x/*': { B: 'https://y' },
    });
    expect(() => parseHeadersFile('  A: 1\n')).toThrow(/Not a header line/);
  });

  it('caches hashed files for a year and revalidates everything else', () => {
    expect(cacheControlFor('/_astro/Base.2VGa4Zn3.css')).toBe(immutableCache);
    expect(cacheControlFor('/pagefind/fragment/en_1ebefef.pf_fragment')).toBe(immutableCache);
    expect(cacheControlFor('/pagefind/pagefind.mn_8d32d7f77a.pf_meta')).toBe(immutableCache);
    for (const path of ['/', '/news/x/', '/rss.xml', '/pagefind/pagefind.js', '/pagefind/wasm.en.pagefind']) {
      expect(cacheControlFor(path), path).toBe('no-cache');
    }
  });
});
