// Write the headers of deploy/headers.ts into deploy/nginx.conf, public/_headers and
// deploy/cloudfront-headers.json.
// `npm run deploy:headers`; tests/deploy/headers.test.ts fails while either is out of date.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudFrontHeadersFile, headersFile, withGeneratedNginx } from '../deploy/headers';

const nginxConf = fileURLToPath(new URL('../deploy/nginx.conf', import.meta.url));
const headers = fileURLToPath(new URL('../public/_headers', import.meta.url));

writeFileSync(nginxConf, withGeneratedNginx(readFileSync(nginxConf, 'utf8')));
const cloudFront = fileURLToPath(new URL('../deploy/cloudfront-headers.json', import.meta.url));
writeFileSync(headers, headersFile());
writeFileSync(cloudFront, cloudFrontHeadersFile());
console.log(
  'Wrote deploy/nginx.conf (generated parts), public/_headers and deploy/cloudfront-headers.json from deploy/headers.ts',
);
