import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Bilingual } from '../schemas/rules';
import { problem, type Problem } from './problem';

// What a picture may hold. The build publishes pictures as they are, and an SVG opened on its own
// (a link to it, a new tab) runs any script it carries on the site's own address. So a raster
// picture must be that format, and an SVG must be a drawing only: no script, no event attributes,
// no embedded web page, nothing loaded from elsewhere, no XML entities. Pure (no file system), so
// the browser editor can run the same checks before it saves.

/** One kind of problem; each is told once per file, at the first line it occurs on. */
type Kind =
  | 'type'
  | 'empty'
  | 'format'
  | 'encoding'
  | 'malformed'
  | 'root'
  | 'script'
  | 'event'
  | 'embedded'
  | 'reference'
  | 'style'
  | 'entity'
  | 'animation'
  | 'javascript'
  | 'instruction';

const asPng = { mn: 'зургаа PNG болгож хадгална уу', en: 'save the picture as PNG' };

const rules = {
  empty: {
    mn: 'зурагтай файл: энэ файл хоосон (0 байт) байна. Зургаа дахин хадгалаад оруулна уу',
    en: 'a file with a picture in it: this one is empty (0 bytes). Save the picture again and add it once more',
  },
  encoding: {
    mn: `UTF-8 кодчилолтой SVG: зургаа UTF-8-аар дахин хадгалах эсвэл ${asPng.mn}`,
    en: `an SVG saved as UTF-8 text: save the picture again as UTF-8, or ${asPng.en}`,
  },
  malformed: {
    mn: 'бүтэн, зөв бичигдсэн SVG: файл дутуу эсвэл эвдэрсэн байна. Зургаа SVG эсвэл PNG болгож дахин экспортлоно уу',
    en: 'a complete, well-formed SVG: this file is cut short or damaged. Export the picture again as SVG or PNG',
  },
  notSvg: {
    mn: 'SVG зураг (<svg> элементээр эхэлсэн): энэ файл зураг биш, өөр баримт (жишээ нь вэб хуудас) байна. Зургаа SVG эсвэл PNG болгож экспортлоно уу',
    en: 'an SVG picture (a file that starts with <svg>): this is some other document, such as a web page. Export the picture as SVG or PNG',
  },
  namespace: {
    mn: '<svg xmlns="http://www.w3.org/2000/svg">: үүнгүй бол хөтөч зургийг харуулахгүй. Зургаа зураг засварлах программаас дахин экспортлоно уу',
    en: '<svg xmlns="http://www.w3.org/2000/svg">: without it browsers do not show the picture. Export the picture again from the drawing program',
  },
  script: {
    mn: `скриптгүй зураг: <script> элементийг устгах эсвэл ${asPng.mn}`,
    en: `a picture without script: remove the <script> element or ${asPng.en}`,
  },
  event: {
    mn: `скриптгүй зураг: onload, onclick зэрэг on… шинж скрипт ажиллуулдаг. Тэдгээрийг устгах эсвэл ${asPng.mn}`,
    en: `a picture without script: attributes such as onload or onclick run script. Remove them or ${asPng.en}`,
  },
  embedded: {
    mn: `дотроо өөр юм агуулаагүй зураг: <foreignObject>, <iframe>, <object>, <embed>, <audio>, <video>, <canvas> болон вэб хуудасны (HTML) бусад элемент зурагт хэрэггүй. Тэдгээрийг устгах эсвэл ${asPng.mn}`,
    en: `a picture with nothing else embedded: <foreignObject>, <iframe>, <object>, <embed>, <audio>, <video>, <canvas> and other web-page (HTML) elements do not belong in a picture. Remove them or ${asPng.en}`,
  },
  reference: {
    mn: `өөр хаягаас юу ч татдаггүй зураг: href, src зөвхөн файл доторх #нэр рүү, эсвэл шигтгэсэн data:image/png;base64 зураг руу заана. Холбоосыг зурагт биш хуудасны текстэд бичнэ. Гаднах зургийг файлд шигтгэх эсвэл ${asPng.mn}`,
    en: `a picture that loads nothing from elsewhere: href and src only point inside the file (#name) or hold an embedded data:image/png;base64 picture. A link belongs in the page text, not in the picture. Embed the other picture in the file, or ${asPng.en}`,
  },
  style: {
    mn: `гаднах хаяггүй загвар (style): зөвхөн файл доторх url(#нэр); @import, url(https://…) болохгүй. Тэдгээрийг устгах эсвэл ${asPng.mn}`,
    en: `styles without outside addresses: only url(#name) inside the file; no @import or url(https://…). Remove them or ${asPng.en}`,
  },
  entity: {
    mn: `<!DOCTYPE … [ … ]> хэсэг, <!ENTITY>-гүй SVG: зургаа энгийн SVG болгож дахин экспортлох эсвэл ${asPng.mn}`,
    en: `an SVG without a <!DOCTYPE … [ … ]> block or <!ENTITY>: export the picture again as plain SVG, or ${asPng.en}`,
  },
  animation: {
    mn: `холбоос, on… шинжийг өөрчилдөггүй хөдөлгөөн: attributeName="href" эсвэл on… бүхий <animate>, <set>-ийг устгах эсвэл ${asPng.mn}`,
    en: `animation that does not change links or on… attributes: remove the <animate> or <set> with attributeName="href" or on…, or ${asPng.en}`,
  },
  javascript: {
    mn: `скриптгүй зураг: javascript: хаяг скрипт ажиллуулдаг тул устгах эсвэл ${asPng.mn}`,
    en: `a picture without script: a javascript: address runs script; remove it or ${asPng.en}`,
  },
  instruction: {
    mn: 'эхний <?xml …?> мөрөөс өөр <?…?> зааваргүй SVG: тэр мөрийг устгах эсвэл зургаа дахин экспортлоно уу',
    en: 'an SVG with no <?…?> instruction other than the first <?xml …?> line: delete that line, or export the picture again',
  },
} satisfies Record<string, Bilingual>;

