import type { Problem } from '../lib/validate/problem';
import type { ClientData } from './client-data';
import { installMarks, showMarks, showNotice } from './field-marks';
import type { SaveChange } from './save-change';
import { markdownFormat, writesFile, yamlFormat, type Data, type Format } from './formats';
import { describe, formProblems, fromValidator, type FormProblem } from './form-problems';
import { localeEn, localeMn } from './locale-mn';
import { markdownControl } from './markdown-control';
import { installUploadNames } from './upload-names';
import { booleanControl, dateControl, fileNameControl, fileNameFor, previewControl } from './widgets';

// Runs in the browser after decap-cms.js (bundled into /admin/editor.js at build time): the file
// formats, the editor's own widgets, the Mongolian interface, and the check before each save.

declare const __MASM_EDITOR__: ClientData;
type Immutable = { toJS(): unknown; get(k: string): unknown };
type ImmutableData = { set(k: string, v: unknown): ImmutableData };
interface Cms {
  registerCustomFormat(name: string, ext: string, f: Format): void;
  registerWidget(name: string, control: unknown): void;
  registerLocale(name: string, phrases: unknown): void;
  registerEventListener(l: { name: string; handler: (a: { entry: Immutable }) => unknown }): void;
  init(o: { config: Data }): void;
}
declare const window: Window & {
  CMS: Cms;
  h: (...a: unknown[]) => unknown;
  createClass: (o: object) => unknown;
};

interface EntryJs {
  collection: string;
  slug?: string;
  newRecord?: boolean;
  data?: Data;
  i18n?: Record<string, { data?: Data }>;
  mediaFiles?: { path?: string }[];
}

const formats = (data: ClientData): Record<string, Format> =>
  Object.fromEntries(
    Object.entries(data.collections).map(([name, c]) => [
      name,
      c.mirrored ? markdownFormat(c.translated, c.extension === 'mdx') : yamlFormat,
    ]),
  );

/** The files a save would write (path from the repository root → text), and where each body starts. */
export function saveFiles(e: EntryJs, data: ClientData) {
  const c = data.collections[e.collection];
  const format = formats(data)[e.collection];
  const slug = e.newRecord ? fileNameFor(e.data ?? {}) : (e.slug ?? '');
  const files: Record<string, string> = {};
  const bodyLines: Record<string, number> = {};
  const add = (path: string, d: Data | undefined) => {
    const raw = format.toFile(d ?? {}, c.fields);
    if (!writesFile(raw)) return;
    files[path] = raw;
    const body = typeof d?.body === 'string' ? d.body.trim() : '';
    if (body) bodyLines[path] = raw.slice(0, raw.lastIndexOf(body)).split('\n').length;
  };
  if (c.mirrored) {
    add(`${c.folder}/mn/${slug}.${c.extension}`, e.data);
    add(`${c.folder}/en/${slug}.${c.extension}`, e.i18n?.en?.data);
  } else add(`${c.folder}/${slug}.yaml`, e.data);
  const assets = (e.mediaFiles ?? []).map((m) => m.path?.replace(/^\//, '')).filter((p): p is string => !!p);
  // Where a picture is chosen: the news picture's field, or else the text it is inserted in.
  const hero = String((e.data?.hero as Data | undefined)?.src ?? '');
  const assetFields = Object.fromEntries(
    assets.map((a) => [a, hero && hero.split('/').at(-1) === a.split('/').at(-1) ? 'hero.src' : 'body']),
  );
  return { files, bodyLines, assets, assetFields, newEntry: !!e.newRecord };
}

/** The validator's problems with a save, and what the save does to its item (save-change.ts). */
async function validatorCheck(
  e: EntryJs,
  data: ClientData,
): Promise<{ problems: FormProblem[]; change?: SaveChange }> {
  if (!data.checkUrl) return { problems: [] };
  const { files, bodyLines, assets, assetFields, newEntry } = saveFiles(e, data);
  const res = await fetch(data.checkUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ files, assets, newEntry }),
  });
  if (!res.ok) throw new Error(`Шалгаж чадсангүй (${res.status}) / The check failed (${res.status})`);
  const { problems, change } = (await res.json()) as { problems: Problem[]; change?: SaveChange };
  return {
    problems: fromValidator(problems, bodyLines, assetFields, [...Object.keys(files), ...assets]),
    change,
  };
}

