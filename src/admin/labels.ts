// Each form field's label and hint, in Mongolian and English. The English hint is the field's
// comment in src/lib/schemas/ word for word (tests/editor/config.test.ts holds them together);
// the Mongolian says the same. Sub-fields without a comment of their own (mn/en) have a label only.

export interface FieldText {
  mn: string;
  en: string;
  hint?: { mn: string; en: string };
}

export const t = (mn: string, en: string, hintMn?: string, hintEn?: string): FieldText => ({
  mn,
  en,
  ...(hintMn && hintEn ? { hint: { mn: hintMn, en: hintEn } } : {}),
});

export const title = (hintEn: string) => t('Гарчиг', 'Title', 'Гарчиг, файлын хэлээр.', hintEn);
export const draft = (hintEn: string) =>
  t('Ноорог', 'Draft', 'Сонгосон бол нийтлэгдсэн сайтад гарахгүй (npm run dev-д харагдана).', hintEn);

/** Labels shared by the bilingual sub-fields of the YAML collections. */
export const localeLabels: Record<'mn' | 'en', FieldText> = {
  mn: t('Монголоор', 'In Mongolian'),
  en: t('Англиар', 'In English'),
};

/** The editor's own field for a new entry's file name (not saved in the file). */
export const fileNameText = t(
  'Файлын нэр',
  'File name',
  'Хоосон үлдээвэл гарчгаас латин үсгээр үүснэ. Латин жижиг үсэг, тоо, зураас: хуудасны хаяг болно, хоёр хэлэнд ижил. Дараа нь өөрчлөгдөхгүй.',
  'Left empty, it is made from the title in Latin letters. Small Latin letters, digits and hyphens: it becomes the address, the same in both languages. It cannot change later.',
);