// ---------------------------------------------------------------------------------------------
// Raster pictures: the first bytes (the "magic number") say what a file really is.

type Raster = 'PNG' | 'JPEG' | 'GIF' | 'WebP' | 'AVIF';

const extensions: Record<string, Raster | 'SVG'> = {
  '.png': 'PNG',
  '.jpg': 'JPEG',
  '.jpeg': 'JPEG',
  '.gif': 'GIF',
  '.webp': 'WebP',
  '.avif': 'AVIF',
  '.svg': 'SVG',
};
const usualExtension: Record<Raster, string> = {
  PNG: '.png',
  JPEG: '.jpg',
  GIF: '.gif',
  WebP: '.webp',
  AVIF: '.avif',
};

const codes = (s: string) => [...s].map((c) => c.charCodeAt(0));
const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, k) => b[at + k] === x);
const word = (b: Uint8Array, at: number) => String.fromCharCode(...b.subarray(at, at + 4));

/** AVIF is an ISO-BMFF file whose `ftyp` box names avif/avis as major or compatible brand. */
function isAvif(b: Uint8Array): boolean {
  if (b.length < 16 || word(b, 4) !== 'ftyp') return false;
  const size = ((b[0] << 24) | (b[1] << 16) | (b[2] << 8) | b[3]) >>> 0;
  const end = Math.min(size >= 16 ? size : 16, b.length, 256);
  const brands = [8, ...Array.from({ length: Math.max(0, (end - 16) >> 2) }, (_, k) => 16 + 4 * k)];
  return brands.some((at) => ['avif', 'avis'].includes(word(b, at)));
}

const rasterTests: [Raster, (b: Uint8Array) => boolean][] = [
  ['PNG', (b) => startsWith(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])],
  ['JPEG', (b) => startsWith(b, [0xff, 0xd8, 0xff])],
  ['GIF', (b) => startsWith(b, codes('GIF87a')) || startsWith(b, codes('GIF89a'))],
  ['WebP', (b) => startsWith(b, codes('RIFF')) && startsWith(b, codes('WEBP'), 8)],
  ['AVIF', isAvif],
];

/** Which raster format the bytes are, if any. */
const rasterOf = (b: Uint8Array): Raster | undefined => rasterTests.find(([, test]) => test(b))?.[0];

