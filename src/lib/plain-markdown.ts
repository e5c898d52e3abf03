/**
 * Whether an MDX body is plain Markdown: no JSX (`<`), no expressions (`{`, `}`), no import or
 * export, and no indented lines (MDX has no indented code blocks, Markdown does). Such a body
 * renders the same either way, and Markdown is rendered once while the content is loaded instead
 * of becoming a module that the bundler compiles and holds in memory with all the others.
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}]/.test(body) && !/^(?:import|export)\s/m.test(body) && !/^(?: {4}|\t)/m.test(body);
}
