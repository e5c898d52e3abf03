import { describe, expect, it } from 'vitest';
import { isSafeSvg, pictureProblems } from '../../src/lib/validate/pictures';
import type { Problem } from '../../src/lib/validate/problem';

// Pictures are published as they are: a picture that is not what its name says, or an SVG that
// could run script or load something from elsewhere, is refused before the build.

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));
const NS = 'xmlns="http://www.w3.org/2000/svg"';
const XLINK = 'xmlns:xlink="http://www.w3.org/1999/xlink"';
const dir = 'content/news/images';

// Real headers, as the encoders write them (the bytes after the magic number matter to no check).
const png = bytes(
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  [0, 0, 0, 13],
  'IHDR',
  [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89],
);
const jpeg = bytes([0xff, 0xd8, 0xff, 0xe0, 0, 16], 'JFIF', [0, 1, 1, 0, 0, 1, 0, 1, 0, 0]);
const gif87 = bytes('GIF87a', [1, 0, 1, 0, 0x80, 0, 0]);
const gif89 = bytes('GIF89a', [1, 0, 1, 0, 0x80, 0, 0]);
const webp = bytes('RIFF', [0x1a, 0, 0, 0], 'WEBPVP8L', [0x0d, 0, 0, 0, 0x2f, 0, 0, 0, 0x10]);
const avif = bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'avifmif1miaf');
// Older encoders name mif1 first and avif among the compatible brands.
const avifMif1 = bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'mif1avifmiaf');
const pngBase64 = Buffer.from(png).toString('base64');

/** What each refusal tells the officer, found by its English text. */
const says = {
  empty: /this one is empty \(0 bytes\)/,
  notRaster: /holds no (PNG|JPEG|GIF|WebP) picture.*Export the picture again as PNG or JPEG/,
  rename: /Rename it to end in/,
  encoding: /saved as UTF-8 text/,
  malformed: /well-formed SVG: this file is cut short or damaged/,
  notSvg: /some other document, such as a web page/,
  namespace: /without it browsers do not show the picture/,
  script: /without script: remove the <script> element or save the picture as PNG/,
  event: /attributes such as onload or onclick run script/,
  javascript: /a javascript: address runs script/,
  embedded: /nothing else embedded/,
  reference: /loads nothing from elsewhere/,
  style: /styles without outside addresses/,
  entity: /without a <!DOCTYPE … \[ … \]> block or <!ENTITY>/,
  animation: /animation that does not change links or on… attributes/,
  instruction: /no <\?…\?> instruction other than the first <\?xml …\?> line/,
};

interface Refusal {
  says: RegExp;
  /** A piece of the quote the officer sees. */
  found: string;
  line?: number;
}
interface Hostile {
  name: string;
  file: string;
  content: string | Uint8Array;
  refused: Refusal[];
}