/** One line, at most 80 characters: how a problem quotes what it found. */
function quote(s: string): string {
  const one = s.replace(/\s+/g, ' ').trim();
  return one.length > 80 ? `${one.slice(0, 79)}…` : one;
}

/** The start of a file that is not what its name says: its text if it reads as text, else its bytes. */
function quoteStart(b: Uint8Array): string {
  const head = b.subarray(0, 120);
  const text = head.every((x) => x >= 0x20 || x === 0x09 || x === 0x0a || x === 0x0d)
    ? new TextDecoder().decode(head).replace(/^\uFEFF/, '')
    : '';
  if (quote(text)) return quote(text);
  return [...b.subarray(0, 8)].map((x) => x.toString(16).padStart(2, '0')).join(' ');
}

function rasterProblems(file: string, ext: string, want: Raster, b: Uint8Array): Problem[] {
  if (b.length === 0) return [problem(file, 'picture', '', rules.empty)];
  const is = rasterOf(b);
  if (is === want) return [];
  if (is)
    return [
      problem(file, 'picture', is, {
        mn: `${ext} нэртэй ${want} зураг: энэ файлд ${is} зураг байна. Файлын нэрийн төгсгөлийг ${usualExtension[is]} болгоно уу`,
        en: `a ${want} picture, as the name ${ext} says: this file holds a ${is} picture. Rename it to end in ${usualExtension[is]}`,
      }),
    ];
  return [
    problem(file, 'picture', quoteStart(b), {
      mn: `жинхэнэ ${want} зураг: файлын нэр ${ext} боловч дотор нь ${want} зураг алга (жишээ нь SVG эсвэл вэб хуудасны текст). Зургаа PNG эсвэл JPEG болгож дахин экспортлоно уу`,
      en: `a real ${want} picture: the file is named ${ext} but holds no ${want} picture (SVG or web-page text, say). Export the picture again as PNG or JPEG`,
    }),
  ];
}

// ---------------------------------------------------------------------------------------------
// SVG: bytes to text. Only encodings whose markup characters are plain ASCII bytes, so that what
// is read here is what a browser reads.

const safeEncodings = /^(utf-?8|us-ascii|ascii|iso-8859-\d{1,2}|latin1|windows-125\d|cp125\d)$/i;

/** The text of an SVG's bytes, or the problem that stops it being read the way a browser would. */
function svgText(file: string, b: Uint8Array): { text: string } | { problem: Problem } {
  const refuse = (found: string, line?: number) => ({
    problem: problem(file, 'picture', quote(found), rules.encoding, line),
  });
  if (startsWith(b, [0xfe, 0xff]) || startsWith(b, [0xff, 0xfe])) return refuse('UTF-16');
  // A zero byte: UTF-16 without its mark, or no text at all; XML never holds one.
  if (b.includes(0)) return refuse(quoteStart(b));
  // The declaration is ASCII in every encoding allowed; read it byte for byte.
  const head = String.fromCharCode(...b.subarray(0, 300)).replace(/^\xEF\xBB\xBF/, '');
  const label = /^<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*["']([^"']*)["']/.exec(head)?.[1];
  if (label !== undefined && !safeEncodings.test(label)) return refuse(`encoding="${label}"`);
  if (label === undefined || /^utf-?8$/i.test(label)) {
    try {
      return { text: new TextDecoder('utf-8', { fatal: true }).decode(b) };
    } catch {
      // Quote the line that holds the first byte that is not UTF-8.
      const loose = new TextDecoder('utf-8').decode(b);
      const at = loose.indexOf('\uFFFD');
      const line = loose.slice(0, at).split('\n').length;
      return refuse(loose.split('\n')[line - 1] ?? '', line);
    }
  }
  try {
    return { text: new TextDecoder(label).decode(b) };
  } catch {
    return refuse(`encoding="${label}"`);
  }
}

// ---------------------------------------------------------------------------------------------
// SVG: a scan of the markup as the XML specification reads it. It finds what the parser's tree
// does not show (instructions, DOCTYPE, entities) and the place of every tag and attribute; its
// tags are then matched one by one with the parser's tree, so that no trick of quoting, comments
// or CDATA can show the checks one document and a browser another.

