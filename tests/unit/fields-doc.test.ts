import { readFileSync } from 'node:fs';
import { z } from 'astro/zod';
import { format } from 'prettier';
import { describe, expect, it } from 'vitest';
import { schemas } from '../../src/admin/config';
import { fieldTexts } from '../../src/lib/schemas/field-texts';
import { fieldsDoc } from '../../scripts/lib/fields-doc';

const texts = (en: string, mn: string) => ({
  label: { en, mn },
  hint: { en: `${en} hint`, mn: `${mn} тайлбар` },
});

describe('docs/fields.md', () => {
  it('lists each field with the label and hint registered on its schema', () => {
    const fixture = z.strictObject({
      name: z.string().register(fieldTexts, texts('Name', 'Нэр')),
      place: z
        .strictObject({ town: z.string().register(fieldTexts, texts('Town', 'Хот')) })
        .optional()
        .register(fieldTexts, texts('Place', 'Газар')),
    });
    const doc = fieldsDoc({ things: fixture });
    expect(doc).toContain('## things');
    expect(doc).toContain('| `name` | yes | Name / Нэр | Name hint | Нэр тайлбар |');
    expect(doc).toContain('| `place` |  | Place / Газар | Place hint | Газар тайлбар |');
    expect(doc).toContain('| `place.town` | yes | Town / Хот | Town hint | Хот тайлбар |');
  });

  it('is what npm run docs:fields makes from the schemas today', async () => {
    const made = await format(fieldsDoc(schemas), { filepath: 'docs/fields.md' });
    expect(readFileSync('docs/fields.md', 'utf8')).toBe(made);
  });
});
