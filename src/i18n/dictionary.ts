import type { DirectiveGroup, DirectiveStatus } from '../lib/schemas/directives';
import type { RegulationKind, RegulationStatus } from '../lib/schemas/regulations';
import type { ServiceCategory } from '../lib/schemas/services';
import type { ServiceGap } from '../lib/service-gaps';
import type { SearchType } from '../lib/search/entry';
import type { Publication } from '../lib/publish';
import type { TranslationState } from '../lib/translation-state';
import type { Locale } from './locales';

/** Words that change with a count, as data: one form per plural category of `Intl.PluralRules`. */
export type PluralForms = { one: string; other: string };

/**
 * Every interface word of the site, once per language. `mn.ts` and `en.ts` are typed with this
 * interface, so a key missing in either one fails `astro check`.
 */
export interface Dictionary {
  siteName: string;
  siteDescription: string;
  skipLink: string;
  navLabel: string;
  navHome: string;
  navNews: string;
  navDirectives: string;
  navHotline: string;
  navAbout: string;
  breadcrumbLabel: string;
  languageSwitcherLabel: string;
  hotlineLabel: string;
  hotlinePromo: string;
  /** What the hotline is for, as schema.org ContactPoint contactType. */
  hotlineContactType: string;
  footerAddressLabel: string;
  footerFeedLabel: string;
  /** The feed's page (/feed/): what the feed is, how to follow it, its address. */
  feedTitle: string;
  feedIntro: string;
  feedHow: string;
  feedAddress: string;
  feedLatest: string;
  feedRaw: string;
  homeIntro: string;
  latestNews: string;
  allNews: string;
  newsTitle: string;
  newsDescription: string;
  noNews: string;
  published: string;
  updated: string;
  directivesTitle: string;
  directivesIntro: string;
  directiveGroups: Record<DirectiveGroup, string>;
  directiveGroupLabel: string;
  directiveLabel: (n: number) => string;
  directiveCount: PluralForms;
  statusLabel: string;
  statuses: Record<DirectiveStatus, string>;
  readConferenceArticle: string;
  allDirectives: string;
  /** A link to the list of every directive's implementation reports. */
  allReports: string;
  untranslatedTitle: string;
  untranslatedBody: string;
  notFoundTitle: string;
  notFoundBody: string;
  backHome: string;
  navServices: string;
  navRegulations: string;
  servicesTitle: string;
  servicesDescription: string;
  serviceCategories: Record<ServiceCategory, string>;
  serviceWho: string;
  serviceSteps: string;
  serviceDocuments: string;
  serviceApply: string;
  applyMethods: Record<'online' | 'phone' | 'in-person', string>;
  serviceFee: string;
  serviceTime: string;
  serviceLegalBasis: string;
  /** Said once on a service page, before the facts it does not have yet (serviceUnknownParts). */
  serviceUnknown: string;
  serviceUnknownParts: Record<ServiceGap, string>;
  serviceUnknownAsk: string;
  serviceContact: string;
  serviceReviewed: string;
  allServices: string;
  regulationsTitle: string;
  regulationsDescription: string;
  regulationKinds: Record<RegulationKind, string>;
  regulationStatuses: Record<RegulationStatus | 'unknown', string>;
  regulationStatusUnknownNote: string;
  regulationCount: PluralForms;
  filterAll: string;
  filterKind: string;
  filterStatus: string;
  filterYear: string;
  sortLabel: string;
  sortNewest: string;
  sortOldest: string;
  regulationNumber: string;
  regulationIssuer: string;
  regulationAdopted: string;
  regulationSource: string;
  regulationReplacedBy: string;
  regulationReplaces: string;
  regulationServices: string;
  regulationDirectives: string;
  regulationRelated: string;
  allRegulations: string;
  /** A year on its own, for dates whose day is not verified; {y} is the year. */
  yearOnly: string;
  searchTitle: string;
  searchDescription: string;
  searchLabel: string;
  searchButton: string;
  searchNoScript: string;
  searchResultCount: PluralForms;
  /** {q} is the query as typed. */
  searchNoResults: string;
  /** {count} is the result count (searchResultCount), {q} the query as typed. */
  searchStatus: string;
  /** The filter by type of page (news, service…); distinct from searchFilterKind. */
  searchFilterType: string;
  /** The filter by a regulation's kind or a service's category. */
  searchFilterKind: string;
  searchFilterYear: string;
  /** The summary of the disclosure that holds the filters. */
  searchFilters: string;
  /** Results come from a typo-corrected query; {q} is the corrected query. */
  searchCorrected: string;
  /** No page has all the words; results for some of them; {q} is the words used. */
  searchPartial: string;
  /** Beside a result that lacks some of the query's words; {words} are those words. */
  searchMissing: string;
  /** The heading of what is offered when nothing is found. */
  searchHelpTitle: string;
  /** Before the suggested searches. */
  searchSuggestLabel: string;
  /** Searches that find pages on the site, offered when nothing is found. */
  searchSuggestions: readonly string[];
  /** The link that searches the words exactly as typed; {q} is the query as typed. */
  searchAsTyped: string;
  searchTypes: Record<SearchType, string>;
  /** English page: a Cyrillic query also searched the Mongolian pages. */
  searchIncludesMongolian: string;
  /** Mongolian page: nothing found in Mongolian, English results offered instead. */
  searchEnglishFallback: string;
  searchMore: string;
  searchLoading: string;
  searchError: string;
  footnoteLabel: string;
  /** The name of a table's scrolling box, read out when it takes focus. */
  tableScrollLabel: string;
  footnoteBackLabel: string;
  /** Link to the page's content file in the repository. */
  editThisPage: string;
  translationsTitle: string;
  translationsIntro: string;
  translationsEntry: string;
  translationsLanguages: string;
  /** "Last changed in git: Mongolian" / English, column headings. */
  translationsChanged: Record<Locale, string>;
  translationsStatusLabel: string;
  translationsStatus: Record<TranslationState, string>;
  translationsNone: string;
  /** Whether the entry is on the public site: its column heading and the states. */
  translationsPublication: string;
  publicationStates: Record<Publication['state'], string>;
  /** The preview's mark on a page not live yet (a scheduled one's is followed by its day). */
  previewState: Record<Exclude<Publication['state'], 'live'>, string>;
  reportsTitle: string;
  reportsDescription: string;
  noReports: string;
  reportCount: PluralForms;
  reportUnit: string;
  reportDate: string;
  reportEvidence: string;
  reportReopened: string;
  /** Label before the date of the latest report on a directive. */
  statusDate: string;
  statusSummary: string;
  /** Sentence before the status filter links on /directives/. */
  statusFilter: string;
  /** {n} is the page number, {total} the number of pages. */
  paginationPage: string;
  paginationLabel: string;
  paginationPrevious: string;
  paginationNext: string;
  /** A page number link's accessible name, "Page {n}". */
  paginationPageNumber: string;
  /** Heading of a year's news archive ({year}). */
  newsYearTitle: string;
  /** The news archive's year links. */
  newsYearsLabel: string;
  newsCount: PluralForms;
  menuLabel: string;
  /** A visible example in the search box. */
  searchHint: string;
  newsHeading: string;
  topTasksTitle: string;
  onThisPage: string;
  footerAccessibility: string;
  footerPrivacy: string;
}
