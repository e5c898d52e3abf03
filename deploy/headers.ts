import { editorSettings } from '../src/admin/settings';

/**
 * The HTTP headers the site is served with: one list, written into deploy/nginx.conf and
 * public/_headers by `npm run deploy:headers`, and checked against what nginx really sends by
 * tests/deploy/. Change them here, run the script, commit the three files.
 */

/**
 * Content-Security-Policy, directive by directive. The built site has no inline script or style
 * (JSON-LD is data, not script), loads nothing from another origin, and runs one module script
 * (the search page) that loads Pagefind. tests/deploy/csp-build.test.ts keeps it that way.
 */
export const contentSecurityPolicy: Record<string, string[]> = {
  'default-src': ["'self'"],
  // Pagefind compiles its WebAssembly from bytes it fetched and unpacked itself, which Chromium
  // refuses without 'wasm-unsafe-eval' (tests/deploy/nginx-browser.test.ts shows it). It allows
  // compiling WebAssembly only, not eval() or new Function().
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  'style-src': ["'self'"],
  'img-src': ["'self'"],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * The editor at /admin/ (Decap CMS) only, measured in Chromium (tests/editor/editor.test.ts
 * enforces it and fails on any violation): its React styling injects <style> elements and style
 * attributes ('unsafe-inline' styles), its configuration check compiles JSON schemas with
 * new Function() ('unsafe-eval'), and it fetches and shows entries and pictures it holds as blob:
 * URLs (connect-src and img-src blob:). It
 * reaches the officer's own local backend (`npm run editor`) and the agency's git host named by
 * the EDITOR_* settings at the time `npm run deploy:headers` runs; nothing else.
 */
export function adminContentSecurityPolicy(settings = editorSettings()): Record<string, string[]> {
  return {
    ...contentSecurityPolicy,
    'script-src': ["'self'", "'unsafe-eval'"],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'blob:', 'data:'],
    'connect-src': ["'self'", 'blob:', `http://127.0.0.1:${settings.localPort}`, ...settings.origins],
  };
}

const policyText = (policy: Record<string, string[]>) =>
  Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ');

/** Browser features the site does not use, each allowed to no one. */
const deniedFeatures = [
  'accelerometer',
  'autoplay',
  'camera',
  'display-capture',
  'encrypted-media',
  'fullscreen',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'picture-in-picture',
  'publickey-credentials-get',
  'screen-wake-lock',
  'serial',
  'usb',
  'xr-spatial-tracking',
];

/** Every response, whatever its type or status: name → value. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': policyText(contentSecurityPolicy),
  // Browsers obey it only when it comes over HTTPS (docs/deploy.md: "HSTS").
  'Strict-Transport-Security': 'max-age=31536000',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': deniedFeatures.map((f) => `${f}=()`).join(', '),
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The editor's headers: the same, with its own policy, and kept out of search engines. */
export const adminHeaders = (settings = editorSettings()): Record<string, string> => ({
  ...securityHeaders,
  'Content-Security-Policy': policyText(adminContentSecurityPolicy(settings)),
  'X-Robots-Tag': 'noindex, nofollow',
});

/** Files whose names change with their content: cached for a year, never revalidated. */
export const immutableCache = 'public, max-age=31536000, immutable';
/** Everything else (HTML, feeds, the sitemap, Pagefind's entry files): revalidated on every use. */
const revalidateCache = 'no-cache';

/** Folders of files with a content hash in their names: Astro's assets and Pagefind's chunks. */
export const hashedFolders = ['/_astro/', '/pagefind/fragment/', '/pagefind/index/', '/pagefind/filter/'];

/**
 * Pagefind's per-language metadata, `pagefind.<lang>_<hash>.pf_meta`, is hashed too (a regular
 * expression that reads the same in JavaScript and nginx).
 */
const hashedFiles = String.raw`^/pagefind/pagefind\.[a-z0-9_-]+\.pf_meta$`;

/** The Cache-Control value nginx sends for a path. */
export function cacheControlFor(path: string): string {
  const hashed = hashedFolders.some((f) => path.startsWith(f)) || new RegExp(hashedFiles).test(path);
  return hashed ? immutableCache : revalidateCache;
}