interface ScannedTag {
  name: string;
  /** Index of its '<'. */
  at: number;
  /** Index just after its '>'. */
  end: number;
  attrs: { name: string; at: number }[];
}
interface Scan {
  tags: ScannedTag[];
  /** Where the text stops being well-formed XML, if it does. */
  error?: number;
}
type Note = (kind: Kind, at: number, found: string, expected: Bilingual) => void;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r';
const xmlName = /^[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*$/;
const declaration =
  /^<\?xml[ \t\r\n]+version[ \t\r\n]*=[ \t\r\n]*(?:"1\.\d+"|'1\.\d+')(?:[ \t\r\n]+encoding[ \t\r\n]*=[ \t\r\n]*(?:"[A-Za-z][\w.-]*"|'[A-Za-z][\w.-]*'))?(?:[ \t\r\n]+standalone[ \t\r\n]*=[ \t\r\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\r\n]*\?>$/;

/** The index just after a DOCTYPE starting at `i`, or -1; an internal subset is noted. */
function doctypeEnd(text: string, i: number, note: Note): number {
  let j = i + '<!DOCTYPE'.length;
  if (!isSpace(text[j])) return -1;
  while (j < text.length) {
    const c = text[j];
    if (c === '"' || c === "'") {
      const close = text.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close + 1;
    } else if (c === '>') return j + 1;
    else if (c === '<') return -1;
    else if (c === '[') {
      // An internal subset declares entities or defaults: refused whatever it holds.
      const entity = text.indexOf('<!ENTITY', j);
      let k = j + 1;
      while (k < text.length && text[k] !== ']') {
        const q = text[k];
        if (q === '"' || q === "'") k = text.indexOf(q, k + 1);
        else if (text.startsWith('<!--', k)) {
          const close = text.indexOf('-->', k + 4);
          k = close < 0 ? -1 : close + 2;
        }
        if (k < 0) return -1;
        k++;
      }
      const at = entity > j && entity < k ? entity : i;
      const gt = text.indexOf('>', at);
      note('entity', at, text.slice(at, gt < 0 ? undefined : gt + 1), rules.entity);
      j = k + 1;
      while (isSpace(text[j])) j++;
      return text[j] === '>' ? j + 1 : -1;
    } else j++;
  }
  return -1;
}

function scan(text: string, note: Note): Scan {
  const tags: ScannedTag[] = [];
  const n = text.length;
  let i = 0;
  let depth = 0;
  let rootDone = false;
  let doctype = false;
  const fail = (at: number): Scan => ({ tags, error: at });
  while (i < n) {
    const lt = text.indexOf('<', i);
    const stop = lt < 0 ? n : lt;
    if (depth === 0) {
      // Outside the root element only white space may stand between the markup.
      for (let k = i; k < stop; k++) if (!isSpace(text[k])) return fail(k);
    }
    if (lt < 0) break;
    i = lt;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close < 0) return fail(i);
      i = close + 3;
    } else if (text.startsWith('<![CDATA[', i)) {
      const close = text.indexOf(']]>', i + 9);
      if (depth === 0 || close < 0) return fail(i);
      i = close + 3;
    } else if (text.startsWith('<!DOCTYPE', i)) {
      if (doctype || tags.length) return fail(i);
      doctype = true;
      const close = doctypeEnd(text, i, note);
      if (close < 0) return fail(i);
      i = close;
    } else if (text.startsWith('<!', i)) {
      if (text.startsWith('<!ENTITY', i))
        note('entity', i, text.slice(i, text.indexOf('>', i) + 1), rules.entity);
      return fail(i);
    } else if (text.startsWith('<?', i)) {
      const close = text.indexOf('?>', i + 2);
      if (close < 0) return fail(i);
      let t = i + 2;
      while (t < close && !isSpace(text[t])) t++;
      const target = text.slice(i + 2, t);
      if (target.toLowerCase() === 'xml') {
        const decl = text.slice(i, close + 2);
        if (i !== 0 || !declaration.test(decl)) return fail(i);
        // Text handed in as a string still names the encoding a browser will read its bytes in.
        const label = /encoding[ \t\r\n]*=[ \t\r\n]*["']([^"']*)/.exec(decl)?.[1];
        if (label !== undefined && !safeEncodings.test(label))
          note('encoding', i, `encoding="${label}"`, rules.encoding);
      } else note('instruction', i, text.slice(i, close + 2), rules.instruction);
      i = close + 2;
    } else if (text[i + 1] === '/') {
      let j = i + 2;
      while (j < n && !isSpace(text[j]) && text[j] !== '>') j++;
      while (isSpace(text[j])) j++;
      if (text[j] !== '>' || depth === 0) return fail(i);
      depth--;
      rootDone = depth === 0;
      i = j + 1;
    } else {
      if (rootDone) return fail(i);
      let j = i + 1;
      while (j < n && !isSpace(text[j]) && text[j] !== '>' && text[j] !== '/') j++;
      const name = text.slice(i + 1, j);
      if (!xmlName.test(name)) return fail(i);
      const attrs: ScannedTag['attrs'] = [];
      let selfClosing = false;
      for (;;) {
        const before = j;
        while (isSpace(text[j])) j++;
        if (text[j] === '>') {
          j++;
          break;
        }
        if (text[j] === '/' && text[j + 1] === '>') {
          j += 2;
          selfClosing = true;
          break;
        }
        if (j === before || j >= n) return fail(j >= n ? i : j);
        const at = j;
        while (j < n && !isSpace(text[j]) && text[j] !== '=' && text[j] !== '>' && text[j] !== '/') j++;
        const attr = text.slice(at, j);
        if (!xmlName.test(attr)) return fail(at);
        while (isSpace(text[j])) j++;
        if (text[j] !== '=') return fail(at);
        j++;
        while (isSpace(text[j])) j++;
        const q = text[j];
        const close = q === '"' || q === "'" ? text.indexOf(q, j + 1) : -1;
        // '<' never stands in an attribute value: a browser stops reading there.
        if (close < 0 || text.slice(j + 1, close).includes('<')) return fail(at);
        attrs.push({ name: attr, at });
        j = close + 1;
      }
      tags.push({ name, at: i, end: j, attrs });
      if (selfClosing) rootDone = depth === 0;
      else depth++;
      i = j;
    }
  }
  return depth !== 0 || !tags.length ? fail(n) : { tags };
}

// ---------------------------------------------------------------------------------------------
// SVG: the parsed tree, walked with its namespaces.

interface Element {
  name: string;
  /** Attribute name → value as written (entities not decoded). */
  attrs: [string, string][];
  at: number;
  children: (Element | { text: string; cdata: boolean })[];
}

const svgNs = 'http://www.w3.org/2000/svg';
const htmlNs = 'http://www.w3.org/1999/xhtml';
const mathNs = 'http://www.w3.org/1998/Math/MathML';

/** Elements that run script: SVG's <script>, SVG Tiny's <handler> and XML Events' <listener>. */
const scriptElements = new Set(['script', 'handler', 'listener']);
/**
 * Elements that embed another document, media or a drawing surface; a picture needs none.
 * <canvas> is inert without script but is only ever there for script to draw on, so it goes too.
 * The rest of HTML (meta refresh, base, link, forms) goes by its namespace below.
 */
const embeddingElements = new Set([
  'foreignobject',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'audio',
  'video',
  'canvas',
  'portal',
  'base',
  'meta',
  'link',
]);
const animations = new Set(['animate', 'set', 'animatetransform', 'animatemotion']);

const metaData = XMLParser.getMetaDataSymbol() as unknown as symbol;

function parseTree(text: string): Element[] {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    processEntities: false,
    htmlEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    cdataPropName: '#cdata',
    captureMetaData: true,
    maxNestedTags: 1000,
  });
  const convert = (nodes: unknown): Element['children'] => {
    const out: Element['children'] = [];
    for (const node of Array.isArray(nodes) ? (nodes as Record<string | symbol, unknown>[]) : []) {
      const key = Object.keys(node).find((k) => k !== ':@');
      if (key === undefined || key.startsWith('?')) continue;
      if (key === '#text') out.push({ text: String(node[key]), cdata: false });
      else if (key === '#cdata')
        out.push({
          text: convert(node[key])
            .map((c) => ('text' in c ? c.text : ''))
            .join(''),
          cdata: true,
        });
      else {
        const attrs = Object.entries((node[':@'] ?? {}) as Record<string, unknown>).map(
          ([k, v]): [string, string] => [k.replace(/^@_/, ''), String(v)],
        );
        const at = (node[metaData] as { startIndex?: number } | undefined)?.startIndex ?? -1;
        out.push({ name: key, attrs, at, children: convert(node[key]) });
      }
    }
    return out;
  };
  return convert(parser.parse(text)).filter((c): c is Element => 'name' in c);
}

