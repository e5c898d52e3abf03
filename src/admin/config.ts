import { z } from 'astro/zod';
import { collectionLayout, sharedImages, type CollectionName } from '../lib/content-layout';
import { directiveSchema } from '../lib/schemas/directives';
import { newsSchema } from '../lib/schemas/news';
import { pageSchema } from '../lib/schemas/pages';
import { regulationSchema } from '../lib/schemas/regulations';
import { reportSchema } from '../lib/schemas/reports';
import { serviceSchema } from '../lib/schemas/services';
import { synonymSchema } from '../lib/schemas/synonyms';
import { bestBetSchema } from '../lib/schemas/best-bets';
import { contentComponents } from '../lib/markup/allowed';
import { slugPattern } from '../lib/schemas/fields';
import { rules } from '../lib/schemas/rules';
import type { FieldText } from '../lib/schemas/field-texts';
import { field, type DecapField, type FieldOptions, type Relation } from './fields';
import { editorSettings, type EditorSettings } from './settings';
import { fieldsOf } from './shape';
import { entryPath, paths } from '../lib/site/urls';
import { SITE_URL as siteUrl } from '../../site.config.mjs';

// The Decap CMS configuration, made from the content schemas (src/lib/schemas/) at build time and
// written to /admin/config.yml, so the forms cannot drift from what `npm run check:content` accepts.

export const schemas: Record<CollectionName, z.ZodType> = {
  news: newsSchema(() => z.string()),
  pages: pageSchema,
  services: serviceSchema,
  reports: reportSchema,
  regulations: regulationSchema,
  directives: directiveSchema,
  synonyms: synonymSchema,
  'best-bets': bestBetSchema,
};

/** Each collection's name, in Mongolian and English. */
export const collectionNames: Record<CollectionName, [mn: string, en: string]> = {
  news: ['Мэдээ', 'News'],
  pages: ['Тогтмол хуудас', 'Standing pages'],
  services: ['Үйлчилгээ', 'Services'],
  reports: ['Үүрэг даалгаврын тайлан', 'Directive reports'],
  regulations: ['Эрх зүйн акт', 'Regulations'],
  directives: ['Үүрэг даалгавар', 'Directives'],
  synonyms: ['Хайлтын ижил утгатай үгс', 'Search synonyms'],
  'best-bets': ['Хайлтад эхэнд гарах хуудас', 'Search best bets'],
};

const bySlug = (collection: string, display: string[], search = display): Relation => ({
  collection,
  value: '{{slug}}',
  display,
  search,
});
const regulation = bySlug('regulations', ['title.mn', 'number'], ['title.mn', 'title.en', 'number']);
const directive: Relation = {
  collection: 'directives',
  value: 'number',
  display: ['number', 'text.mn'],
  search: ['text.mn', 'text.en'],
};

/**
 * The page a saved item has, for the editor's "see it on the site" link (Decap's preview_path:
 * its placeholders, in the site's own addresses); synonyms are seen in the search.
 */
const previewPaths: Record<CollectionName, string> = {
  news: entryPath.news('{{slug}}'),
  services: entryPath.services('{{slug}}'),
  reports: entryPath.reports('{{slug}}'),
  pages: entryPath.pages('{{slug}}'),
  regulations: paths.regulation('{{slug}}'),
  directives: paths.directive('{{fields.number}}'),
  synonyms: paths.search,
  'best-bets': paths.search,
};