/** A header value as an nginx string: no quote, backslash or `$` (which would start a variable). */
const nginxValue = (value: string) => {
  if (/["\\$]/.test(value)) throw new Error(`Cannot put ${value} in an nginx header value`);
  return `"${value}"`;
};

/** The lines of deploy/nginx.conf between its "generated" markers (inside the server block). */
function nginxHeaderLines(indent = '    '): string[] {
  return [
    ...Object.entries(securityHeaders).map(
      ([name, value]) => `add_header ${name} ${nginxValue(value)} always;`,
    ),
    `add_header Cache-Control $masm_cache_control always;`,
  ].map((l) => indent + l);
}

/** The lines inside deploy/nginx.conf's `location ^~ /admin/` (add_header there replaces the server's). */
function nginxAdminHeaderLines(indent = '        '): string[] {
  return [
    ...Object.entries(adminHeaders()).map(
      ([name, value]) => `add_header ${name} ${nginxValue(value)} always;`,
    ),
    `add_header Cache-Control $masm_cache_control always;`,
  ].map((l) => indent + l);
}

/** The map from path to Cache-Control in deploy/nginx.conf (http level, outside the server block). */
function nginxCacheMap(): string[] {
  const prefix = (folder: string) => `"~^${folder.replace(/[.]/g, '\\.')}"`;
  return [
    'map $uri $masm_cache_control {',
    `    default ${nginxValue(revalidateCache)};`,
    ...hashedFolders.map((f) => `    ${prefix(f)} ${nginxValue(immutableCache)};`),
    `    "~${hashedFiles}" ${nginxValue(immutableCache)};`,
    '}',
  ];
}

/**
 * public/_headers, for static hosts that read one (Netlify, Cloudflare Pages): the security
 * headers on every path and the long cache on the hashed folders. Cache-Control is not set on
 * `/*`, because hosts join the values of every rule that matches a path.
 */
export function headersFile(): string {
  return [
    '# Generated from deploy/headers.ts by `npm run deploy:headers`; edit that file, not this one.',
    '/*',
    ...Object.entries(securityHeaders).map(([name, value]) => `  ${name}: ${value}`),
    ...hashedFolders.flatMap((f) => [`${f}*`, `  Cache-Control: ${immutableCache}`]),
    // "! Name" detaches the header set on /* (Cloudflare Pages), so /admin/ has one policy, its own.
    '/admin/*',
    '  ! Content-Security-Policy',
    `  Content-Security-Policy: ${adminHeaders()['Content-Security-Policy']}`,
    `  X-Robots-Tag: ${adminHeaders()['X-Robots-Tag']}`,
    '',
  ].join('\n');
}

/**
 * deploy/nginx.conf with its generated parts (between `# >>> generated: <part>` and
 * `# <<< generated`) written from this file; the rest is left as it is.
 */
export function withGeneratedNginx(conf: string): string {
  const parts: Record<string, (indent: string) => string[]> = {
    'cache map': (indent) => nginxCacheMap().map((l) => indent + l),
    headers: (indent) => nginxHeaderLines(indent),
    'admin headers': (indent) => nginxAdminHeaderLines(indent),
  };
  let out = conf;
  for (const [part, lines] of Object.entries(parts)) {
    const region = new RegExp(
      String.raw`^([ \t]*)(# >>> generated: ${part} \(deploy/headers\.ts\)\n)[\s\S]*?^([ \t]*# <<< generated)$`,
      'm',
    );
    if (!region.test(out)) throw new Error(`deploy/nginx.conf has no "generated: ${part}" markers`);
    out = out.replace(region, (_, indent: string, open: string, close: string) =>
      [indent + open + lines(indent).join('\n'), close].join('\n'),
    );
  }
  return out;
}

/** A CloudFront response headers policy (its ResponseHeadersPolicyConfig) carrying `headers`. */
function cloudFrontPolicy(name: string, comment: string, headers: Record<string, string>) {
  const {
    'Content-Security-Policy': csp,
    'Strict-Transport-Security': hsts,
    'X-Content-Type-Options': nosniff,
    'Referrer-Policy': referrer,
    ...rest
  } = headers;
  const maxAge = Number(/max-age=(\d+)/.exec(hsts ?? '')?.[1]);
  const custom = Object.entries(rest).map(([Header, Value]) => ({ Header, Value, Override: true }));
  return {
    Name: name,
    Comment: comment,
    SecurityHeadersConfig: {
      ...(csp ? { ContentSecurityPolicy: { Override: true, ContentSecurityPolicy: csp } } : {}),
      ...(hsts
        ? {
            StrictTransportSecurity: {
              Override: true,
              AccessControlMaxAgeSec: maxAge,
              IncludeSubdomains: /includeSubDomains/i.test(hsts),
              Preload: /preload/i.test(hsts),
            },
          }
        : {}),
      ...(nosniff === 'nosniff' ? { ContentTypeOptions: { Override: true } } : {}),
      ...(referrer ? { ReferrerPolicy: { Override: true, ReferrerPolicy: referrer } } : {}),
    },
    CustomHeadersConfig: { Quantity: custom.length, Items: custom },
  };
}

/**
 * deploy/cloudfront-headers.json: the same headers as CloudFront response headers policies, one for
 * the site and one for the editor, each with the path pattern its cache behaviour uses (docs/deploy.md,
 * "Beyond one server"). Cache-Control is not here: each object carries its own (the bucket target).
 */
export function cloudFrontHeadersFile(): string {
  const policies = [
    {
      PathPattern: '*',
      ResponseHeadersPolicyConfig: cloudFrontPolicy(
        'masm-site',
        'Generated from deploy/headers.ts',
        securityHeaders,
      ),
    },
    {
      PathPattern: '/admin/*',
      ResponseHeadersPolicyConfig: cloudFrontPolicy(
        'masm-admin',
        'Generated from deploy/headers.ts',
        adminHeaders(),
      ),
    },
  ];
  return `${JSON.stringify(policies, null, 2)}\n`;
}
