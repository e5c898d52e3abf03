import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  adminContentSecurityPolicy,
  headersFile,
  securityHeaders,
  withGeneratedNginx,
} from '../../deploy/headers';
import { collectionOrder, editorConfig, schemas } from '../../src/admin/config';
import { editorSettings } from '../../src/admin/settings';
import { field } from '../../src/admin/fields';
import { fieldsOf, type FieldShape } from '../../src/admin/shape';
import { checkBeforeSave, saveFiles } from '../../src/admin/client';
import { clientData } from '../../src/admin/client-data';
import { editorFields, markdownFormat, yamlFormat } from '../../src/admin/formats';
import { collectionNames } from '../../src/lib/content-layout';
import { fieldTexts } from '../../src/lib/schemas/field-texts';
import { choices, schemaJson, type SchemaNode } from '../../src/lib/schemas/json';
import type { Bilingual } from '../../src/lib/schemas/rules';
import { projectRoot } from '../helpers/astro';

// The editor's forms against the schemas: every field in both, required alike, labelled and
// hinted in both languages with the words registered on the schema's field (src/lib/schemas/).

type Field = {
  name: string;
  label: string;
  hint?: string;
  required: boolean;
  fields?: Field[];
  types?: { fields: Field[] }[];
  field?: Field;
};
const config = editorConfig(editorSettings({}));
const byName = Object.fromEntries(config.collections.map((c) => [c.name, c]));
const both = (b: Bilingual) => `${b.mn} / ${b.en}`;

/** Each field of a schema's JSON Schema by dotted path, as registered (a list's items under the list's path). */
const schemaFields = (node: SchemaNode, prefix = ''): [string, SchemaNode][] =>
  choices(node).flatMap((n) => [
    ...Object.entries(n.properties ?? {}).flatMap(([name, f]): [string, SchemaNode][] => [
      [prefix + name, f],
      ...schemaFields(f, `${prefix}${name}.`),
    ]),
    ...(n.items ? schemaFields(n.items, prefix) : []),
  ]);

/** The form's fields by dotted path: nested objects, lists of objects and each kind of a typed list. */
const formFields = (fields: Field[], prefix = ''): [string, Field][] =>
  fields.flatMap((f) => {
    const path = prefix + f.name;
    const inner = [...(f.fields ?? []), ...(f.types ?? []).flatMap((t) => t.fields)];
    return [[path, f] as [string, Field], ...formFields(inner, `${path}.`)];
  });

/** Schema fields as [path, required] pairs, and the same from the editor's fields. */
// A sub-field of an optional object is required in the form only when the object is (fields.ts).
const schemaPairs = (fields: FieldShape[], prefix = '', optional = false): [string, boolean][] =>
  fields.flatMap((f) => {
    const path = prefix + f.name;
    const inner =
      f.kind === 'object'
        ? f.fields
        : f.kind === 'list' && f.item.kind === 'object'
          ? f.item.fields
          : f.kind === 'list' && f.item.kind === 'variants'
            ? f.item.variants.flatMap((v) => v.fields)
            : [];
    const required = f.required && !optional;
    return [
      [path, required] as [string, boolean],
      ...schemaPairs(inner, `${path}.`, f.kind === 'object' && !required),
    ];
  });
const editorPairs = (fields: Field[], prefix = '', skip = ''): [string, boolean][] =>
  fields
    .filter((f) => f.name !== skip)
    .flatMap((f) => {
      const path = prefix + f.name;
      const typed = (f.types ?? []).flatMap((t) =>
        t.fields.filter((x) => !('default' in x && x.name === 'method')),
      );
      return [
        [path, f.required] as [string, boolean],
        ...editorPairs([...(f.fields ?? []), ...typed], `${path}.`),
      ];
    });

