import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { dictionaries } from '../i18n';
import { remarkBodyFacts } from './markup/remark-body-facts';
import { remarkContentMarkup } from './markup/remark-content';
import { remarkLineBreaks } from './markup/remark-line-breaks';
import { rehypeKeepNumbers } from './rehype-keep-numbers';
import { rehypeLocalizeFootnotes } from './rehype-localize-footnotes';
import { rehypeTableScroll } from './rehype-table-scroll';
import { remarkTypography } from './remark-typography';

const footnoteLabels = {
  mn: { label: dictionaries.mn.footnoteLabel, back: dictionaries.mn.footnoteBackLabel },
  en: { label: dictionaries.en.footnoteLabel, back: dictionaries.en.footnoteBackLabel },
};

/**
 * The site's Markdown (and MDX) processor: astro.config.mjs gives it to Astro, and the build's
 * second rendering thread (src/lib/validate/render-worker.ts) makes the same one.
 */
export const markdownProcessor = () =>
  unified({
    // GFM (tables, footnotes) comes from remark-gfm itself, so the built-in copy is off.
    gfm: false,
    // Curly quotes and dashes come from our own plugin: SmartyPants' language parser took half
    // of the time of rendering an entry.
    smartypants: false,
    // remarkBodyFacts first: the check takes each body's facts from the tree as parsed.
    remarkPlugins: [remarkGfm, remarkBodyFacts, remarkContentMarkup, remarkTypography, remarkLineBreaks],
    rehypePlugins: [
      rehypeLocalizeFootnotes(footnoteLabels),
      rehypeKeepNumbers(),
      rehypeTableScroll({ mn: dictionaries.mn.tableScrollLabel, en: dictionaries.en.tableScrollLabel }),
    ],
  });
