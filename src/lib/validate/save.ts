import { resolve } from 'node:path';
import { contentReport } from './index';
import { problem, type Problem } from './problem';
import { diskTree } from './tree';

// One save from the editor, checked as `npm run check:content` would check the tree after it:
// the same validator over the files on disk with the save's files laid over them. Told are the
// problems in the saved files (their fields, links, pictures, dates against the rest of the
// site), a new item whose file name another item already has, and what the save would break in
// other files (an item made a draft or rescheduled while another links to it): problems there
// that the tree does not have today.

export interface Save {
  /** Path from the project root → the text the editor would write. */
  files: Record<string, string>;
  /** Pictures uploaded with it (paths from the project root). */
  assets?: string[];
  /** The bytes of uploaded pictures, where known (the backend has them; the form does not). */
  pictures?: Record<string, Uint8Array>;
  /** A new item: its files must not be there yet. */
  newEntry?: boolean;
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
  const { problems } = contentReport(projectRoot, { ...options, overrides });
  const key = (p: Problem) => JSON.stringify([p.file, p.field, p.line, p.found, p.expected.en]);
  const elsewhere = problems.filter((p) => !saved.has(p.file));
  const before = elsewhere.length
    ? new Set(contentReport(projectRoot, options).problems.map(key))
    : new Set();
  return [
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
