// Questions people ask the site's search, in their own words (not the pages' wording): Cyrillic
// with case endings, mistyped ө/ү and typos; Mongolian typed in Latin letters as on a phone; and
// English. Each names the page (or pages) a person asking it wants. Written on 7 December 2026,
// before any tuning of the search for issue 34; `npm run bench:questions` runs them on the built
// site and reports how often the right page is first and in the top three.

export interface Question {
  /** The search page it is typed on. */
  lang: 'mn' | 'en';
  /** How it is written: Cyrillic, Mongolian in Latin letters, or English. */
  script: 'cyrillic' | 'latin' | 'english';
  query: string;
  /** Addresses any one of which answers it. */
  want: string[];
}

const mn = (query: string, ...want: string[]): Question => ({ lang: 'mn', script: 'cyrillic', query, want });
const lat = (query: string, ...want: string[]): Question => ({ lang: 'mn', script: 'latin', query, want });
const en = (query: string, ...want: string[]): Question => ({ lang: 'en', script: 'english', query, want });

const verification = '/services/verification-of-measuring-instruments/';
const precious = '/services/precious-metals-assay-and-hallmarking/';
const certification = '/services/certification-of-conformity/';
const catalogue = '/services/national-standards-catalogue/';
const typeApproval = '/services/type-approval-of-measuring-instruments/';
const registration = '/services/metrology-database-registration/';
const conference = '/news/sector-managers-conference-2020/';
const metrologyLaw = '/regulations/law-on-metrology-2019/';
const standardizationLaw = '/regulations/law-on-standardization-2017/';
const alcohol = '/regulations/mntr-1-2008/';
const qualityProgramme = '/regulations/national-quality-programme-2016/';
const mandatoryList = '/regulations/government-resolution-291-2018/';
const instrumentList = '/regulations/order-a-384-2014/';
const english = (path: string) => `/en${path}`;

export const citizenQuestions: Question[] = [
  // Cyrillic, as people write it.
  mn('жин шалгуулах', verification),
  mn('хэмжих хэрэгсэл баталгаажуулах хаана', verification),
  mn('дэлгүүрийн жинг шалгуулах', verification),
  mn('усны тоолуур шалгуулах', verification),
  mn('шалгалт тохируулга хийлгэх', verification),
  mn('бензин колонкийн тоолуур баталгаажуулалт', verification),
  mn('алтны сорьц', precious),
  mn('мөнгөн эдлэл тамгалуулах', precious),
  mn('үнэт металлын тамга', precious),
  mn('гэрчилгээ авах', certification),
  mn('сертификат авах', certification),
  mn('бүтээгдэхүүнээ баталгаажуулах', certification),
  mn('заавал баталгаажуулах бараа', mandatoryList, certification),
  mn('стандарт худалдаж авах', catalogue),
  mn('MNS стандарт хайх', catalogue),
  mn('утасны дугаар', '/hotline/'),
  mn('лавлах утас', '/hotline/'),
  mn('холбогдох утас', '/hotline/', '/about/'),
  mn('байршил хаяг', '/about/'),
  mn('хэмжил зүйн хууль', metrologyLaw),
  mn('стандартчиллын хууль', standardizationLaw),
  mn('архины техникийн зохицуулалт', alcohol),
  mn('согтууруулах ундааны стандарт', alcohol),
  mn('чанарын хөтөлбөр', qualityProgramme),
  mn('заавал баталгаажуулах хэмжих хэрэгслийн жагсаалт', instrumentList),
  mn('6 дугаар үүрэг даалгавар', '/directives/6/'),
  mn('ISO 9001 нэвтрүүлэх', '/directives/8/'),
  mn('2020 оны зөвлөгөөн', conference),
  mn('удирдах ажилтнуудын зөвлөгөөн', conference),
  mn('хэмжих хэрэгслийн загвар батлуулах', typeApproval),
  mn('загварын туршилт', typeApproval),
  mn('мэдээллийн санд бүртгүүлэх', registration),
  mn('хэмжил зүйн мэдээллийн сан', registration),
  mn('үүрэг даалгаврын тайлан', '/reports/'),
  mn('сайтын нууцлал', '/privacy/'),
  // Typed quickly: ө/ү as о/у, a letter missing or doubled.
  mn('хемжих хэрэгсэл баталгаажуулалт', verification),
  mn('унэт металл', precious),
  mn('зовлогоон 2020', conference),
  mn('сертификад', certification),
  mn('шуурхай утсс', '/hotline/'),
  // Mongolian in Latin letters, as typed on a phone.
  lat('jin shalguulah', verification),
  lat('hemjih heregsel batalgaajuulalt', verification),
  lat('altny sorits', precious),
  lat('mungun edlel tamgaluulah', precious),
  lat('sertifikat avah', certification),
  lat('standart hudaldaj avah', catalogue),
  lat('utasny dugaar', '/hotline/'),
  lat('shuurhai utas', '/hotline/'),
  lat('hemjil zuin huuli', metrologyLaw),
  lat('standartchillin huuli', standardizationLaw),
  lat('zuvluguun 2020', conference),
  lat('uureg daalgavar 6', '/directives/6/'),
  lat('zagvar batluulah', typeApproval),
  lat('undesnii chanariin hutulbur', qualityProgramme),
  lat('tailan', '/reports/'),
  lat('archi tehnikiin zohitsuulalt', alcohol),
  lat('hayag', '/about/'),
  lat('unet metall', precious),
  // English, on the English search page.
  en('hotline number', english('/hotline/')),
  en('phone number', english('/hotline/')),
  en('contact the agency', english('/about/'), english('/hotline/')),
  en('get my scales checked', english(verification)),
  en('calibration', english(verification)),
  en('gold hallmark', english(precious)),
  en('silver assay', english(precious)),
  en('product certificate', english(certification)),
  en('buy a standard', english(catalogue)),
  en('metrology law', english(metrologyLaw)),
  en('standardization law', english(standardizationLaw)),
  en('alcohol regulation', english(alcohol)),
  en('quality programme', english(qualityProgramme)),
  en('mandatory certification list', english(mandatoryList)),
  en('instruments that must be verified', english(instrumentList)),
  en('directive 6', english('/directives/6/')),
  en('managers conference 2020', english(conference)),
  en('type approval', english(typeApproval)),
  en('register in the metrology database', english(registration)),
  en('privacy cookies', english('/privacy/')),
];