/** What each collection's form adds to the bare schema: pickers, long text, pictures, extra rules. */
const options: Record<CollectionName, Omit<FieldOptions, 'i18n'>> = {
  news: { multiline: ['description'], images: ['hero.src'] },
  pages: { multiline: ['description'] },
  services: {
    multiline: ['summary', 'audience', 'steps'],
    relations: { legalBasis: regulation },
    patterns: { summary: ['^(?![\\s\\S]*[.!?]\\s+\\S)[\\s\\S]*\\S', rules.oneSentence] },
  },
  reports: {
    multiline: ['reopened'],
    relations: {
      directive,
      'evidence.news': bySlug('news', ['title']),
      'evidence.regulation': regulation,
      'evidence.service': bySlug('services', ['title']),
    },
  },
  regulations: {
    multiline: ['summary.mn', 'summary.en'],
    relations: { replacedBy: regulation, relatedDirectives: directive },
    patterns: {
      source: ['^https://(old\\.)?legalinfo\\.mn/|^https://estandard\\.gov\\.mn/', rules.officialSource],
    },
  },
  directives: { multiline: ['text.mn', 'text.en'], relations: { article: bySlug('news', ['title']) } },
  synonyms: {},
  'best-bets': {},
};

/** The editor's own field for a new entry's file name (no schema has it: it is not saved in the file). */
const fileNameText = {
  label: { mn: 'Файлын нэр', en: 'File name' },
  hint: {
    mn: 'Хоосон үлдээвэл гарчгаас латин үсгээр үүснэ. Латин жижиг үсэг, тоо, зураас: хуудасны хаяг болно, хоёр хэлэнд ижил. Дараа нь өөрчлөгдөхгүй.',
    en: 'Left empty, it is made from the title in Latin letters. Small Latin letters, digits and hyphens: it becomes the address, the same in both languages. It cannot change later.',
  },
} satisfies FieldText;

/** The editor's own field for a new entry's file name; the format drops it from the saved file. */
const fileNameField: DecapField = {
  name: 'fileName',
  label: `${fileNameText.label.mn} / ${fileNameText.label.en}`,
  hint: `${fileNameText.hint.mn} / ${fileNameText.hint.en}`,
  widget: 'masm-file-name',
  // Made from the title when left empty (client.ts, before saving).
  required: false,
  pattern: [slugPattern.source, `${rules.slug.mn} / ${rules.slug.en}`],
};

/** Links to the saved item's page in both languages (widgets.ts); not saved in the file. */
const previewField: DecapField = {
  name: 'preview',
  label: 'Сайт дээр харах / See it on the site',
  hint: 'Хадгалсан хувилбар; нийтлэгдээгүй бол хуудсан дээр «Ноорог» эсвэл «Товлосон» гэж бичигдэнэ. / The version saved; a page not yet live says "Draft" or "Scheduled" on it.',
  widget: 'masm-preview',
  required: false,
};

/** The body: Markdown, written by the formatting buttons or typed; code and HTML outside the allowed list are refused before saving (client.ts). */
const bodyField = (i18n: boolean): DecapField => ({
  name: 'body',
  label: 'Текст / Text',
  hint:
    'Тод, налуу, холбоос, гарчиг, жагсаалт, ишлэл, хүснэгт, зургийг дээрх товчоор бичнэ (Markdown); Ctrl+Z буцаана. Зурагт тайлбар заавал: `![юу харагдаж байгаа](../images/zurag.jpg)`. / ' +
    'The buttons above write bold, italic, links, headings, lists, quotes, tables and pictures (Markdown); Ctrl+Z takes a change back. Every picture needs its description: `![what it shows](../images/picture.jpg)`.',
  // A plain text box with buttons (markdown-control.ts): what is typed is what is saved. Decap's
  // own rich-text mode escaped links ("[a](/b/)" saved as "\\[a](/b/)") and rewrote footnotes.
  widget: 'masm-markdown',
  required: false,
  pattern: [
    '^(?![\\s\\S]*!\\[\\s*\\])[\\s\\S]*$',
    'зураг бүр тайлбартай: ![юу харагдаж байгаа](../images/zurag.jpg) / every picture described: ![what it shows](../images/picture.jpg)',
  ],
  ...(i18n ? { i18n: true } : {}),
});

/**
 * A collection's form. Mirrored kinds are written as Markdown (`.md`); a kind whose pages may place
 * a content component also gets a form for its existing `.mdx` pages (`mdx`), which writes valid
 * MDX itself (src/admin/formats.ts), so an officer types the same text in either.
 */
