import { draft, t, title, type FieldText } from './labels';

// Labels and hints of the reports and of the bilingual YAML collections (see labels.ts).

export const recordTexts: Record<
  'reports' | 'regulations' | 'directives' | 'synonyms',
  Record<string, FieldText>
> = {
  reports: {
    title: title('Headline, in the language of the file.'),
    directive: t(
      'Үүрэг даалгавар',
      'Directive',
      'Тайлагнаж буй үүрэг даалгаврын дугаар (1–10).',
      'The number of the directive it reports on (1–10).',
    ),
    pubDate: t(
      'Нийтлэх огноо',
      'Publication date',
      'ОООО-СС-ӨӨ, хоёр хэлэнд ижил; 2020-01-23-аас өмнө биш. Ирээдүйн огноо бол тэр өдөр нийтлэгдэнэ.',
      'Publication date of the report, YYYY-MM-DD, the same in both languages; not before 2020-01-23. A future date schedules it.',
    ),
    unit: t(
      'Нэгж',
      'Unit',
      'Тайлагнаж буй нэгж, файлын хэлээр.',
      'The unit that reports, in the language of the file.',
    ),
    status: t('Төлөв', 'Status', 'not-started, in-progress эсвэл done.', 'not-started, in-progress or done.'),
    reopened: t(
      'Дахин нээсэн шалтгаан',
      'Reopened because',
      'Хийгдсэн гэж тайлагнасан ажлыг яагаад дахин эхлээгүй гэж тайлагнаж байгаа (тэр үед л заавал).',
      'Why a directive reported done is reported not started again (required then, and only then).',
    ),
    evidence: t(
      'Нотолгоо',
      'Evidence',
      'Ажлыг харуулах холбоос: сайтын мэдээ, эрх зүйн акт, үйлчилгээ эсвэл https:// хуудас.',
      'Links that show the work: news, regulation or service of the site, or an https:// page.',
    ),
    'evidence.news': t(
      'Мэдээ',
      'News item',
      'Мэдээ (content/news/ доторх файлын нэр).',
      'A news item (file name under content/news/).',
    ),
    'evidence.regulation': t(
      'Эрх зүйн акт',
      'Regulation',
      'Эрх зүйн акт (content/regulations/ доторх файлын нэр).',
      'A regulation (file name under content/regulations/).',
    ),
    'evidence.service': t(
      'Үйлчилгээ',
      'Service',
      'Үйлчилгээ (content/services/ доторх файлын нэр).',
      'A service (file name under content/services/).',
    ),
    'evidence.url': t(
      'Гадаад хуудас',
      'Outside page',
      'Гадаад хуудас, зөвхөн https://, гарчигтай.',
      'An outside page, https:// only, with `title`.',
    ),
    'evidence.title': t(
      'Гадаад хуудасны гарчиг',
      'Outside page title',
      'Гадаад хуудасны гарчиг, файлын хэлээр (зөвхөн хаягтай үед).',
      "The outside page's title, in the language of the file (only with url).",
    ),
    draft: draft('true keeps the report off the published site (it still shows in `npm run dev`).'),
  },
  regulations: {
    kind: t('Төрөл', 'Kind', 'Ямар төрлийн акт вэ.', 'What kind of act it is.'),
    number: t(
      'Дугаар',
      'Number',
      'Албан ёсны дугаар байгаа бол (жишээ нь "344", "А/384", "MNTR 1:2008", "MNS 3015:2014").',
      'Official number where there is one (e.g. "344", "А/384", "MNTR 1:2008", "MNS 3015:2014").',
    ),
    title: t(
      'Нэр',
      'Title',
      'Албан ёсны нэр, англи орчуулгатай.',
      'Official title, and its English rendering.',
    ),
    issuer: t(
      'Баталсан байгууллага',
      'Issuer',
      'Хэн баталсан, мэдэгдэж байгаа бол (үгүй бол хоосон).',
      'Who issued it, where known (left out otherwise).',
    ),
    adopted: t(
      'Баталсан огноо',
      'Adopted',
      'ОООО-СС-ӨӨ; өдөр нь баталгаажаагүй бол зөвхөн он.',
      'Adoption date, YYYY-MM-DD; or only the year where the day is not verified.',
    ),
    status: t(
      'Хүчин төгөлдөр байдал',
      'Status',
      '"in-force", "replaced" (орлуулсныг replacedBy-д) эсвэл "repealed"; баталгаажаагүй бол хоосон.',
      '"in-force", "replaced" (name what replaced it in replacedBy) or "repealed"; left out where not verified.',
    ),
    replacedBy: t(
      'Орлуулсан акт',
      'Replaced by',
      'Энэ актыг орлуулсан акт (зөвхөн status "replaced" үед).',
      'Slug of the regulation that replaced this one (only with status "replaced").',
    ),
    source: t(
      'Албан ёсны эх',
      'Official text',
      'Албан ёсны эх: legalinfo.mn эсвэл estandard.gov.mn.',
      'The official text: legalinfo.mn or estandard.gov.mn.',
    ),
    summary: t(
      'Товч',
      'Summary',
      'Юуг хамардаг тухай нэг хоёр өгүүлбэр, хоёр хэлээр.',
      'One or two sentences on what it covers, in both languages.',
    ),
    relatedDirectives: t(
      'Холбогдох үүрэг даалгавар',
      'Related directives',
      '2020 оны зөвлөгөөний холбогдох үүрэг даалгаврууд.',
      "Numbers of the 2020 conference's directives that concern it.",
    ),
    keywords: t(
      'Хайлтын үгс',
      'Search words',
      'Актад нэрлэгдсэн зүйлийг хүмүүсийн хайдаг өдөр тутмын үгс, хоёр хэлээр; хайлтад орно, харагдахгүй.',
      'Everyday words people search with that name what the act names, { mn: [...], en: [...] }; searched, not shown.',
    ),
  },
  directives: {
    number: t(
      'Дугаар',
      'Number',
      '1–10, өгүүллийн хоёр жагсаалтын дарааллаар.',
      "1–10, in the order of the article's two lists.",
    ),
    group: t(
      'Жагсаалт',
      'List',
      'Өгүүллийн аль жагсаалтад орсон.',
      "Which of the article's lists it stands in.",
    ),
    text: t(
      'Текст',
      'Text',
      'Үүрэг даалгаврын үг: монголоор өгүүлэлд байгаагаар, англиар сайтын орчуулга.',
      "The directive's words: Mongolian exactly as in the article, and the site's English translation.",
    ),
    article: t(
      'Өгүүлэл',
      'Article',
      'Үүнийг тогтоосон мэдээ (content/news/<хэл>/ доторх файлын нэр).',
      'Slug of the news article that set it (the file name under content/news/<locale>/).',
    ),
  },
  synonyms: {
    words: t(
      'Үгс',
      'Words',
      'Хоёр ба түүнээс олон үг, хэллэг, аль ч хэлээр, хүмүүсийн бичдэгээр.',
      'Two or more words or phrases, in either language, as people type them.',
    ),
  },
};
