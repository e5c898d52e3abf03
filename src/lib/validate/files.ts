import { relative, sep } from 'node:path';
import { isLocale, locales } from '../../i18n/locales';
import {
  collectionLayout,
  imageExtensions,
  markdownExtension,
  mirroredFileParts,
  sharedImages,
  type CollectionName,
} from '../content-layout';
import { slugify } from '../slug';
import { slugPattern } from '../schemas/fields';
import { problem, type Problem } from './problem';
import { diskTree, type ContentTree } from './tree';

/** A content file the collections read. */
export interface ContentFile {
  collection: CollectionName;
  /** Entry id as Astro makes it: `<locale>/<slug>` (mirrored) or `<slug>` (bilingual YAML). */
  id: string;
  /** Path from the project root, for messages. */
  file: string;
  absolute: string;
}

/** Every file under `dir` on disk (hidden ones aside). */
export const filesUnder = (dir: string) => diskTree.filesUnder(dir);

/** The rule for file names, with the Latin name to use where the name can be made Latin. */
function fileName(base: string, ext: string) {
  const latin = slugify(base);
  if (latin && latin !== base)
    return {
      mn: `латин үсгээр бичсэн нэр: ${latin}${ext} (жижиг латин үсэг, тоо, зураас)`,
      en: `a Latin file name: ${latin}${ext} (small Latin letters, digits and hyphens)`,
    };
  return {
    mn: 'файлын нэр зөвхөн жижиг латин үсэг, тоо, зураас (a-z, 0-9, -), жишээ нь world-standards-day.md',
    en: 'a file name of small Latin letters, digits and hyphens only (a-z, 0-9, -), e.g. world-standards-day.md',
  };
}

/**
 * Sort the files under the content root into the collections, refusing what no collection would
 * read (a wrong folder, extension or file name) rather than letting it be silently skipped.
 */
export function classifyFiles(projectRoot: string, contentRoot: string, tree: ContentTree = diskTree) {
  const files: ContentFile[] = [];
  const problems: Problem[] = [];
  for (const absolute of tree.filesUnder(contentRoot)) {
    const file = relative(projectRoot, absolute).split(sep).join('/');
    const parts = relative(contentRoot, absolute).split(sep);
    const collection = parts[0] as CollectionName;
    const name = parts.at(-1)!;
    const dot = name.lastIndexOf('.');
    const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot).toLowerCase()] : [name, ''];
    const refuse = (mn: string, en: string) => problems.push(problem(file, 'file name', name, { mn, en }));
    const layout = collectionLayout[collection];
    if (!layout) {
      refuse(
        `эдгээр хавтасны нэгт: ${Object.keys(collectionLayout).join(', ')}`,
        `a file in one of these folders: ${Object.keys(collectionLayout).join(', ')}`,
      );
    } else if (layout === 'mirrored') {
      const shared = parts.length === 3 && parts[1] === sharedImages;
      if (shared && !imageExtensions.includes(ext)) {
        refuse(
          `${collection}/${sharedImages}/ хавтсанд зөвхөн зураг (${imageExtensions.join(' ')})`,
          `only pictures in ${collection}/${sharedImages}/ (${imageExtensions.join(' ')})`,
        );
      } else if (parts.length !== 3 || !(isLocale(parts[1]) || shared)) {
        refuse(
          `${collection}/mn/, ${collection}/en/ эсвэл зургийн ${collection}/${sharedImages}/ хавтас доторх файл`,
          `a file inside ${collection}/mn/, ${collection}/en/ (${locales.join(', ')}) or ${collection}/${sharedImages}/ for pictures`,
        );
      } else if (imageExtensions.includes(ext)) {
        if (!slugPattern.test(base)) refuse(fileName(base, ext).mn, fileName(base, ext).en);
      } else if (ext === '.mdx') {
        refuse(
          `.md файл: контент нь код агуулахгүй Markdown тул файлын нэрийг ${base}.md болгоно`,
          `an .md file: content is Markdown, which holds no code; rename it ${base}.md`,
        );
      } else if (ext !== markdownExtension) {
        refuse(
          `.md файл (эсвэл зураг: ${imageExtensions.join(' ')})`,
          `an .md file (or a picture: ${imageExtensions.join(' ')})`,
        );
      } else {
        const read = mirroredFileParts(parts.join('/'));
        if (read) files.push({ collection, id: `${read.locale}/${read.slug}`, file, absolute });
        else refuse(fileName(base, ext).mn, fileName(base, ext).en);
      }
    } else if (parts.length !== 2 || ext !== '.yaml') {
      refuse(`${collection}/<нэр>.yaml файл`, `a file ${collection}/<name>.yaml`);
    } else if (!slugPattern.test(base)) refuse(fileName(base, ext).mn, fileName(base, ext).en);
    else files.push({ collection, id: base, file, absolute });
  }
  return { files, problems };
}
