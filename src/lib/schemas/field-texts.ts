import { z } from 'astro/zod';
import type { Bilingual } from './rules';

/** A field's name in a form and what goes in it, each in Mongolian and English. */
export interface FieldText {
  label: Bilingual;
  /** Left out where the label says it all: a field's Mongolian and English halves, an online address. */
  hint?: Bilingual;
}

/**
 * Each schema field's label and hint, registered on the field where the schema declares it: the
 * one place they are written. z.toJSONSchema(schema, { metadata: fieldTexts }) puts them on each
 * field's node (src/lib/schemas/json.ts); the editor's forms read them there, and so can anything
 * that documents the fields.
 */
export const fieldTexts = z.registry<FieldText>();

/** The Mongolian and English halves of a field written in both languages. */
export const halves = {
  mn: { label: { mn: 'Монголоор', en: 'In Mongolian' } },
  en: { label: { mn: 'Англиар', en: 'In English' } },
} satisfies Record<'mn' | 'en', FieldText>;
