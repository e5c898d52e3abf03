// Write the headers of deploy/headers.ts into deploy/nginx.conf and public/_headers.
// `npm run deploy:headers`; tests/deploy/headers.test.ts fails while either is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { headersFile, withGeneratedNginx } from '../deploy/headers';

const nginxConf = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));
const headers = fileURLToPath(new URL('../public/_headers', import.meta.url));

writeFileSync(nginxConf, withGeneratedNginx(readFileSync(nginxConf, 'utf8')));
writeFileSync(headers, headersFile());
console.log('Wrote deploy/nginx.conf (generated parts) and public/_headers from deploy/headers.ts');
