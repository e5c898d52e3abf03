import { glob, type Loader, type LoaderContext } from 'astro/loaders';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Astro's glob loader (Markdown is rendered while loading), except that an entry its schema
 * refuses is left out with a warning instead of stopping the load with Astro's own message: the
 * build's content check (src/integrations/content-validation.ts) then stops the build before it
 * writes anything, with every problem in both languages.
 */
export function contentLoader(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'masm-content-loader',
    load: async (context) => {
      const refused = new Set<string>();
      const parseData: typeof context.parseData = (props) =>
        context.parseData(props).catch(() => {
          refused.add(props.id);
          context.logger.warn(`${props.filePath ?? props.id}: left out (see the content check's report)`);
          return props.data as never;
        });
      const set = (entry: Entry) => !refused.has(entry.id) && context.store.set(entry);
      await inner.load({ ...context, parseData, store: { ...context.store, set } });
    },
  };
}
