import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { day, slug, text } from '../../src/lib/schemas/fields';
import { rule, ruleOf, rules } from '../../src/lib/schemas/rules';
import { fieldTexts } from '../../src/lib/schemas/field-texts';
import { schemaProblems } from '../../src/lib/validate/schema-problems';
import { parseYamlFile } from '../../src/lib/validate/source';

// The validator's words for a schema's findings: a rule a schema names is told in both languages
// from the rules table (found by its name, never by its wording), and a mistyped field name gets
// the name meant, read from the schema's JSON Schema through its wrappers.

const fixture = z
  .strictObject({
    name: slug(),
    when: day().optional(),
    parts: z
      .array(
        z.discriminatedUnion('kind', [
          z.strictObject({ kind: z.literal('a'), size: z.number() }),
          z.strictObject({ kind: z.literal('b'), colour: text() }),
        ]),
      )
      .min(2, rule('atLeastTwo'))
      .default([]),
    extra: z.strictObject({ alt: text() }).optional(),
  })
  .refine((d) => d.name !== 'taken', { error: rule('evidence'), path: ['name'] });

/** The problems with one YAML file against the fixture schema. */
function problems(yaml: string) {
  const source = parseYamlFile(yaml);
  const result = fixture.safeParse(source.data);
  expect(result.success, 'the fixture file should be refused').toBe(false);
  return result.success ? [] : schemaProblems('x.yaml', fixture, result.error.issues, source);
}
const at = (yaml: string, field: string) => problems(yaml).filter((p) => p.field === field);

describe("the validator's words for a schema's findings", () => {
  it.each([
    ['a check', 'name: Not A Slug', 'name', rules.slug],
    ['a refinement of the whole item', 'name: taken', 'name', rules.evidence],
    ['a list too short', 'name: a\nparts: [{ kind: a, size: 1 }]', 'parts', rules.atLeastTwo],
    [
      'a field inside a list item',
      'name: a\nparts: [{ kind: b, colour: "" }, { kind: a, size: 1 }]',
      'parts.0.colour',
      rules.notEmpty,
    ],
    ['a date', 'name: a\nwhen: 2026-02-30', 'when', rules.day],
  ])('tells %s in Mongolian and English, from the rules table', (_case, yaml, field, expected) => {
    expect(at(yaml, field).map((p) => p.expected)).toContainEqual(expected);
  });

  it('says a missing field is required, with its rule in each language', () => {
    const dated = z.strictObject({ name: text(), when: day() });
    const source = parseYamlFile('name: a');
    const result = dated.safeParse(source.data);
    const [p] = schemaProblems('x.yaml', dated, result.error!.issues, source);
    expect(p.field).toBe('when');
    expect(p.expected.mn).toContain(rules.day.mn);
    expect(p.expected.en).toContain(rules.day.en);
    expect(p.expected).not.toEqual(rules.day);
  });

  it('finds a rule by its name only: English wording, or a name zod might use, is not one', () => {
    expect(ruleOf({ message: 'slug' })).toBe(rules.slug);
    expect(ruleOf({ message: rules.slug.en })).toBeUndefined();
    expect(ruleOf({ message: 'toString' })).toBeUndefined();
  });

  it.each([
    ['at the top', 'name: a\nnmae: b', 'nmae', '"name"'],
    ['inside an optional object', 'name: a\nextra: { alt: x, atl: y }', 'extra.atl', '"alt"'],
    [
      'in an item of a list of kinds',
      'name: a\nparts: [{ kind: b, colour: c, color: c }, { kind: a, size: 1 }]',
      'parts.0.color',
      '"colour"',
    ],
  ])('suggests the field meant for a mistyped name %s', (_case, yaml, field, meant) => {
    const [p] = at(yaml, field);
    expect(p.expected.en).toContain(meant);
    expect(p.expected.mn).toContain(meant);
  });

  it('lists the known fields, of every kind of item, when no name is close', () => {
    const [p] = at(
      'name: a\nparts: [{ kind: a, size: 1, zzzzzzzz: 1 }, { kind: a, size: 1 }]',
      'parts.0.zzzzzzzz',
    );
    expect(p.expected.en).toMatch(/: kind, size, colour$/);
  });
});

describe('one message a mistake, with its line, in words an officer reads', () => {
  it('a misspelled required field: "did you mean", not also "empty"', () => {
    const found = problems('nmae: some-slug\n');
    expect(found.map((p) => [p.field, p.line, p.found, p.expected.mn, p.expected.en])).toEqual([
      [
        'nmae',
        1,
        'nmae: "some-slug"',
        'мэдэгдэх талбар — "name" гэж бичих гэсэн үү?',
        'a known field — did you mean "name"?',
      ],
    ]);
  });

  it('a missing required field with no misspelling near it is still said', () => {
    expect(at('when: 2026-01-01\n', 'name')).toHaveLength(1);
  });

  it('a colon inside an unquoted value: the value in quotes, shown as it should be written', () => {
    const source = parseYamlFile('name: a-slug\ntitle: Стандартын өдөр: 10 сарын 14\n');
    expect(source.errors).toEqual([
      {
        line: 2,
        found: 'title: Стандартын өдөр: 10 сарын 14',
        expected: {
          mn: 'хашилтад бичсэн утга, учир нь утганд ": " байна: title: "Стандартын өдөр: 10 сарын 14"',
          en: 'the value in quotes, as it holds ": ": title: "Стандартын өдөр: 10 сарын 14"',
        },
      },
    ]);
  });

  it('another YAML mistake names the line as written, never "empty"', () => {
    const source = parseYamlFile('name: a-slug\nwhen: "2026-01-01\n');
    expect(source.errors).toHaveLength(1);
    expect(source.errors[0].found).toBe('when: "2026-01-01');
    expect(source.errors[0].expected.en).toContain('quotes closed');
  });

  it('a required field left out: what goes in it, in the words of its hint, never a type name', () => {
    const described = z.strictObject({
      headline: z.string().register(fieldTexts, {
        label: { mn: 'Гарчиг', en: 'Headline' },
        hint: { mn: 'Мэдээний гарчиг.', en: 'The headline.' },
      }),
      bare: z.string(),
    });
    const source = parseYamlFile('other: 1\n');
    const result = described.safeParse({});
    expect(result.success).toBe(false);
    const found = result.success ? [] : schemaProblems('x.yaml', described, result.error.issues, source);
    expect(found.map((p) => [p.field, p.expected.mn, p.expected.en])).toEqual([
      ['headline', 'заавал бөглөх талбар — Мэдээний гарчиг.', 'this field is required — The headline.'],
      ['bare', 'заавал бөглөх талбар', 'this field is required'],
    ]);
  });
});