const hostile: Hostile[] = [
  {
    name: '<svg onload=…>',
    file: 'onload.svg',
    content: `<svg ${NS} onload="alert(document.cookie)"><circle r="5"/></svg>`,
    refused: [{ says: says.event, found: 'onload="alert(document.cookie)"', line: 1 }],
  },
  {
    name: '<SCRIPT> in upper case',
    file: 'upper-script.svg',
    content: `<svg ${NS}>\n<rect width="1" height="1"/>\n<SCRIPT>alert(1)</SCRIPT>\n</svg>`,
    refused: [{ says: says.script, found: '<SCRIPT>', line: 3 }],
  },
  {
    name: '<script xlink:href="https://…">',
    file: 'script-href.svg',
    content: `<svg ${NS} ${XLINK}>\n  <script xlink:href="https://evil.example/x.js"/>\n</svg>`,
    refused: [
      { says: says.script, found: '<script xlink:href="https://evil.example/x.js"/>', line: 2 },
      { says: says.reference, found: 'xlink:href="https://evil.example/x.js"', line: 2 },
    ],
  },
  {
    name: '<a xlink:href="javascript:alert(1)">',
    file: 'a-javascript.svg',
    content: `<svg ${NS} ${XLINK}>\n<a xlink:href="javascript:alert(1)"><text>Click</text></a>\n</svg>`,
    refused: [{ says: says.javascript, found: 'xlink:href="javascript:alert(1)"', line: 2 }],
  },
  {
    name: '<a href="&#106;avascript:…"> (a character reference)',
    file: 'a-entity.svg',
    content: `<svg ${NS}>\n<g>\n<a href="&#106;avascript:alert(1)"><text>x</text></a></g></svg>`,
    refused: [{ says: says.javascript, found: 'href="&#106;avascript:alert(1)"', line: 3 }],
  },
  {
    name: 'java&#x09;script: (a tab a browser drops)',
    file: 'a-tab.svg',
    content: `<svg ${NS} ${XLINK}><a\n  xlink:href="java&#x09;script:alert(1)"/></svg>`,
    refused: [{ says: says.javascript, found: 'xlink:href="java&#x09;script:alert(1)"', line: 2 }],
  },
  {
    name: 'a javascript: address after spaces',
    file: 'a-space.svg',
    content: `<svg ${NS}><a href="  JavaScript:alert(1)"/></svg>`,
    refused: [{ says: says.javascript, found: 'href=" JavaScript:alert(1)"', line: 1 }],
  },
  {
    name: '<image href="https://example.com/x.png">',
    file: 'image-remote.svg',
    content: `<svg ${NS}>\n<image href="https://example.com/x.png" width="10" height="10"/>\n</svg>`,
    refused: [{ says: says.reference, found: 'href="https://example.com/x.png"', line: 2 }],
  },
  {
    name: '<use href="https://…#x">',
    file: 'use-remote.svg',
    content: `<svg ${NS}><use href="https://evil.example/sprite.svg#x"/></svg>`,
    refused: [{ says: says.reference, found: 'href="https://evil.example/sprite.svg#x"', line: 1 }],
  },
  {
    name: 'an <image> of another file beside it',
    file: 'image-relative.svg',
    content: `<svg ${NS}><image href="../images/photo.jpg"/></svg>`,
    refused: [{ says: says.reference, found: 'href="../images/photo.jpg"', line: 1 }],
  },
  {
    name: 'an embedded SVG (data:image/svg+xml), which could hold script itself',
    file: 'data-svg.svg',
    content: `<svg ${NS}><image href="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"/></svg>`,
    refused: [{ says: says.reference, found: 'href="data:image/svg+xml;base64,', line: 1 }],
  },
  {
    name: 'data:image/png that is not a PNG',
    file: 'data-fake-png.svg',
    content: `<svg ${NS}><image href="data:image/png;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+"/></svg>`,
    refused: [{ says: says.reference, found: 'href="data:image/png;base64,PHN2Zy', line: 1 }],
  },
  {
    name: 'xml:base pointing elsewhere',
    file: 'xml-base.svg',
    content: `<svg ${NS} xml:base="https://evil.example/"><use href="#a"/></svg>`,
    refused: [{ says: says.reference, found: 'xml:base="https://evil.example/"', line: 1 }],
  },
  {
    name: '<foreignObject><iframe/></foreignObject>',
    file: 'foreign-object.svg',
    content: `<svg ${NS}>\n<foreignObject width="100" height="100">\n<iframe xmlns="http://www.w3.org/1999/xhtml"/>\n</foreignObject>\n</svg>`,
    refused: [{ says: says.embedded, found: '<foreignObject width="100" height="100">', line: 2 }],
  },
  {
    name: 'an HTML <iframe> outside any <foreignObject>',
    file: 'iframe.svg',
    content: `<svg ${NS}>\n<iframe xmlns="http://www.w3.org/1999/xhtml" src="https://evil.example/"/>\n</svg>`,
    refused: [
      { says: says.embedded, found: '<iframe xmlns="http://www.w3.org/1999/xhtml"', line: 2 },
      { says: says.reference, found: 'src="https://evil.example/"', line: 2 },
    ],
  },
  {
    name: '<embed>, <object>, <video> and <canvas>',
    file: 'embed.svg',
    content: `<svg ${NS}>\n<canvas/>\n<embed src="https://evil.example/x.swf"/><object/><video/></svg>`,
    refused: [
      { says: says.embedded, found: '<canvas/>', line: 2 },
      { says: says.reference, found: 'src="https://evil.example/x.swf"', line: 3 },
    ],
  },
  {
    name: 'an HTML <meta http-equiv="refresh"> under a namespace prefix',
    file: 'meta-refresh.svg',
    content: `<svg ${NS} xmlns:h="http://www.w3.org/1999/xhtml"><h:meta http-equiv="refresh" content="0;url=https://evil.example/"/></svg>`,
    refused: [{ says: says.embedded, found: '<h:meta http-equiv="refresh"', line: 1 }],
  },
  {
    name: 'a <script> under an SVG namespace prefix',
    file: 'prefixed-script.svg',
    content: `<s:svg xmlns:s="http://www.w3.org/2000/svg">\n<s:script>alert(1)</s:script>\n</s:svg>`,
    refused: [{ says: says.script, found: '<s:script>', line: 2 }],
  },
  {
    name: 'an event attribute in mixed case on an inner element',
    file: 'mixed-event.svg',
    content: `<svg ${NS}>\n<g>\n<rect width="5" height="5" ONMouseOver="alert(1)"/>\n</g>\n</svg>`,
    refused: [{ says: says.event, found: 'ONMouseOver="alert(1)"', line: 3 }],
  },
  {
    name: 'style="background:url(https://…)"',
    file: 'style-attribute.svg',
    content: `<svg ${NS}>\n<rect width="5" height="5"\n  style="fill:red;background:url(https://evil.example/track.png)"/>\n</svg>`,
    refused: [{ says: says.style, found: 'url(https://evil.example/track.png)', line: 3 }],
  },
  {
    name: 'fill="url(https://…)" (a presentation attribute)',
    file: 'fill-remote.svg',
    content: `<svg ${NS}><rect fill="url(https://evil.example/g.svg#g)" width="5" height="5"/></svg>`,
    refused: [{ says: says.style, found: 'fill="url(https://evil.example/g.svg#g)"', line: 1 }],
  },
  {
    name: 'image-set("https://…") in a style',
    file: 'image-set.svg',
    content: `<svg ${NS}><rect style="background-image:image-set('https://evil.example/a.png' 1x)"/></svg>`,
    refused: [{ says: says.style, found: "image-set('https://evil.example/a.png' 1x)", line: 1 }],
  },
  {
    name: '<style>@import url(https://…)</style>',
    file: 'style-import.svg',
    content: `<svg ${NS}>\n<style>\n.a { fill: red }\n@import url(https://evil.example/x.css);\n</style>\n</svg>`,
    refused: [{ says: says.style, found: '@import url(https://evil.example/x.css)', line: 4 }],
  },
  {
    name: '@import written as &#64;import',
    file: 'style-entity.svg',
    content: `<svg ${NS}><style>&#64;import "https://evil.example/x.css";</style></svg>`,
    refused: [{ says: says.style, found: '@import "https://evil.example/x.css"', line: 1 }],
  },
  {
    name: 'url() hidden behind a CSS escape in CDATA',
    file: 'style-escape.svg',
    content: `<svg ${NS}><style><![CDATA[\n.a {\n  background: u\\72l(https://evil.example/x.png);\n}\n]]></style></svg>`,
    refused: [{ says: says.style, found: 'url(https://evil.example/x.png)', line: 3 }],
  },
  {
    name: '<!DOCTYPE svg [<!ENTITY x "…">]> (entity expansion)',
    file: 'entities.svg',
    content: `<?xml version="1.0"?>\n<!DOCTYPE svg [\n  <!ENTITY lol "lol">\n  <!ENTITY lol2 "&lol;&lol;&lol;&lol;">\n]>\n<svg ${NS}><text>&lol2;</text></svg>`,
    refused: [{ says: says.entity, found: '<!ENTITY lol "lol">', line: 3 }],
  },
  {
    name: 'an <!ENTITY> outside any DOCTYPE',
    file: 'stray-entity.svg',
    content: `<svg ${NS}>\n<!ENTITY x "y">\n</svg>`,
    refused: [
      { says: says.entity, found: '<!ENTITY x "y">', line: 2 },
      { says: says.malformed, found: '<!ENTITY x "y">', line: 2 },
    ],
  },
  {
    name: '<set attributeName="href" to="javascript:alert(1)"/>',
    file: 'set-href.svg',
    content: `<svg ${NS}>\n<a href="#x"><text>x</text>\n<set attributeName="href" to="javascript:alert(1)"/></a>\n</svg>`,
    refused: [
      { says: says.animation, found: '<set attributeName="href" to="javascript:alert(1)"/>', line: 3 },
      { says: says.javascript, found: 'to="javascript:alert(1)"', line: 3 },
    ],
  },
  {
    name: '<animate attributeName="onclick" …/>',
    file: 'animate-onclick.svg',
    content: `<svg ${NS}><rect width="5" height="5">\n<animate attributeName="onclick" values="alert(1)" dur="1s"/></rect></svg>`,
    refused: [{ says: says.animation, found: '<animate attributeName="onclick"', line: 2 }],
  },
  {
    name: '<animate attributeName="xlink:href"> even between fragments',
    file: 'animate-href.svg',
    content: `<svg ${NS} ${XLINK}><a xlink:href="#a"><animate attributeName="xlink:href" values="#a;#b" dur="1s"/></a></svg>`,
    refused: [{ says: says.animation, found: 'attributeName="xlink:href"', line: 1 }],
  },
  {
    name: 'an <?xml-stylesheet?> (an XSLT that could write script)',
    file: 'xslt.svg',
    content: `<?xml version="1.0"?>\n<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>\n<svg ${NS}/>`,
    refused: [
      {
        says: says.instruction,
        found: '<?xml-stylesheet type="text/xsl" href="https://evil.example/x.xsl"?>',
        line: 2,
      },
    ],
  },
  {
    name: 'a truncated SVG',
    file: 'truncated.svg',
    content: `<svg ${NS} viewBox="0 0 10 10">\n<g>\n<path d="M0 0 L10 10 L0 10`,
    refused: [{ says: says.malformed, found: 'd="M0 0 L10 10 L0 10', line: 3 }],
  },
  {
    name: 'an SVG whose elements are not closed in order',
    file: 'misnested.svg',
    content: `<svg ${NS}>\n<g>\n<rect/>\n</svg>\n</g>`,
    refused: [{ says: says.malformed, found: '</svg>', line: 4 }],
  },
  {
    name: 'a <script> inside a bogus <![…[ section a lenient parser would read as text',
    file: 'bogus-section.svg',
    content: `<svg ${NS}>\n<![FOO[ <script>alert(1)</script> ]]>\n</svg>`,
    refused: [{ says: says.malformed, found: '<![FOO[ <script>alert(1)</script> ]]>', line: 2 }],
  },
  {
    name: 'a "<" inside an attribute value',
    file: 'attribute-lt.svg',
    content: `<svg ${NS}><a title="x<script>alert(1)</script>"/></svg>`,
    refused: [{ says: says.malformed, found: 'title="x<script>', line: 1 }],
  },
  {
    name: 'an HTML page saved as .svg',
    file: 'page.svg',
    content:
      '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title>News</title></head>\n<body><p>Hello</p><script>alert(1)</script></body>\n</html>\n',
    refused: [
      { says: says.notSvg, found: '<html lang="en">', line: 2 },
      { says: says.malformed, found: '</html>', line: 5 },
    ],
  },
  {
    name: 'an XHTML page saved as .svg',
    file: 'xhtml.svg',
    content: `<html xmlns="http://www.w3.org/1999/xhtml">\n<body><script>alert(1)</script></body></html>`,
    refused: [
      { says: says.notSvg, found: '<html xmlns="http://www.w3.org/1999/xhtml">', line: 1 },
      { says: says.embedded, found: '<html xmlns=', line: 1 },
      { says: says.script, found: '<script>', line: 2 },
    ],
  },
  {
    name: 'an <svg> without the SVG namespace',
    file: 'no-namespace.svg',
    content: '<svg viewBox="0 0 10 10"><path d="M0 0h10"/></svg>',
    refused: [{ says: says.namespace, found: '<svg viewBox="0 0 10 10">', line: 1 }],
  },
  {
    name: 'Windows line ends and a byte order mark, the <script> counted on its own line',
    file: 'crlf.svg',
    content: bytes(
      [0xef, 0xbb, 0xbf],
      `<?xml version="1.0"?>\r\n<svg ${NS}>\r\n<g>\r\n<script>alert(1)</script>\r\n</g></svg>`,
    ),
    refused: [{ says: says.script, found: '<script>', line: 4 }],
  },
  {
    name: 'an SVG saved as UTF-16',
    file: 'utf16.svg',
    content: bytes(
      [0xff, 0xfe],
      [...`<svg ${NS}/>`].flatMap((c) => [c.charCodeAt(0), 0]),
    ),
    refused: [{ says: says.encoding, found: 'UTF-16' }],
  },
  {
    name: 'an encoding a browser reads differently (EBCDIC)',
    file: 'ebcdic.svg',
    content: `<?xml version="1.0" encoding="EBCDIC-US"?><svg ${NS}/>`,
    refused: [{ says: says.encoding, found: 'encoding="EBCDIC-US"' }],
  },
  {
    name: 'bytes that are not UTF-8 in an SVG that says nothing of its encoding',
    file: 'latin-bytes.svg',
    content: bytes(`<svg ${NS}>\n<title>Caf`, [0xe9], '</title>\n</svg>'),
    refused: [{ says: says.encoding, found: '<title>Caf', line: 2 }],
  },
  {
    name: 'a .png that is really SVG text',
    file: 'logo.png',
    content: `<svg ${NS} onload="alert(1)"><rect/></svg>`,
    refused: [{ says: says.notRaster, found: '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)">' }],
  },
  {
    name: 'a .jpg that is really an HTML page',
    file: 'photo.jpg',
    content: '<!DOCTYPE html><html><body><script>alert(1)</script></body></html>',
    refused: [{ says: says.notRaster, found: '<!DOCTYPE html><html><body><script>' }],
  },
  {
    name: 'an empty .jpg',
    file: 'empty.jpg',
    content: new Uint8Array(),
    refused: [{ says: says.empty, found: '' }],
  },
  {
    name: 'an empty .svg',
    file: 'empty.svg',
    content: new Uint8Array(),
    refused: [{ says: says.empty, found: '' }],
  },
  {
    name: 'a .gif of random bytes',
    file: 'noise.gif',
    content: bytes([0x00, 0x13, 0x37, 0x42, 0x99, 0xaa, 0xbb, 0xcc, 0xdd]),
    refused: [{ says: says.notRaster, found: '00 13 37 42 99 aa bb cc' }],
  },
  {
    name: 'a .webp that is a RIFF file of another kind (WAVE)',
    file: 'sound.webp',
    content: bytes('RIFF', [0x24, 0, 0, 0], 'WAVEfmt '),
    refused: [{ says: says.notRaster, found: '52 49 46 46 24 00 00 00' }],
  },
  {
    name: 'a JPEG named .png',
    file: 'renamed.png',
    content: jpeg,
    refused: [{ says: says.rename, found: 'JPEG' }],
  },
  {
    name: 'a PNG named .svg',
    file: 'renamed.svg',
    content: png,
    refused: [{ says: says.rename, found: 'PNG' }],
  },
];