function collection(name: CollectionName, mdx = false) {
  const mirrored = collectionLayout[name] === 'mirrored';
  const o: FieldOptions = { i18n: mirrored, ...options[name] };
  const fields = fieldsOf(schemas[name]).map((f) => field(f, f.name, o));
  const summaries: Partial<Record<CollectionName, string>> = {
    directives: '{{number}}. {{text.mn}}',
    synonyms: '{{slug}}',
    'best-bets': '{{page}}',
  };
  const title = mirrored ? '{{title}}' : (summaries[name] ?? '{{title.mn}}');
  return {
    name: mdx ? `${name}-mdx` : name,
    label: mdx
      ? `${collectionNames[name][0]} (жагсаалттай, MDX) / ${collectionNames[name][1]} (with lists, MDX)`
      : `${collectionNames[name][0]} / ${collectionNames[name][1]}`,
    folder: `content/${name}`,
    // A page with a component is made by a developer once (docs/content.md); officers edit it.
    create: name !== 'directives' && !mdx,
    // Deleted in both languages, refused while another page links to it (the editor's backend);
    // the standing pages are the navigation's and the ten directives are the conference's.
    delete: name !== 'pages' && name !== 'directives',
    extension: mdx ? 'mdx' : mirrored ? 'md' : 'yaml',
    // Each mirrored collection has a format of its own: it knows which fields are per language.
    format: mdx ? `masm-mdx-${name}` : mirrored ? `masm-md-${name}` : 'masm-yaml',
    identifier_field: 'fileName',
    slug: '{{fields.fileName}}',
    summary: title,
    preview_path: previewPaths[name].replace(/^\//, ''),
    // A picture is chosen once for both languages: it goes to content/<collection>/images/, and
    // each language's file points to it as ../images/<name>.
    ...(mirrored
      ? { media_folder: `/content/${name}/${sharedImages}`, public_folder: `../${sharedImages}` }
      : {}),
    // No preview pane: the two languages side by side are the view that matters here.
    editor: { preview: false },
    ...(mirrored ? { i18n: true } : {}),
    fields: [
      { ...fileNameField, ...(mirrored ? { i18n: 'duplicate' } : {}) },
      // The search lists have no page of their own to see.
      ...(name === 'synonyms' || name === 'best-bets' ? [] : [previewField]),
      ...fields,
      ...(mirrored ? [bodyField(true)] : []),
    ],
  };
}

export const collectionOrder: CollectionName[] = [
  'news',
  'services',
  'pages',
  'reports',
  'regulations',
  'directives',
  'synonyms',
  'best-bets',
];

/** The kinds whose pages may place a content component (src/lib/markup/allowed.ts). */
export const componentKinds = collectionOrder.filter((name) =>
  Object.values(contentComponents).some((c) => c.collections.includes(name)),
);

/** The whole configuration, for the local backend or the agency's git host (EDITOR_* settings). */
export function editorConfig(settings: EditorSettings = editorSettings()) {
  const local = `http://127.0.0.1:${settings.localPort}/api/v1`;
  return {
    backend: settings.backend ?? { name: 'proxy', proxy_url: local, branch: settings.branch },
    // Used instead of the backend when the editor runs on the officer's own machine.
    local_backend: { url: local },
    ...(settings.backend ? { publish_mode: 'editorial_workflow' } : {}),
    locale: 'mn',
    // The toolbar's "see it on the site" link: the preview `npm run editor` serves, else the site.
    site_url: settings.previewOrigin || siteUrl,
    // The Media page's uploads; a collection's pictures go next to its entries instead.
    media_folder: 'public/media',
    public_folder: '/media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: ['mn', 'en'], default_locale: 'mn' },
    collections: collectionOrder.flatMap((name) => [
      collection(name),
      ...(componentKinds.includes(name) ? [collection(name, true)] : []),
    ]),
  };
}
