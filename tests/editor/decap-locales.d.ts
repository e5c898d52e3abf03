// Decap's English phrases ship as plain JavaScript.
declare module 'decap-cms-locales/src/en/index.js' {
  const en: Record<string, unknown>;
  export default en;
}
