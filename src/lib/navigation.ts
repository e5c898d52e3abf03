import type { Dictionary } from '../i18n/dictionary';
import { paths } from './site/urls';

type NavKey = {
  [K in keyof Dictionary]: K extends `nav${string}` ? (Dictionary[K] extends string ? K : never) : never;
}[keyof Dictionary];

/** The main navigation, in order. Paths are locale-free. */
export const mainNavigation: { label: Exclude<NavKey, 'navLabel'>; path: string }[] = [
  { label: 'navHome', path: paths.home },
  { label: 'navNews', path: paths.news },
  { label: 'navServices', path: paths.services },
  { label: 'navRegulations', path: paths.regulations },
  { label: 'navDirectives', path: paths.directives },
  { label: 'navHotline', path: paths.hotline },
  { label: 'navAbout', path: paths.about },
];

/** Whether a nav item is the current page or the section the current page belongs to. */
export function navState(itemPath: string, currentPath: string): 'page' | 'section' | undefined {
  if (itemPath === currentPath) return 'page';
  if (itemPath !== '/' && currentPath.startsWith(itemPath)) return 'section';
  return undefined;
}
