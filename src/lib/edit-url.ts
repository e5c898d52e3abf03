/**
 * The repository address where a content file is edited: the configured base (ending in /) and
 * the file's path from the repository root. Undefined when no base is set, or for a file outside
 * the repository (a content root elsewhere).
 */
export function editUrl(base: string, file: string): string | undefined {
  if (!base) return undefined;
  const path = file.replace(/\\/g, '/').replace(/^\.\//, '');
  if (path.startsWith('../') || path.startsWith('/')) return undefined;
  return (base.endsWith('/') ? base : `${base}/`) + path.split('/').map(encodeURIComponent).join('/');
}