const checkShape = (p: Problem, file: string) => {
  expect(p.file).toBe(file);
  expect(p.field).toBe('picture');
  expect(p.found.length).toBeLessThanOrEqual(80);
  expect(p.expected.mn.length).toBeGreaterThan(10);
  expect(p.expected.mn).not.toBe(p.expected.en);
};

describe('pictureProblems: hostile pictures are refused', () => {
  it('has a corpus of at least 25 hostile files', () => {
    expect(hostile.length).toBeGreaterThanOrEqual(25);
    expect(new Set(hostile.map((h) => h.file)).size).toBe(hostile.length);
  });

  it.each(hostile)('$name', ({ file, content, refused }) => {
    const path = `${dir}/${file}`;
    const problems = pictureProblems(path, typeof content === 'string' ? utf8(content) : content);
    // Exactly the kinds expected, each once, each told where it is and what was found.
    expect(problems).toHaveLength(refused.length);
    for (const r of refused) {
      const p = problems.find((q) => r.says.test(q.expected.en));
      expect(p, `${r.says}`).toBeDefined();
      checkShape(p!, path);
      expect(p!.found).toContain(r.found);
      expect(p!.line).toBe(r.line);
    }
  });

  it('tells each kind once, at its first line', () => {
    const problems = pictureProblems(
      `${dir}/many.svg`,
      utf8(
        `<svg ${NS}>\n<g onclick="a()">\n<script>1</script>\n<rect onload="b()"/>\n<script>2</script>\n</g>\n</svg>`,
      ),
    );
    expect(problems.map((p) => [p.found, p.line])).toEqual([
      ['onclick="a()"', 2],
      ['<script>', 3],
    ]);
  });

  it('refuses a file whose extension is not a picture, by its name', () => {
    const [p, ...rest] = pictureProblems(`${dir}/scan.bmp`, bytes('BM', [0, 0, 0, 0]));
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ file: `${dir}/scan.bmp`, field: 'file name', found: 'scan.bmp' });
    expect(p.expected.en).toContain('.png .jpg .jpeg .gif .webp .avif .svg');
  });

  it('never throws, whatever the bytes', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % 256;
    const inputs = [
      ...Array.from({ length: 40 }, (_, k) => Uint8Array.from({ length: k * 7 }, random)),
      utf8('<'),
      utf8('<svg'),
      utf8('<?xml'),
      utf8('<!DOCTYPE'),
      utf8(`<svg ${NS}>${'<g>'.repeat(2000)}`),
      utf8(`<svg ${NS} __proto__="x"/>`),
      utf8(`<svg ${NS}><x:y/></svg>`),
    ];
    for (const b of inputs)
      for (const name of ['a.svg', 'a.png', 'a.jpg', 'a.gif', 'a.webp', 'a.avif', 'a', 'a.'])
        expect(Array.isArray(pictureProblems(`${dir}/${name}`, b))).toBe(true);
    // What cannot be read is refused, never let through.
    expect(pictureProblems(`${dir}/deep.svg`, utf8(`<svg ${NS}>${'<g>'.repeat(2000)}`))).not.toEqual([]);
  });
});

