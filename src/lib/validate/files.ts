import { relative, sep } from 'node:path';
import { isLocale, locales } from '../../i18n/locales';
import {
  bodyFormat,
  collectionLayout,
  imageExtensions,
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
  format: 'md' | 'mdx' | 'yaml';
}

/** A picture under the content root: checked for what it holds (pictures.ts), never parsed as content. */
export interface PictureFile {
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
  const pictures: PictureFile[] = [];
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
        else pictures.push({ file, absolute });
      } else if (name !== name.toLowerCase() && bodyFormat(name.toLowerCase())) {
        refuse(fileName(base, ext).mn, fileName(base, ext).en);
      } else if (!bodyFormat(name)) {
        refuse(
          `.md файл (бүрэлдэхүүнтэй хуудас бол .mdx; эсвэл зураг: ${imageExtensions.join(' ')})`,
          `an .md file (.mdx for a page with a component; or a picture: ${imageExtensions.join(' ')})`,
        );
      } else {
        const read = mirroredFileParts(parts.join('/'));
        const id = read && `${read.locale}/${read.slug}`;
        const twin = id && files.find((f) => f.collection === collection && f.id === id);
        if (twin)
          refuse(
            `нэг нэрд нэг файл: ${twin.file} аль хэдийн байна (.md эсвэл .mdx-ийн аль нэгийг үлдээнэ)`,
            `one file per name: ${twin.file} is there already (keep either the .md or the .mdx)`,
          );
        else if (read) files.push({ collection, id: id!, file, absolute, format: read.format });
        else refuse(fileName(base, ext).mn, fileName(base, ext).en);
      }
    } else if (parts.length !== 2 || ext !== '.yaml') {
      refuse(`${collection}/<нэр>.yaml файл`, `a file ${collection}/<name>.yaml`);
    } else if (!slugPattern.test(base)) refuse(fileName(base, ext).mn, fileName(base, ext).en);
    else files.push({ collection, id: base, file, absolute, format: 'yaml' });
  }
  return { files, pictures, problems };
}
