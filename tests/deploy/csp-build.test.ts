import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from '../../deploy/headers';
import { cspProblems, cssProblems, scriptProblems } from '../gates/csp';
import { realDist, distFiles } from '../helpers/dist';

// The build stays within the policy deploy/headers.ts sends, so the policy never has to weaken.

const files = distFiles(realDist);
const read = (f: string) => readFileSync(join(realDist, f), 'utf8');

describe('the Content-Security-Policy', () => {
  it('is strict: self only, no inline code, no eval, no framing, no plugins', () => {
    const csp = securityHeaders['Content-Security-Policy'];
    // ('wasm-unsafe-eval' allows compiling WebAssembly only; 'unsafe-eval' would allow eval().)
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*|data:|blob:|https?:/);
    expect(contentSecurityPolicy).toMatchObject({
      'default-src': ["'self'"],
      'script-src': ["'self'", "'wasm-unsafe-eval'"],
      'style-src': ["'self'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
    });
  });
});

describe('the build needs nothing weaker', () => {
  const html = files.filter((f) => f.endsWith('.html'));

  it('checks every HTML page, the search pages and both 404 pages included', () => {
    expect(html.length).toBeGreaterThan(100);
    expect(html).toEqual(
      expect.arrayContaining(['/search/index.html', '/en/search/index.html', '/404.html', '/en/404.html']),
    );
  });

  it('finds nothing in any page that the policy would block', () => {
    expect(html.flatMap((file) => cspProblems(read(file)).map((p) => `${file}: ${p}`))).toEqual([]);
  });

  it('has no stylesheet loading from another origin and no script evaluating strings', () => {
    const css = files.filter((f) => f.endsWith('.css'));
    const js = files.filter((f) => /\.m?js$/.test(f));
    expect(css.length).toBeGreaterThan(0);
    expect(js).toEqual(expect.arrayContaining(['/pagefind/pagefind.js']));
    for (const f of css) expect(cssProblems(read(f)), f).toEqual([]);
    for (const f of js) expect(scriptProblems(read(f)), f).toEqual([]);
  });
});

describe('the check itself', () => {
  const wrap = (head: string, body = '') =>
    `<!doctype html><html lang="en"><head><title>x</title>${head}</head><body>${body}</body></html>`;

  it('lets a clean page through: JSON-LD, own scripts, styles, images and forms', () => {
    expect(
      cspProblems(
        wrap(
          '<script type="application/ld+json">{"@type":"Thing"}</script>' +
            '<script type="module" src="/_astro/a.js"></script><link rel="stylesheet" href="/_astro/a.css">' +
            '<link rel="canonical" href="https://elsewhere.example/">',
          '<img src="/a.png" alt=""><form action="/search/"></form><a href="https://elsewhere.example/">x</a>',
        ),
      ),
    ).toEqual([]);
  });

  it.each([
    ['an inline script', wrap('<script>alert(1)</script>'), /inline script/],
    ['an inline module script', wrap('<script type="module">import "/a.js"</script>'), /inline script/],
    ['an event handler', wrap('', '<button onclick="go()">x</button>'), /onclick/],
    ['a style attribute', wrap('', '<p style="color:red">x</p>'), /style attribute/],
    ['a style attribute in inline SVG', wrap('', '<svg><rect style="fill:red"/></svg>'), /style attribute/],
    ['a <style> element', wrap('<style>p{color:red}</style>'), /<style>/],
    ['a javascript: URL', wrap('', '<a href="javascript:go()">x</a>'), /javascript: URL/],
    ['a script from a CDN', wrap('<script src="https://cdn.example/x.js"></script>'), /another origin/],
    ['a protocol-relative script', wrap('<script src="//cdn.example/x.js"></script>'), /another origin/],
    [
      'a web font stylesheet',
      wrap('<link rel="stylesheet" href="https://fonts.example/css">'),
      /another origin/,
    ],
    [
      'a preloaded font',
      wrap('<link rel="preload" as="font" href="https://fonts.example/a.woff2">'),
      /another origin/,
    ],
    ['an outside image', wrap('', '<img src="https://img.example/a.png" alt="">'), /another origin/],
    [
      'an outside srcset',
      wrap('', '<img src="/a.png" srcset="https://img.example/b.png 2x" alt="">'),
      /another origin/,
    ],
    ['an iframe', wrap('', '<iframe src="/x/"></iframe>'), /<iframe>/],
    ['an object', wrap('', '<object data="/x.swf"></object>'), /<object>/],
    ['a base element', wrap('<base href="https://elsewhere.example/">'), /<base>/],
    [
      'a form posting elsewhere',
      wrap('', '<form action="https://elsewhere.example/"></form>'),
      /form posting/,
    ],
  ])('catches %s', (_, page, problem) => {
    expect(cspProblems(page).join('\n')).toMatch(problem);
  });

  it('catches outside fonts in CSS and string evaluation in scripts', () => {
    expect(cssProblems('@font-face{src:url("https://fonts.example/a.woff2")}')).toHaveLength(1);
    expect(cssProblems('@import "https://fonts.example/a.css";')).toHaveLength(1);
    expect(cssProblems('a{background:url(/a.png)}')).toEqual([]);
    expect(scriptProblems('x=eval("1")')).toHaveLength(1);
    expect(scriptProblems('f=new Function("return 1")')).toHaveLength(1);
    expect(scriptProblems('setTimeout("go()", 1)')).toHaveLength(1);
    expect(scriptProblems('setTimeout(go, 1); evaluate(x)')).toEqual([]);
  });
});
