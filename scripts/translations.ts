// npm run translations — which content exists in which language, and which English files were last
// changed in git before their Mongolian original (the translation may be out of date).
import { resolve } from 'node:path';
import { CONTENT_ROOT } from '../site.config.mjs';
import { isoDay } from '../src/lib/dates';
import { contentTranslationStatus } from '../src/lib/translation-status';

const label = {
  missing: 'орчуулга дутуу / translation missing',
  'may-be-out-of-date': 'орчуулга хоцорсон байж болзошгүй / translation may be out of date',
  'up-to-date': 'хоёр хэлээр / in both languages',
};
const rows = contentTranslationStatus(resolve(CONTENT_ROOT));
for (const row of rows) {
  const dates = (['mn', 'en'] as const)
    .map(
      (l) =>
        `${l} ${row.changed[l] ? isoDay(row.changed[l]) : row.languages.includes(l) ? '(not in git)' : '—'}`,
    )
    .join(', ');
  console.log(`${row.collection}/${row.slug}  [${row.languages.join('+')}]  ${dates}  ${label[row.state]}`);
}
const missing = rows.filter((r) => r.state === 'missing').length;
const stale = rows.filter((r) => r.state === 'may-be-out-of-date').length;
console.log(
  `\n${rows.length} entries: ${missing} missing a language, ${stale} may be out of date. / ${rows.length} бичлэг: ${missing} нь нэг хэлгүй, ${stale} нь хоцорсон байж болзошгүй.`,
);