/** Every element in document order (the order of their start tags). */
function flatten(els: Element[], into: Element[] = []): Element[] {
  for (const e of els) {
    into.push(e);
    flatten(
      e.children.filter((c): c is Element => 'name' in c),
      into,
    );
  }
  return into;
}

/** Character references and the five predefined entities, decoded as an XML parser does. */
function decodeXml(s: string): string {
  return s.replace(/&(?:#(\d+)|#x([0-9a-fA-F]+)|(amp|lt|gt|quot|apos));/g, (m, dec, hex, named) => {
    if (named) return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named as string] ?? m;
    const cp = dec ? Number(dec) : parseInt(hex as string, 16);
    return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : '\uFFFD';
  });
}

/** CSS escapes (\75 or \u) decoded, so u\72l( reads url( as CSS reads it. */
function decodeCss(s: string): string {
  return s.replace(/\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|(\r\n|[\n\r\f])|([\s\S]))/g, (_, hex, nl, ch) => {
    if (nl) return '';
    if (ch) return ch as string;
    const cp = parseInt(hex as string, 16);
    return cp > 0 && cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
  });
}

/** The first place in CSS that reaches outside the file, as an index into the decoded text. */
function outsideCss(css: string, imports: boolean): number {
  const lower = css.toLowerCase();
  const hits: number[] = [];
  if (imports && lower.includes('@import')) hits.push(lower.indexOf('@import'));
  for (const m of lower.matchAll(/url\(/g)) {
    const close = lower.indexOf(')', m.index);
    const inside = css
      .slice(m.index + 4, close < 0 ? undefined : close)
      .trim()
      .replace(/^(["'])(.*)\1$/s, '$2')
      .trim();
    if (!/^#[^\s"'()\\]+$/.test(inside)) {
      // Matches come in order: the first one outside is the earliest.
      hits.push(m.index);
      break;
    }
  }
  // Functions that load a picture from a bare string: image-set("x.png" 1x), src("…"), image("…").
  const loader = /(?:^|[^\w-])((?:-webkit-)?image-set|src|image)\(/.exec(lower);
  if (loader) hits.push(loader.index + loader[0].length - loader[1].length - 1);
  return hits.length ? Math.min(...hits) : -1;
}

/** CSS from a place that reaches outside, up to the end of its declaration. */
function cssFrom(css: string, at: number): string {
  const rest = css.slice(at);
  const end = rest.search(/[;}\n]/);
  return end < 0 ? rest : rest.slice(0, end);
}

/** A picture embedded as base64 data: a raster format, and really that (never SVG). */
function isRasterData(url: string): boolean {
  const m = /^data:image\/(?:png|jpeg|gif|webp);base64,([A-Za-z0-9+/=\s]*)$/i.exec(url);
  if (!m) return false;
  const digits = m[1].replace(/\s+/g, '').slice(0, 24);
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const bytes: number[] = [];
  for (let k = 0; k + 3 < digits.length; k += 4) {
    const v = [...digits.slice(k, k + 4)].map((c) => Math.max(0, alphabet.indexOf(c)));
    const n = (v[0] << 18) | (v[1] << 12) | (v[2] << 6) | v[3];
    bytes.push((n >> 16) & 255, (n >> 8) & 255, n & 255);
  }
  const kind = rasterOf(Uint8Array.from(bytes));
  return kind !== undefined && kind !== 'AVIF';
}

/** What a browser keeps of an address: no leading or trailing space or control, no tab or newline. */
function addressOf(value: string): string {
  let from = 0;
  let to = value.length;
  while (from < to && value.charCodeAt(from) <= 0x20) from++;
  while (to > from && value.charCodeAt(to - 1) <= 0x20) to--;
  return value.slice(from, to).replace(/[\t\n\r]/g, '');
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

// ---------------------------------------------------------------------------------------------

/** Problems of one SVG text, one per kind, each at the first line it occurs on. */
function svgTextProblems(file: string, source: string): Problem[] {
  const text = source.replace(/^\uFEFF/, '');
  const lineStarts = [0];
  for (let k = 0; k < text.length; k++)
    if (text[k] === '\n' || (text[k] === '\r' && text[k + 1] !== '\n')) lineStarts.push(k + 1);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const lineText = (line: number) => text.slice(lineStarts[line - 1] ?? 0, lineStarts[line] ?? text.length);

  const found = new Map<Kind, Problem>();
  const add = (kind: Kind, what: string, expected: Bilingual, line?: number) => {
    const before = found.get(kind);
    if (!before || (line !== undefined && (before.line === undefined || line < before.line)))
      found.set(kind, problem(file, 'picture', quote(what), expected, line));
  };
  const note: Note = (kind, at, what, expected) => add(kind, what, expected, lineAt(at));
  const done = () => [...found.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  const malformed = (line: number, what = lineText(line)) =>
    add('malformed', what.trim() || lineText(line - 1), rules.malformed, line);

  // 1. The markup as a browser reads it; stop where it stops.
  const scanned = scan(text, note);
  // A web page saved as .svg is told as such, even when it is not well-formed XML.
  const first = scanned.tags[0];
  if (first && localName(first.name).toLowerCase() !== 'svg')
    add('root', text.slice(first.at, first.end), rules.notSvg, lineAt(first.at));
  if (scanned.error !== undefined) {
    const line = lineAt(Math.min(scanned.error, Math.max(0, text.length - 1)));
    malformed(line, scanned.error < text.length ? text.slice(scanned.error, lineStarts[line]) : undefined);
    return done();
  }
  // 2. Well-formedness (tags closed in order, one root, attributes unique).
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    malformed(Math.max(1, valid.err.line));
    return done();
  }
  // 3. The parser's tree, tag for tag the same as the scan.
  let roots: Element[];
  try {
    roots = parseTree(text);
  } catch {
    malformed(1);
    return done();
  }
  const elements = flatten(roots);
  const sameAttrs = (e: Element, s: ScannedTag) =>
    e.attrs
      .map(([k]) => k)
      .sort()
      .join('\n') ===
    s.attrs
      .map((a) => a.name)
      .sort()
      .join('\n');
  const mismatch = scanned.tags.findIndex(
    (s, k) =>
      !elements[k] || elements[k].name !== s.name || elements[k].at !== s.at || !sameAttrs(elements[k], s),
  );
  if (mismatch >= 0 || elements.length !== scanned.tags.length || roots.length !== 1) {
    malformed(lineAt(scanned.tags[Math.max(0, mismatch)]?.at ?? 0));
    return done();
  }
  const scanOf = new Map(elements.map((e, k) => [e, scanned.tags[k]]));

  // 4. What the elements and attributes hold.
  const walk = (el: Element, scope: Record<string, string>, root: boolean) => {
    const tag = scanOf.get(el)!;
    const tagLine = lineAt(tag.at);
    const attrLine = (name: string) => lineAt(tag.attrs.find((a) => a.name === name)?.at ?? tag.at);
    const inner: Record<string, string> = { ...scope };
    for (const [name, value] of el.attrs) {
      if (name === 'xmlns') inner[''] = decodeXml(value);
      else if (name.startsWith('xmlns:')) inner[name.slice(6)] = decodeXml(value);
    }
    const colon = el.name.indexOf(':');
    const ns = colon > 0 ? inner[el.name.slice(0, colon)] : inner[''];
    if (colon > 0 && ns === undefined) malformed(tagLine, text.slice(tag.at, tag.end));
    const local = localName(el.name).toLowerCase();
    const startTag = text.slice(tag.at, tag.end);

    if (root && local !== 'svg') {
      // Told above, from the scan.
    } else if (root && ns !== svgNs) add('root', startTag, rules.namespace, tagLine);
    if (scriptElements.has(local)) add('script', startTag, rules.script, tagLine);
    else if (embeddingElements.has(local) || ns === htmlNs || ns === mathNs)
      add('embedded', startTag, rules.embedded, tagLine);

    for (const [name, raw] of el.attrs) {
      const value = decodeXml(raw);
      const attr = localName(name).toLowerCase();
      const line = attrLine(name);
      const shown = `${name}="${raw}"`;
      if (attr.startsWith('on')) add('event', shown, rules.event, line);
      const squeezed = value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
      if (squeezed.includes('javascript:') || squeezed.includes('vbscript:')) {
        add('javascript', shown, rules.javascript, line);
        continue;
      }
      if (name === 'xmlns' || name.startsWith('xmlns:')) continue;
      if (name === 'xml:base') add('reference', shown, rules.reference, line);
      if (['href', 'src', 'ping'].includes(attr)) {
        const address = addressOf(value);
        if (address !== '' && !address.startsWith('#') && !isRasterData(address))
          add('reference', shown, rules.reference, line);
      }
      // Presentation attributes (fill, filter, mask, cursor…) take url() too.
      const css = decodeCss(value);
      const outside = outsideCss(css, attr === 'style');
      if (outside >= 0)
        add('style', `${name}="${outside > 0 ? '…' : ''}${cssFrom(css, outside)}"`, rules.style, line);
      if (animations.has(local) && attr === 'attributename') {
        const target = localName(value.trim()).toLowerCase();
        if (target === 'href' || target.startsWith('on'))
          add('animation', startTag, rules.animation, tagLine);
      }
    }

    if (local === 'style') {
      const css = decodeCss(
        el.children.map((c) => ('text' in c ? (c.cdata ? c.text : decodeXml(c.text)) : '')).join(''),
      );
      const outside = outsideCss(css, true);
      if (outside >= 0) {
        const line = lineAt(tag.end) + (css.slice(0, outside).match(/\n/g)?.length ?? 0);
        add('style', cssFrom(css, outside), rules.style, line);
      }
    }
    for (const child of el.children) if ('name' in child) walk(child, inner, false);
  };
  walk(roots[0], { xml: 'http://www.w3.org/XML/1998/namespace' }, true);
  return done();
}

/**
 * What is wrong with a picture, for its author: a raster picture whose bytes are not the format its
 * extension names, or an SVG that is not a plain drawing. `file` is the path from the project root;
 * its extension decides the format. Never throws: what cannot be read is refused.
 */
export function pictureProblems(file: string, bytes: Uint8Array): Problem[] {
  const dot = file.lastIndexOf('.');
  const ext = dot > file.lastIndexOf('/') ? file.slice(dot).toLowerCase() : '';
  const format = extensions[ext];
  try {
    if (!format) {
      const list = Object.keys(extensions).join(' ');
      return [
        problem(file, 'file name', quote(file.slice(file.lastIndexOf('/') + 1)), {
          mn: `зургийн файл: ${list}`,
          en: `a picture file: ${list}`,
        }),
      ];
    }
    if (format !== 'SVG') return rasterProblems(file, ext, format, bytes);
    if (bytes.length === 0) return [problem(file, 'picture', '', rules.empty)];
    const raster = rasterOf(bytes);
    if (raster)
      return [
        problem(file, 'picture', raster, {
          mn: `.svg нэртэй SVG зураг: энэ файлд ${raster} зураг байна. Файлын нэрийн төгсгөлийг ${usualExtension[raster]} болгоно уу`,
          en: `an SVG picture, as the name .svg says: this file holds a ${raster} picture. Rename it to end in ${usualExtension[raster]}`,
        }),
      ];
    const read = svgText(file, bytes);
    return 'problem' in read ? [read.problem] : svgTextProblems(file, read.text);
  } catch {
    return [problem(file, 'picture', '', rules.malformed)];
  }
}

/** Whether an SVG's text is a plain drawing: nothing that runs, embeds or loads anything. */
export function isSafeSvg(text: string): boolean {
  try {
    return svgTextProblems('picture.svg', text).length === 0;
  } catch {
    return false;
  }
}