const harmless: { name: string; file: string; content: string | Uint8Array }[] = [
  {
    name: 'a plain SVG icon with paths',
    file: 'icon.svg',
    content: `<svg ${NS} viewBox="0 0 24 24" width="24" height="24" fill="none" stroke="currentColor" stroke-width="2"><path d="M3 12h18M12 3v18"/><circle cx="12" cy="12" r="9"/></svg>`,
  },
  {
    name: 'gradients and filters referenced by url(#id), in attributes, style and <style>',
    file: 'gradient.svg',
    content: `<svg ${NS} viewBox="0 0 10 10">
  <style>.b { fill: url(#g); filter: url( "#f" ) } .c { clip-path: url('#c') }</style>
  <defs>
    <linearGradient id="g" x1="0" x2="1"><stop offset="0" stop-color="#fff"/><stop offset="1" stop-color="#000"/></linearGradient>
    <filter id="f"><feGaussianBlur stdDeviation="1"/></filter>
    <clipPath id="c"><rect width="5" height="5"/></clipPath>
  </defs>
  <rect width="10" height="10" fill="url(#g)" style="stroke:url(#g)" class="b c"/>
</svg>`,
  },
  {
    name: '<use href="#a"> and xlink:href="#a", with <title> and <desc>',
    file: 'use.svg',
    content: `<svg ${NS} ${XLINK} role="img" aria-labelledby="t">
  <title id="t">Хэмжил зүйн агентлаг — &lt;logo&gt;</title>
  <desc>Not script: javascript: and &lt;script&gt; are only words here.</desc>
  <defs><path id="a" d="M0 0h4v4z"/></defs>
  <use href="#a"/><use xlink:href="#a" x="5"/>
  <a href="#t"><text>top</text></a>
</svg>`,
  },
  {
    name: 'an XML declaration, a comment and the SVG 1.1 DOCTYPE (as Illustrator writes them)',
    file: 'illustrator.svg',
    content: `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 27.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">
<svg version="1.1" id="Layer_1" ${NS} ${XLINK} x="0px" y="0px" viewBox="0 0 10 10" style="enable-background:new 0 0 10 10;" xml:space="preserve">
<style type="text/css">
	.st0{fill:#1F4E9A;}
</style>
<rect class="st0" width="10" height="10"/>
</svg>
`,
  },
  {
    name: 'an Inkscape drawing with its own namespaces and metadata',
    file: 'inkscape.svg',
    content: `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<svg xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:svg="http://www.w3.org/2000/svg" ${NS} xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd" xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape" width="10mm" height="10mm" viewBox="0 0 10 10" sodipodi:docname="seal.svg" inkscape:version="1.3">
  <sodipodi:namedview id="namedview1" pagecolor="#ffffff" inkscape:zoom="1"/>
  <metadata><rdf:RDF><rdf:Description><dc:title>Seal</dc:title></rdf:Description></rdf:RDF></metadata>
  <g inkscape:label="Layer 1" inkscape:groupmode="layer" id="layer1">
    <path style="fill:#c00;stroke:none" d="M 0,0 H 10 V 10 Z" id="path1"/>
  </g>
</svg>`,
  },
  {
    name: 'a PNG embedded as data:image/png;base64',
    file: 'embedded-png.svg',
    content: `<svg ${NS} ${XLINK}><image width="1" height="1" xlink:href="data:image/png;base64,${pngBase64.slice(0, 16)}\n  ${pngBase64.slice(16)}"/></svg>`,
  },
  {
    name: 'Windows line ends, a byte order mark and Cyrillic text',
    file: 'crlf-bom.svg',
    content: bytes(
      [0xef, 0xbb, 0xbf],
      `<?xml version="1.0" encoding="UTF-8"?>\r\n<svg ${NS}>\r\n<text x="0" y="10">Стандартчилал, хэмжил зүйн газар</text>\r\n</svg>\r\n`,
    ),
  },
  {
    name: 'an SVG declared ISO-8859-1, with a byte above ASCII',
    file: 'latin1.svg',
    content: bytes(
      `<?xml version="1.0" encoding="ISO-8859-1"?>\n<svg ${NS}><title>Caf`,
      [0xe9],
      '</title></svg>',
    ),
  },
  {
    name: 'an SVG with an animation of colour and many nested groups',
    file: 'animated.svg',
    content: `<svg ${NS}>${'<g>'.repeat(200)}<circle r="4"><animate attributeName="fill" values="red;blue" dur="2s" begin="click" repeatCount="indefinite"/><set attributeName="r" to="5" begin="1s"/></circle>${'</g>'.repeat(200)}</svg>`,
  },
  { name: 'a PNG', file: 'photo.png', content: png },
  { name: 'a JPEG (.jpg)', file: 'photo.jpg', content: jpeg },
  { name: 'a JPEG (.jpeg, upper-case name)', file: 'photo.JPEG', content: jpeg },
  { name: 'a GIF87a', file: 'old.gif', content: gif87 },
  { name: 'a GIF89a', file: 'new.gif', content: gif89 },
  { name: 'a WebP', file: 'photo.webp', content: webp },
  { name: 'an AVIF', file: 'photo.avif', content: avif },
  { name: 'an AVIF whose major brand is mif1', file: 'photo-mif1.avif', content: avifMif1 },
];

