import type { CollectionName } from '../lib/content-layout';
import { editorConfig } from './config';
import { editorFields } from './formats';
import type { EditorSettings } from './settings';

// What the browser side of the editor (client.ts) needs from the configuration, made at build
// time and bundled into /admin/editor.js: where each collection's files go, which fields are
// written per language, and where the editor's backend checks a save (the local one only).

export interface ClientCollection {
  /** The kind of content (news for both the news and the news-mdx forms). */
  kind: CollectionName;
  /** content/<name>, from the repository root. */
  folder: string;
  /** The files' extension: md, mdx or yaml. */
  extension: string;
  /** One file per language (content/<name>/<mn|en>/<slug>.md), or one bilingual YAML file. */
  mirrored: boolean;
  /** The fields in the form's order (the file keeps it). */
  fields: string[];
  /** Fields written in each language (dotted, hero.alt): a language with none filled gets no file yet. */
  translated: string[];
}

export interface ClientData {
  /** The backend's check of a save; absent with a remote git host (its pipeline checks). */
  checkUrl?: string;
  collections: Record<string, ClientCollection>;
  /** Where an item's page is looked at (settings.ts). */
  previewOrigin: string;
}

type ConfigField = { name: string; i18n?: boolean | string; widget?: string; fields?: ConfigField[] };

/** The dotted paths of what a language writes itself: translated fields, into objects (a picture's description, not its file). */
function ownPaths(fields: ConfigField[], prefix = ''): string[] {
  return fields.flatMap((f) => {
    if (f.i18n !== true || editorFields.has(f.name)) return [];
    const path = prefix + f.name;
    return f.widget === 'object' && f.fields ? ownPaths(f.fields, `${path}.`) : [path];
  });
}

export function clientData(settings: EditorSettings): ClientData {
  const config = editorConfig(settings);
  return {
    ...(settings.backend ? {} : { checkUrl: `http://127.0.0.1:${settings.localPort}/masm/check` }),
    previewOrigin: settings.previewOrigin,
    collections: Object.fromEntries(
      config.collections.map((c) => {
        const fields = (c.fields as ConfigField[]).filter((f) => !editorFields.has(f.name));
        return [
          c.name,
          {
            kind: c.folder.replace(/^content\//, '') as CollectionName,
            folder: c.folder,
            extension: c.extension,
            mirrored: Boolean(c.i18n),
            fields: fields.map((f) => f.name),
            translated: ownPaths(fields),
          },
        ];
      }),
    ),
  };
}
