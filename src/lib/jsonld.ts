import type { Locale } from '../i18n/locales';
import { agency } from './agency';
import { isoDay } from './dates';
import { href, paths } from './site/urls';

type JsonLd = Record<string, unknown>;

const orgId = (site: URL) => new URL('/#organization', site).href;

/** schema.org GovernmentOrganization for the agency, on every page. */
export function organizationJsonLd(locale: Locale, site: URL): JsonLd {
  const other: Locale = locale === 'mn' ? 'en' : 'mn';
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentOrganization',
    '@id': orgId(site),
    name: agency.name[locale],
    alternateName: [agency.name[other], agency.abbreviation.mn, agency.abbreviation.en],
    url: new URL(href(locale, paths.home), site).href,
    telephone: agency.hotline.display,
    address: {
      '@type': 'PostalAddress',
      streetAddress: agency.postalAddress.streetAddress[locale],
      addressLocality: agency.postalAddress.addressLocality[locale],
      postalCode: agency.postalAddress.postalCode,
      addressCountry: agency.postalAddress.addressCountry,
    },
  };
}

/** schema.org ContactPoint for the public hotline (no hours: they are not known). */
export function hotlineJsonLd(locale: Locale, site: URL, description: string): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'ContactPoint',
    telephone: agency.hotline.display,
    contactType: description,
    areaServed: 'MN',
    url: new URL(href(locale, paths.hotline), site).href,
  };
}

interface ArticleFacts {
  title: string;
  description: string;
  pubDate: Date;
  updatedDate?: Date;
  url: URL;
  image?: string;
}

/** schema.org NewsArticle for a news item. */
export function newsArticleJsonLd(locale: Locale, site: URL, a: ArticleFacts): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    description: a.description,
    inLanguage: locale,
    datePublished: isoDay(a.pubDate),
    dateModified: isoDay(a.updatedDate ?? a.pubDate),
    mainEntityOfPage: a.url.href,
    ...(a.image ? { image: [a.image] } : {}),
    author: { '@id': orgId(site) },
    publisher: { '@id': orgId(site) },
  };
}

/**
 * schema.org GovernmentService for a service page. `providerKnown: false` (a law gave the work to
 * the state body only until a past day, and who does it now is not known) leaves `provider` out
 * rather than name the agency.
 */
export function governmentServiceJsonLd(
  locale: Locale,
  site: URL,
  s: {
    name: string;
    description: string;
    url: URL;
    category: string;
    audience: string;
    providerKnown: boolean;
  },
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'GovernmentService',
    name: s.name,
    description: s.description,
    serviceType: s.category,
    url: s.url.href,
    inLanguage: locale,
    areaServed: { '@type': 'Country', name: 'Mongolia' },
    audience: { '@type': 'Audience', audienceType: s.audience },
    ...(s.providerKnown ? { provider: { '@id': orgId(site) } } : {}),
    availableChannel: {
      '@type': 'ServiceChannel',
      servicePhone: { '@type': 'ContactPoint', telephone: agency.hotline.display },
    },
  };
}

/** schema.org Legislation for a regulation page. */
export function legislationJsonLd(
  locale: Locale,
  l: {
    name: string;
    kind: string;
    number?: string;
    adopted: Date | number;
    url: URL;
    source: string;
    inForce?: boolean;
  },
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    name: l.name,
    legislationType: l.kind,
    ...(l.number ? { legislationIdentifier: l.number } : {}),
    legislationDate: typeof l.adopted === 'number' ? String(l.adopted) : isoDay(l.adopted),
    legislationJurisdiction: 'MN',
    inLanguage: locale,
    url: l.url.href,
    sameAs: l.source,
    ...(l.inForce === undefined
      ? {}
      : {
          legislationLegalForce: l.inForce ? 'https://schema.org/InForce' : 'https://schema.org/NotInForce',
        }),
  };
}

/** schema.org Report for an implementation report, about the directive it follows up. */
export function reportJsonLd(
  locale: Locale,
  site: URL,
  r: { title: string; date: Date; unit: string; url: URL; directiveName: string; directiveUrl: URL },
): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'Report',
    headline: r.title,
    inLanguage: locale,
    datePublished: isoDay(r.date),
    mainEntityOfPage: r.url.href,
    author: { '@type': 'Organization', name: r.unit, parentOrganization: { '@id': orgId(site) } },
    publisher: { '@id': orgId(site) },
    about: { '@type': 'CreativeWork', name: r.directiveName, url: r.directiveUrl.href },
  };
}