/** Taking an item off the public site is asked first; a refusal saves nothing. */
function confirmUnpublish(e: EntryJs) {
  const title = String(e.data?.title ?? e.slug ?? '');
  const asked =
    interfaceLocale() === 'mn'
      ? `«${title}»-г нийтийн сайтаас хасах уу? Хуудас нь ноорог болж, хоёр хэлээр нь сайтад харагдахгүй болно. Дахин нийтлэх бол «Ноорог»-ийн сонголтыг арилгаад хадгална.`
      : `Take «${title}» off the public site? It becomes a draft and its page is gone from the site in both languages. To publish it again, untick Draft and save.`;
  if (typeof window !== 'undefined' && window.confirm(asked)) return;
  const error = new Error(
    'Хадгалсангүй: нийтлэлээс хасахыг цуцаллаа / Not saved: taking it off the site was cancelled',
  );
  error.name = '';
  throw error;
}

/**
 * Before Decap writes anything: the form's checks, then (with the local backend) the validator's
 * over the files the save would write. Problems are shown at their fields and nothing is saved.
 */
export async function checkBeforeSave({ entry }: { entry: Immutable }, data: ClientData = __MASM_EDITOR__) {
  const e = entry.toJS() as EntryJs;
  const c = data.collections[e.collection];
  // Only the languages the save writes are checked: a pane left blank (its picture, the same in
  // both, aside) is "not translated yet" and writes nothing (writesFile, as the backend decides).
  const written = Object.keys(saveFiles(e, data).files);
  const writes = (locale: string) => !c.mirrored || written.some((p) => p.includes(`/${locale}/`));
  const byLocale: Record<string, Data | undefined> = { mn: e.data };
  for (const [locale, l] of Object.entries(e.i18n ?? {})) if (writes(locale)) byLocale[locale] = l.data;
  let problems = formProblems(c.kind, byLocale, { components: c.extension === 'mdx' });
  const fileName = e.newRecord ? fileNameFor(e.data ?? {}) : undefined;
  if (fileName === '')
    problems.push({
      field: 'fileName',
      found: '',
      expected: { mn: fileNameNeeded.mn, en: fileNameNeeded.en },
    });
  let change: SaveChange | undefined;
  if (!problems.length) ({ problems, change } = await validatorCheck(e, data));
  // A file name made from the title: its being taken is the title's to change, said once there.
  if (e.newRecord && !String(e.data?.fileName ?? '').trim()) problems = atTitle(problems);
  const names = typeof document !== 'undefined' ? showMarks(problems) : [];
  // Warnings stay on screen and the save goes ahead.
  problems = problems.filter((p) => !p.warning);
  if (!problems.length && change === 'unpublished') confirmUnpublish(e);
  // A new item's file name, made from its title when the officer left it empty.
  if (!problems.length)
    return fileName ? (entry.get('data') as ImmutableData).set('fileName', fileName) : undefined;
  const lines = problems.map((p, i) => {
    const d = describe(p);
    const name = names[i] ? `${names[i]}${p.locale ? ` (${p.locale})` : ''}: ` : '';
    return { mn: name + d.mn, en: name + d.en };
  });
  const error = new Error(
    `${problems.length} зүйлийг засна уу (улаанаар тэмдэглэсэн): ${lines.map((l) => l.mn).join('; ')} / ` +
      `Fix ${problems.length} thing${problems.length === 1 ? '' : 's'} (marked in red): ${lines.map((l) => l.en).join('; ')}`,
  );
  // Decap shows the error as text: no "Error:" before it.
  error.name = '';
  throw error;
}

/**
 * After a save the item is opened again, as the repository now has it: Decap compares each later
 * change with the item as first opened, so a field switched back after a save (a draft published
 * again) looked unchanged and could not be saved, and a new item lacked its link to the site.
 */
