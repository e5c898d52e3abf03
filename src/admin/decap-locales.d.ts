// Decap's English phrases ship as plain JavaScript.
declare module 'decap-cms-locales/src/en/index.js' {
  type Phrases = { [key: string]: string | Phrases };
  const en: Phrases & { editor: Phrases & { editorToolbar: Phrases } };
  export default en;
}
