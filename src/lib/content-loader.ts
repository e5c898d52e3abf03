import { glob, type Loader } from 'astro/loaders';
import { stopIfInvalid } from './validate/pending';

/**
 * Astro's glob loader (Markdown is rendered while loading), except that where Astro refuses an
 * entry the build's own validation says why, in both languages.
 */
export function contentLoader(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    name: 'masm-content-loader',
    load: async (context) => {
      const parseData: typeof context.parseData = (props) =>
        context.parseData(props).catch(async (error: unknown) => {
          await stopIfInvalid();
          throw error;
        });
      await inner.load({ ...context, parseData });
    },
  };
}