function reopenAfterSave({ entry }: { entry: Immutable }) {
  const e = entry.toJS() as EntryJs;
  const slug = e.slug || fileNameFor(e.data ?? {});
  if (!slug) return;
  const list = `#/collections/${e.collection}`;
  const item = `${list}/entries/${slug}`;
  const saved = location.hash;
  void (async () => {
    // First Decap's own steps after the save: a new item's address, then its form. The officer
    // going elsewhere meanwhile (another item, a new one) ends this: their place is kept.
    const opened = await until(
      () => location.hash === item && !!document.querySelector('input, textarea'),
      () => location.hash !== saved && location.hash !== item,
    );
    if (!opened) return;
    await pause(200);
    if (location.hash !== item) return;
    // Everything is saved, so Decap's "leave with unsaved changes?" (it can still think a picture
    // unsaved) is answered yes.
    const ask = window.confirm;
    window.confirm = () => true;
    try {
      location.hash = list;
      // Opened from the list once the list has loaded it: the form opened before Decap holds the
      // item has no item for its toolbar's link (Decap's "Cannot read properties of undefined").
      await until(
        () => !!document.querySelector(`a[href$="/entries/${CSS.escape(slug)}"]`),
        () => location.hash !== list,
      );
      if (location.hash === list) location.hash = item;
      await pause(50);
    } finally {
      window.confirm = ask;
    }
  })();
}

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Wait until `ok`, checked every 50 ms, for at most `ms`: whether it came true (false when it did
 * not, or when `gone` became true first).
 */
async function until(ok: () => boolean, gone: () => boolean, ms = 10_000): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await pause(50)) {
    if (ok()) return true;
    if (gone()) return false;
  }
  return false;
}

/** Problems of a file name made from the title moved to the Title, which then says one thing a pane. */
export function atTitle(problems: FormProblem[]): FormProblem[] {
  const seen = new Set<string>();
  return problems
    .map((p) => (p.field === 'fileName' ? { ...p, field: 'title', locale: 'mn' } : p))
    .filter((p) => {
      if (p.field !== 'title') return true;
      if (seen.has(p.locale ?? '')) return false;
      seen.add(p.locale ?? '');
      return true;
    });
}

const fileNameNeeded = {
  mn: 'гарчиг эсвэл латин үсгээр файлын нэр',
  en: 'a title, or a file name in Latin letters',
};

/** A delete the backend refused is told above the form, where it stays (see showNotice). */
function installDeleteRefusals() {
  const send = window.fetch.bind(window);
  window.fetch = async (input, init) => {
    const res = await send(input, init);
    const body = typeof init?.body === 'string' ? init.body : '';
    if (res.status === 422 && /"action":"deleteFiles?"/.test(body)) {
      const { error } = (await res
        .clone()
        .json()
        .catch(() => ({}))) as { error?: string };
      if (error) showNotice(error);
    }
    return res;
  };
}

/** Mongolian unless asked otherwise (?ui=en) or the browser prefers English. */
function interfaceLocale(): 'mn' | 'en' {
  const asked = new URLSearchParams(location.search).get('ui');
  if (asked === 'mn' || asked === 'en') return asked;
  return navigator.language.toLowerCase().startsWith('en') ? 'en' : 'mn';
}

if (typeof window !== 'undefined' && window.CMS) {
  const { CMS, h, createClass } = window;
  const data = __MASM_EDITOR__;
  for (const [name, format] of Object.entries(formats(data))) {
    const c = data.collections[name];
    if (c.mirrored) CMS.registerCustomFormat(`masm-${c.extension}-${c.kind}`, c.extension, format);
  }
  CMS.registerCustomFormat('masm-yaml', 'yaml', yamlFormat);
  CMS.registerWidget('masm-file-name', fileNameControl(h, createClass));
  CMS.registerWidget('masm-date', dateControl(h, createClass));
  CMS.registerWidget('masm-boolean', booleanControl(h, createClass));
  const locale = interfaceLocale();
  CMS.registerWidget('masm-markdown', markdownControl(h, createClass, locale));
  const kindOf = (collection: string) => data.collections[collection]?.kind;
  CMS.registerWidget('masm-preview', previewControl(h, createClass, locale, data.previewOrigin, kindOf));
  CMS.registerLocale('mn', localeMn);
  CMS.registerLocale('en', localeEn);
  CMS.registerEventListener({ name: 'preSave', handler: (a) => checkBeforeSave(a) });
  CMS.registerEventListener({ name: 'postSave', handler: (a) => reopenAfterSave(a) });
  installMarks();
  installUploadNames();
  installDeleteRefusals();
  document.documentElement.lang = locale;
  CMS.init({ config: { locale } });
}
