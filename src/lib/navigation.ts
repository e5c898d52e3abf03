import type { Dictionary } from '../i18n/dictionary';

type NavKey = {
  [K in keyof Dictionary]: K extends `nav${string}` ? (Dictionary[K] extends string ? K : never) : never;
}[keyof Dictionary];

/** The main navigation, in order. Paths are locale-free. */
export const mainNavigation: { label: Exclude<NavKey, 'navLabel'>; path: string }[] = [
  { label: 'navHome', path: '/' },
  { label: 'navNews', path: '/news/' },
  { label: 'navServices', path: '/services/' },
  { label: 'navRegulations', path: '/regulations/' },
  { label: 'navDirectives', path: '/directives/' },
  { label: 'navHotline', path: '/hotline/' },
  { label: 'navAbout', path: '/about/' },
];

/** Whether a nav item is the current page or the section the current page belongs to. */
export function navState(itemPath: string, currentPath: string): 'page' | 'section' | undefined {
  if (itemPath === currentPath) return 'page';
  if (itemPath !== '/' && currentPath.startsWith(itemPath)) return 'section';
  return undefined;
}
