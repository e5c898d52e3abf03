// Built-in words that lead each vocabulary. The large word lists have no frequencies, so these give
// the corpus the frequent words of the agency's field; everything after them comes from the lists.
// Generated text only: none of this states a fact about the agency.

/** Mongolian stems of the field, looked up in the hunspell dictionary for their affix flags. */
export const mnDomainStems = (
  'стандарт хэмжил хэмжилт чанар байгууллага газар үйлчилгээ хууль журам гэрчилгээ шалгалт ' +
  'тохируулга тохирол стандартчилал лаборатори багаж хэрэгсэл бүтээгдэхүүн иргэн мэргэжилтэн ' +
  'сургалт зөвлөгөөн хурал төсөл хөтөлбөр ажил зорилт хэрэгжилт тайлан металл сорьц эталон нэгж ' +
  'улс аймаг хот салбар баталгаажуулалт үнэлгээ хяналт мэдээлэл шийдвэр дүрэм заавар ажиллагаа ' +
  'төв бараа удирдлага ажилтан шаардлага арга хэмжээ дүн чиглэл бодлого технологи төхөөрөмж жин хэмжүүр'
).split(' ');

/** Short Mongolian words that stand between the others (particles, postpositions, conjunctions). */
export const mnFunctionWords = (
  'ба болон нь энэ тэр юм хүртэл талаар хүрээнд дагуу зэрэг мөн бол гэж үед тул бөгөөд буюу бүх ' +
  'олон шинэ хамт дээр дотор нийт жил өдөр цаашид одоо'
).split(' ');

/** Sentence-final Mongolian verbs. */
export const mnFinalVerbs =
  'байна болно юм хийлээ баталлаа хэлэлцлээ танилцууллаа хүргүүллээ гүйцэтгэлээ зохион_байгууллаа'.split(' ');

export const enFunctionWords = (
  'the of and to in a for on with by as is was are were that this at from be has have it its an or ' +
  'which will also their all new more under after during between about into other such these than ' +
  'each both over'
).split(' ');

export const enDomainWords = (
  'standard standards measurement measuring instruments calibration verification agency conformity ' +
  'certification metrology quality laboratory national inspection regulation assessment service ' +
  'training meeting conference project programme results report requirements technical ' +
  'accreditation product products consumers businesses province capital sector officials experts ' +
  'cooperation international precious metals hallmark samples reference unit units system ' +
  'management safety testing procedure documents information public workshop seminar committee ' +
  'draft adopted approved implemented introduced organised discussed presented reviewed'
).split(' ');

export const enFinalWords = 'today this year in full as planned on time nationwide'.split(' ');

/** Topics used as tags, the same index in both languages. */
export const tags = {
  mn: ['стандарт', 'хэмжил зүй', 'баталгаажуулалт', 'сургалт', 'хамтын ажиллагаа', 'үнэт металл', 'чанар'],
  en: ['standards', 'metrology', 'certification', 'training', 'cooperation', 'precious metals', 'quality'],
};

/** Reporting units for directive reports, the same index in both languages (generic, invented). */
export const units = {
  mn: ['Стандартчиллын хэлтэс', 'Хэмжил зүйн хэлтэс', 'Аймгийн салбар', 'Лабораторийн нэгж'],
  en: ['Standardization department', 'Metrology department', 'Provincial branch', 'Laboratory unit'],
};
