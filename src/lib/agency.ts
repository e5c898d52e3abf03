import type { Locale } from '../i18n/locales';

/**
 * Facts about the agency shown across the site. Each comes from ../shared/FACTS.md (sources
 * listed there); nothing unknown (hotline hours, e-mail, fees) is stated.
 */
export const agency = {
  name: {
    mn: 'Стандарт, хэмжил зүйн газар',
    en: 'Mongolian Agency for Standardization and Metrology',
  } satisfies Record<Locale, string>,
  abbreviation: { mn: 'СХЗГ', en: 'MASM' } satisfies Record<Locale, string>,
  address: {
    mn: 'Энхтайваны өргөн чөлөө 46А, Баянзүрх дүүрэг, Улаанбаатар-210351, Монгол Улс',
    en: 'Peace Avenue 46A, Bayanzurkh district, Ulaanbaatar 210351, Mongolia',
  } satisfies Record<Locale, string>,
  postalAddress: {
    streetAddress: {
      mn: 'Энхтайваны өргөн чөлөө 46А, Баянзүрх дүүрэг',
      en: 'Peace Avenue 46A, Bayanzurkh district',
    },
    addressLocality: { mn: 'Улаанбаатар', en: 'Ulaanbaatar' },
    postalCode: '210351',
    addressCountry: 'MN',
  },
  /** The public hotline set up by the 2020 conference (directive 6). Its hours are not known. */
  hotline: { display: '1800-2525', tel: 'tel:18002525' },
  standardsCatalogue: 'https://estandard.gov.mn',
} as const;
