import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { isPlainMarkdown } from './plain-markdown';
import { stopIfInvalid } from './validate/pending';

type Entry = Parameters<LoaderContext['store']['set']>[0];

/**
 * Astro's glob loader, except that an MDX entry whose body is plain Markdown is rendered as
 * Markdown while loading (the same remark and rehype plugins), like a `.md` file. Only entries
 * that use MDX (a component, an expression) become modules for the bundler: at thousands of
 * entries those modules made the build slow and its memory grow past several gigabytes.
 */
export function contentLoader(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'masm-content-loader',
    load: async (context) => {
      const pending: Promise<unknown>[] = [];
      const set = (entry: Entry): boolean => {
        const { deferredRender, body, filePath } = entry;
        if (!deferredRender || body === undefined || !filePath || !isPlainMarkdown(body))
          return context.store.set(entry);
        // The file's own address: relative pictures resolve from it, and the footnote labels take
        // its language from its folder.
        const fileURL = new URL(filePath, context.config.root);
        pending.push(
          context.renderMarkdown(body, { fileURL }).then((rendered) =>
            context.store.set({
              ...entry,
              deferredRender: false,
              rendered,
              assetImports: rendered.metadata?.imagePaths,
            }),
          ),
        );
        return true;
      };
      // Where Astro refuses an entry, the build's own validation says why, in both languages.
      const parseData: typeof context.parseData = (props) =>
        context.parseData(props).catch(async (error: unknown) => {
          await stopIfInvalid();
          throw error;
        });
      await inner.load({ ...context, parseData, store: { ...context.store, set } });
      await Promise.all(pending);
    },
  };
}
