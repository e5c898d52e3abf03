import { classifyFiles, type ContentFile, type PictureFile } from './files';
import { problem, type Problem } from './problem';
import { parseMarkdownFile, parseYamlFile, type Source } from './source';
import type { ContentTree } from './tree';

// The one reader of content: every file under the content root is read once, as bytes, and told
// apart before anything else looks at it. What is not a content file an officer could mean (a
// link, a binary file, text that is not UTF-8, a file too large, an empty file) is a message with
// its file, never an exception. The validator and the build's loader both take what this returns.

/** A content file as read: its text and its fields (front matter or YAML) with their lines. */
export interface ReadFile extends ContentFile {
  text: string;
  source: Source;
}

export interface ReadContent {
  files: ReadFile[];
  pictures: (PictureFile & { bytes: Uint8Array })[];
  problems: Problem[];
}

/** A content file larger than this is not an article (a pasted document, a picture renamed .md). */
export const maxContentBytes = 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const refusals = {
  empty: {
    mn: 'талбартай файл: файл хоосон байна (бөглөнө эсвэл устгана)',
    en: 'a file with its fields: the file is empty (fill it in or delete it)',
  },
  binary: {
    mn: 'текст файл: энэ нь зураг эсвэл бусад хоёртын файл бололтой (зургийг images/ хавтаст .jpg, .png-ээр)',
    en: 'a text file: this looks like a picture or another binary file (pictures go in images/ as .jpg, .png)',
  },
  encoding: {
    mn: 'UTF-8 кодчилолтой текст: файлыг засварлагчаараа UTF-8-аар дахин хадгална уу',
    en: 'text in UTF-8: save the file again as UTF-8 in your editor',
  },
  size: {
    mn: `${maxContentBytes / 1024} КБ-аас бага файл: урт баримтыг хэд хуваана эсвэл PDF-ээр хавсаргана`,
    en: `a file under ${maxContentBytes / 1024} KB: split a long document, or attach it as a PDF`,
  },
  unreadable: {
    mn: 'уншигдах файл: файлыг нээж, дахин хадгална уу',
    en: 'a file that can be read: open the file and save it again',
  },
};

/**
 * Read and parse every content file under `contentRoot`, and every picture's bytes unless
 * `pictures` is false (the schedule's cheap look at dates). Never throws for a file.
 */
export function readContent(
  projectRoot: string,
  contentRoot: string,
  tree: ContentTree,
  { pictures: withPictures = true } = {},
): ReadContent {
  const { files, pictures, problems } = classifyFiles(projectRoot, contentRoot, tree);
  const out: ReadContent = { files: [], pictures: [], problems };
  const refuse = (file: string, found: string, expected: (typeof refusals)[keyof typeof refusals]) =>
    problems.push(problem(file, 'file', found, expected));
  for (const file of files) {
    try {
      const bytes = tree.readBytes(file.absolute) ?? new Uint8Array();
      if (bytes.length > maxContentBytes) {
        refuse(file.file, `${Math.round(bytes.length / 1024)} KB`, refusals.size);
        continue;
      }
      if (bytes.includes(0)) {
        refuse(file.file, '', refusals.binary);
        continue;
      }
      let text: string;
      try {
        text = utf8.decode(bytes);
      } catch {
        refuse(file.file, '', refusals.encoding);
        continue;
      }
      if (!text.replace(/^\uFEFF/, '').trim()) {
        refuse(file.file, '', refusals.empty);
        continue;
      }
      const source = file.format === 'yaml' ? parseYamlFile(text) : parseMarkdownFile(text);
      for (const e of source.errors)
        problems.push(problem(file.file, '(front matter)', e.found ?? '', e.expected, e.line));
      out.files.push({ ...file, text, source });
    } catch (e) {
      refuse(file.file, String((e as Error)?.message ?? e).slice(0, 80), refusals.unreadable);
    }
  }
  for (const picture of withPictures ? pictures : []) {
    try {
      const bytes = tree.readBytes(picture.absolute);
      if (bytes) out.pictures.push({ ...picture, bytes });
    } catch (e) {
      refuse(picture.file, String((e as Error)?.message ?? e).slice(0, 80), refusals.unreadable);
    }
  }
  return out;
}
