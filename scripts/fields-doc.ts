// Writes docs/fields.md from the content schemas' registered labels and hints.
import { writeFileSync } from 'node:fs';
import { schemas } from '../src/admin/config';
import { fieldsDoc } from './lib/fields-doc';
import { format } from 'prettier';

const path = 'docs/fields.md';
writeFileSync(path, await format(fieldsDoc(schemas), { filepath: path }));
console.log(`wrote ${path}`);