describe('the editor configuration', () => {
  it('has a collection for each kind of content', () => {
    expect([...collectionOrder].sort()).toEqual([...collectionNames].sort());
  });

  it.each(collectionNames)(
    '%s: every schema field is a form field, required alike, and nothing else',
    (name) => {
      const fields = (byName[name].fields as Field[]).filter(
        (f) => !editorFields.has(f.name) && f.name !== 'body',
      );
      const unique = (pairs: [string, boolean][]) => [...new Map(pairs).entries()].sort();
      expect(unique(editorPairs(fields))).toEqual(unique(schemaPairs(fieldsOf(schemas[name]))));
    },
  );

  it.each(collectionNames)(
    '%s: a list in the schema is a list in the form (or a picker of several)',
    (name) => {
      const form = Object.fromEntries(
        (byName[name].fields as Field[]).map((f) => [f.name, f as Record<string, unknown>]),
      );
      const lists = fieldsOf(schemas[name]).filter((f) => f.kind === 'list');
      const notLists = lists.filter((f) => form[f.name].widget !== 'list' && form[f.name].multiple !== true);
      expect(notLists.map((f) => f.name)).toEqual([]);
    },
  );

  it.each(collectionNames)('%s: every field is labelled, and hinted, in both languages', (name) => {
    // A discriminated union's key names the kind of an item; it is not a field the officer fills in.
    const fields = schemaFields(schemaJson(schemas[name])).filter(([path]) => !path.endsWith('.method'));
    expect(fields.length).toBeGreaterThan(0);
    for (const [path, f] of fields) {
      expect(f.label?.mn && f.label.en, `${name}.${path} has a label`).toBeTruthy();
      // Only the halves of a field written in both languages, and an online address, say no more.
      if (/\.(mn|en)$/.test(path) || path === 'apply.url') continue;
      expect(f.hint?.mn && f.hint.en, `${name}.${path} has a hint`).toBeTruthy();
    }
  });

  it.each(collectionNames)("%s: the form's labels and hints are the schema's", (name) => {
    const registered = new Map(schemaFields(schemaJson(schemas[name])));
    const form = formFields(byName[name].fields as Field[]).filter(
      ([path]) => !editorFields.has(path) && path !== 'body' && !path.endsWith('.method'),
    );
    expect(form.length).toBe(new Set([...registered.keys()].filter((p) => !p.endsWith('.method'))).size);
    for (const [path, f] of form) {
      const texts = registered.get(path)!;
      expect(f.label, path).toBe(both(texts.label!));
      expect(f.hint, path).toBe(texts.hint ? both(texts.hint) : undefined);
      if (f.field) expect(f.field.label, `${path}'s items`).toBe(f.label);
    }
  });

  it('makes a form field of whatever a schema registers, and refuses a field with no label', () => {
    const label = (en: string) => ({ mn: `${en} (mn)`, en });
    const schema = z
      .strictObject({
        size: z
          .number()
          .min(1)
          .max(3)
          .register(fieldTexts, { label: label('Size'), hint: label('How big') }),
        parts: z
          .array(
            z.strictObject({
              part: z
                .string()
                .optional()
                .register(fieldTexts, { label: label('Part') }),
            }),
          )
          .default([])
          .register(fieldTexts, { label: label('Parts'), hint: label('Its parts') }),
        plain: z.boolean().optional(),
      })
      .refine(() => true);
    const [size, parts, plain] = fieldsOf(schema);
    expect(field(size, 'size', {})).toMatchObject({
      name: 'size',
      label: 'Size (mn) / Size',
      hint: 'How big (mn) / How big',
      required: true,
      widget: 'number',
      min: 1,
      max: 3,
    });
    expect(field(parts, 'parts', {})).toMatchObject({
      label: 'Parts (mn) / Parts',
      required: false,
      widget: 'list',
      fields: [{ name: 'part', label: 'Part (mn) / Part', required: false }],
    });
    expect(() => field(plain, 'plain', {})).toThrow(/no label for plain/);
  });

  it("uses the local backend unless the agency's git host is set, then review by merge requests", () => {
    expect(config.backend).toMatchObject({ name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1' });
    expect(config).not.toHaveProperty('publish_mode');
    const gitlab = editorConfig(
      editorSettings({
        EDITOR_BACKEND: 'gitlab',
        EDITOR_REPO: 'masm/site',
        EDITOR_APP_ID: 'abc',
        EDITOR_AUTH_URL: 'https://git.masm.gov.mn',
      }),
    );
    expect(gitlab.backend).toMatchObject({
      name: 'gitlab',
      repo: 'masm/site',
      app_id: 'abc',
      auth_type: 'pkce',
    });
    expect(gitlab.publish_mode).toBe('editorial_workflow');
  });

  const data = clientData(editorSettings({}));
  const entry = (e: Record<string, unknown>) => ({ toJS: () => e, get: (k: string) => e[k] });

  it('refuses to save a picture without its description, in either language', async () => {
    const news = (mn: object, en: object = {}) =>
      entry({ collection: 'news', data: mn, i18n: { en: { data: en } } });
    const good = { hero: { src: '../images/a.jpg', alt: 'A' } };
    await expect(
      checkBeforeSave({ entry: news(good, good) }, { ...data, checkUrl: undefined }),
    ).resolves.toBeUndefined();
    await expect(
      checkBeforeSave({ entry: news(good, { hero: { src: '../images/a.jpg', alt: ' ' } }) }, data),
    ).rejects.toThrow(/Зургийн тайлбар|alt/);
  });

  it('writes files the schemas read: no empty fields, dates as text, numbers as numbers, pictures relative', () => {
    const md = markdownFormat(['title', 'body']);
    const text = md.toFile(
      {
        fileName: 'x',
        title: 'T',
        updatedDate: '',
        pubDate: '2026-01-02',
        hero: { src: 'a.jpg', alt: 'A' },
        tags: [],
        body: 'Hi',
      },
      ['fileName', 'title', 'pubDate'],
    );
    expect(text).toBe('---\ntitle: T\npubDate: 2026-01-02\nhero:\n  src: ./a.jpg\n  alt: A\n---\n\nHi\n');
    expect(md.fromFile(text)).toMatchObject({ title: 'T', pubDate: '2026-01-02', body: 'Hi\n' });
    expect(md.fromFile(`\uFEFF${text}`)).toMatchObject({ title: 'T' });
    expect(yamlFormat.toFile({ adopted: '2019', relatedDirectives: ['3'], issuer: { mn: '', en: '' } })).toBe(
      'adopted: 2019\nrelatedDirectives:\n  - 3\n',
    );
  });

  it('writes no file for a language where nothing of its own is filled in (only copied dates)', () => {
    const md = markdownFormat(data.collections.news.translated);
    expect(md.toFile({ pubDate: '2026-01-02', draft: false, hero: { src: '../images/a.jpg' } })).toBe('');
    expect(md.toFile({ pubDate: '2026-01-02', body: 'Text only' })).toContain('Text only');
    const save = saveFiles(
      {
        collection: 'news',
        newRecord: true,
        data: { fileName: 'n', title: 'Гарчиг', pubDate: '2026-01-02', body: 'Мөр 1\n\nМөр 2' },
        i18n: { en: { data: { pubDate: '2026-01-02', draft: false } } },
        mediaFiles: [{ path: 'content/news/images/a.jpg' }],
      },
      data,
    );
    expect(Object.keys(save.files)).toEqual(['content/news/mn/n.md']);
    expect(save.assets).toEqual(['content/news/images/a.jpg']);
    const lines = save.files['content/news/mn/n.md'].split('\n');
    expect(lines[save.bodyLines['content/news/mn/n.md'] - 1]).toBe('Мөр 1');
  });
});

describe("the editor's Content-Security-Policy", () => {
  it('is its own, for /admin/ only; every other path keeps the strict one', () => {
    const nginx = readFileSync(join(projectRoot, 'deploy/nginx.conf'), 'utf8');
    expect(withGeneratedNginx(nginx)).toBe(nginx);
    const admin = nginx.slice(nginx.indexOf('location ^~ /admin/'));
    expect(admin).toMatch(/'unsafe-inline'/);
    expect(nginx.slice(0, nginx.indexOf('location ^~ /admin/'))).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(securityHeaders['Content-Security-Policy']).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(readFileSync(join(projectRoot, 'public/_headers'), 'utf8')).toBe(headersFile());
    const policy = adminContentSecurityPolicy(editorSettings({}));
    expect(policy['connect-src']).toEqual(["'self'", 'blob:', 'http://127.0.0.1:8081']);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
  });
});