describe('pictureProblems: harmless pictures pass', () => {
  it('has at least 8 harmless files', () => {
    expect(harmless.length).toBeGreaterThanOrEqual(8);
  });

  it.each(harmless)('$name', ({ file, content }) => {
    expect(pictureProblems(`${dir}/${file}`, typeof content === 'string' ? utf8(content) : content)).toEqual(
      [],
    );
  });
});

describe('isSafeSvg', () => {
  const svgText = (c: string | Uint8Array) => (typeof c === 'string' ? c : new TextDecoder().decode(c));

  it('accepts every harmless SVG', () => {
    const svgs = harmless.filter((h) => h.file.endsWith('.svg') && typeof h.content === 'string');
    expect(svgs.length).toBeGreaterThanOrEqual(6);
    for (const h of svgs) expect(isSafeSvg(svgText(h.content)), h.name).toBe(true);
  });

  it('refuses every hostile SVG that is text', () => {
    const svgs = hostile.filter(
      (h) => h.file.endsWith('.svg') && typeof h.content === 'string' && h.content.length > 0,
    );
    expect(svgs.length).toBeGreaterThanOrEqual(25);
    for (const h of svgs) expect(isSafeSvg(h.content as string), h.name).toBe(false);
  });

  it('refuses what is not an SVG at all', () => {
    expect(isSafeSvg('')).toBe(false);
    expect(isSafeSvg('just some text')).toBe(false);
    expect(isSafeSvg(`<svg ${NS}/>`)).toBe(true);
  });
});