export const pageTexts: Record<'news' | 'pages' | 'services', Record<string, FieldText>> = {
  news: {
    title: t('Гарчиг', 'Title', 'Мэдээний гарчиг, файлын хэлээр.', 'Headline, in the language of the file.'),
    description: t(
      'Товч агуулга',
      'Description',
      'Жагсаалт, RSS, хайлтын системд зориулсан нэг хоёр өгүүлбэр.',
      'One or two sentences for listings, feeds and search engines.',
    ),
    pubDate: t(
      'Нийтлэх огноо',
      'Publication date',
      'ОООО-СС-ӨӨ; хоёр хэлэнд ижил. Ирээдүйн огноо бол тэр өдөр нийтлэгдэнэ.',
      'Publication date, YYYY-MM-DD; the same in both languages. A future date schedules the item.',
    ),
    updatedDate: t(
      'Шинэчилсэн огноо',
      'Updated',
      'Текстэд бодит өөрчлөлт оруулсан сүүлийн огноо, ОООО-СС-ӨӨ (заавал биш).',
      'Date of the last real change to the text, YYYY-MM-DD (optional).',
    ),
    hero: t(
      'Нүүр зураг',
      'Picture',
      'Мэдээний дээд талын зураг: нэг удаа сонгоход хоёр хэлэнд гарна; тайлбарыг хэл тус бүрээр бичнэ.',
      'Picture at the top: chosen once, it shows in both languages; its description is written in each.',
    ),
    'hero.src': t(
      'Зургийн файл',
      'Picture file',
      'Компьютерээс оруулах эсвэл өмнө оруулснаас сонгоно. Латин нэртэй файл, жишээ нь hural-2026.jpg.',
      'Upload one from the computer or choose one uploaded before. A Latin file name, e.g. conference-2026.jpg.',
    ),
    'hero.alt': t(
      'Зургийн тайлбар (alt)',
      'Picture description (alt)',
      'Зурагт юу харагдаж байгааг харж чадахгүй уншигчид зориулж бичнэ.',
      'What the picture shows, for readers who cannot see it.',
    ),
    tags: t('Шошго', 'Tags', 'Сэдвүүд, файлын хэлээр.', 'Topics, in the language of the file.'),
    draft: draft('true keeps the item out of the published site (it still shows in `npm run dev`).'),
  },
  pages: {
    title: t('Гарчиг', 'Title', 'Хуудасны гарчиг, хөтчийн гарчиг.', 'Page heading and browser title.'),
    description: t(
      'Товч агуулга',
      'Description',
      'Хайлтын систем, холбоосны урьдчилсан харагдацад зориулсан нэг хоёр өгүүлбэр.',
      'One or two sentences for search engines and link previews.',
    ),
    reviewedDate: t(
      'Шалгасан огноо',
      'Reviewed',
      'Хуудасны баримтыг сүүлд шалгасан огноо, ОООО-СС-ӨӨ (заавал биш).',
      'Date the facts on the page were last checked, YYYY-MM-DD (optional).',
    ),
  },
  services: {
    title: t('Гарчиг', 'Title', 'Иргэний хэлдгээр бичсэн ажил.', 'The task, as a citizen would say it.'),
    summary: t(
      'Товч',
      'Summary',
      'Үйлчилгээ юу хийдгийг энгийн нэг өгүүлбэрээр.',
      'One plain sentence: what the service does.',
    ),
    category: t('Ангилал', 'Category', 'Аль бүлгийн үйлчилгээ вэ.', 'Which group of services it belongs to.'),
    keywords: t(
      'Хайлтын үгс',
      'Search words',
      'Хуудсанд нэрлэгдсэн зүйлийг хүмүүсийн хайдаг өдөр тутмын үгс (жишээ нь алт, мөнгө); хайлтад орно, харагдахгүй.',
      'Everyday words people search with that name what the page names (e.g. [алт, мөнгө]); searched, not shown.',
    ),
    audience: t('Хэнд зориулсан', 'Audience', 'Хэнд хэрэгтэй вэ.', 'Who needs it.'),
    steps: t('Алхмууд', 'Steps', 'Юу болдог, дарааллаар.', 'What happens, in order.'),
    documents: t(
      'Бүрдүүлэх бичиг баримт',
      'Documents',
      'Мэдэгдэж байгаа бол авчрах бичиг баримт; үгүй бол хоосон (хуудас утсаар лавлахыг зөвлөнө).',
      'Documents to bring, where known; left out otherwise (the page then says to call the hotline).',
    ),
    apply: t(
      'Хэрхэн хандах',
      'How to apply',
      'Биечлэн, цахимаар (хаягтай) эсвэл утсаар.',
      'How to apply: in-person, online (with url) or phone.',
    ),
    'apply.url': t('Цахим хаяг', 'Online address'),
    fee: t(
      'Төлбөр',
      'Fee',
      'Зөвхөн албан ёсны төлбөрийн хүснэгтээс (баталгаажсан нь алга: хоосон үлдээнэ).',
      'The fee, only from an official fee table (none has been verified: leave it out).',
    ),
    processingTime: t(
      'Хугацаа',
      'Processing time',
      'Хэр удаан үргэлжлэх, зөвхөн баталгаажсан бол.',
      'How long it takes, only where verified.',
    ),
    legalBasis: t(
      'Эрх зүйн үндэслэл',
      'Legal basis',
      'Үндэслэсэн эрх зүйн актууд (content/regulations/-аас сонгоно).',
      'Slugs of the regulations it rests on (content/regulations/<slug>.yaml).',
    ),
    assignedUntil: t(
      'Эрх олгосон хугацаа',
      'Assigned until',
      'Хуулиар төрийн байгууллагад тухайн өдөр хүртэл л олгосон бол тэр өдөр: хуудас одоогийн гүйцэтгэгчийг нэрлэхгүй.',
      'Where a law gave the work to the state body only until a day, that day: the page then names no current provider.',
    ),
    reviewed: t(
      'Шалгасан огноо',
      'Reviewed',
      'Хуудасны баримтыг сүүлд шалгасан огноо, ОООО-СС-ӨӨ.',
      "When the page's facts were last checked, YYYY-MM-DD.",
    ),
  },
};
