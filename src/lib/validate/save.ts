import { resolve } from 'node:path';
import { parse } from 'yaml';
import { contentReport } from './index';
import { problem, type Problem } from './problem';
import { diskTree } from './tree';

// One save from the editor, checked as `npm run check:content` would check the tree after it:
// the same validator over the files on disk with the save's files laid over them. Told are the
// problems in the saved files (their fields, links, pictures, dates against the rest of the
// site), a new item whose file name another item already has, and what the save would break in
// other files (an item made a draft or rescheduled while another links to it): problems there
// that the tree does not have today; a deleted item, what links to it.

export interface Save {
  /** Path from the project root → the text the editor would write. */
  files: Record<string, string>;
  /** Pictures uploaded with it (paths from the project root). */
  assets?: string[];
  /** The bytes of uploaded pictures, where known (the backend has them; the form does not). */
  pictures?: Record<string, Uint8Array>;
  /** A new item: its files must not be there yet. */
  newEntry?: boolean;
  /** Files the save deletes (paths from the project root): what would link to them is told. */
  removed?: string[];
}

/** The title a page's file has on disk now, if it is there. */
function titleOnDisk(path: string): string | undefined {
  if (!diskTree.exists(path)) return undefined;
  const text = new TextDecoder().decode(diskTree.readBytes(path));
  const front = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1];
  try {
    return front === undefined ? undefined : titleOf(parse(front));
  } catch {
    return undefined;
  }
}

const titleOf = (data: unknown) => {
  const title = (data as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title.trim() : undefined;
};

/**
 * A saved page whose title another page of its kind and language already has (a reader could not
 * tell them apart in a list or a search), said at its Title. Only for a title the save sets or
 * changes: an item already sharing its title is not held up by an unrelated edit.
 */
function takenTitles(
  projectRoot: string,
  saved: string[],
  files: { file: string; id: string; collection: string; data: unknown }[],
): Problem[] {
  const out: Problem[] = [];
  for (const file of files.filter((f) => saved.includes(f.file) && f.id.includes('/'))) {
    const title = titleOf(file.data);
    if (!title) continue;
    const locale = file.id.split('/')[0];
    const other = files.find(
      (f) =>
        f.file !== file.file &&
        f.collection === file.collection &&
        f.id.split('/')[0] === locale &&
        titleOf(f.data)?.toLowerCase() === title.toLowerCase(),
    );
    if (!other) continue;
    if (titleOnDisk(resolve(projectRoot, file.file)) === title) continue;
    out.push(
      problem(file.file, 'title', title, {
        mn: `өөр гарчиг: ийм гарчигтай зүйл аль хэдийн байна (${other.file})`,
        en: `another title: an item with this title is already there (${other.file})`,
      }),
    );
  }
  return out;
}

export function checkSave(
  projectRoot: string,
  save: Save,
  options: { contentRoot?: string; now?: Date } = {},
): Problem[] {
  const paths = Object.keys(save.files);
  // Taken: the same file, or the page's other body format (x.md where x.mdx is there).
  const twins = (p: string) => [p, p.replace(/\.mdx?$/, (e) => (e === '.md' ? '.mdx' : '.md'))];
  const taken = save.newEntry
    ? paths.filter((p) => twins(p).some((t) => diskTree.exists(resolve(projectRoot, t))))
    : [];
  const overrides: Record<string, string | Uint8Array | null> = { ...save.files };
  for (const asset of save.assets ?? []) overrides[asset] ??= save.pictures?.[asset] ?? null;
  const saved = new Set([...paths, ...(save.assets ?? [])]);
  const { problems, files } = contentReport(projectRoot, { ...options, overrides, removed: save.removed });
  const key = (p: Problem) => JSON.stringify([p.file, p.field, p.line, p.found, p.expected.en]);
  const elsewhere = problems.filter((p) => !saved.has(p.file));
  const before = elsewhere.length
    ? new Set(contentReport(projectRoot, options).problems.map(key))
    : new Set();
  return [
    ...takenTitles(projectRoot, paths, files),
    // Said once for the item, at its file name: a new item would otherwise be saved under another.
    ...taken.slice(0, 1).map((file) => {
      const name = file
        .split('/')
        .at(-1)!
        .replace(/\.[a-z]+$/, '');
      return problem(file, 'fileName', name, {
        mn: 'өөр гарчиг эсвэл файлын нэр: ийм нэртэй зүйл аль хэдийн байна',
        en: 'another title or file name: an item with this name is already there',
      });
    }),
    // A taken name is said once, above, not again as the validator's "one file per name".
    ...problems.filter((p) => saved.has(p.file) && !(taken.length && p.field === 'file name')),
    ...elsewhere.filter((p) => !before.has(key(p))),
  ];
}
