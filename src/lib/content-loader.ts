import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTENT_ROOT, SITE_NOW } from '../../site.config.mjs';
import type { CollectionName } from './content-layout';
import {
  contentSession,
  insideContent,
  refreshContentSession,
  type ContentSession,
} from './validate/session';
import { formatProblems } from './validate/report';
import { renderCodeDigest } from './build-fingerprint';

/** Computed once a process (it reads src/). */
let renderCodeOf: string | undefined;

/** What Astro's own glob loader uses to render Markdown (on the context, not in its public type). */
type RenderMarkdown = (entry: {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath: string;
  digest: string;
}) => Promise<{ html: string; metadata?: { imagePaths?: string[] } } | undefined>;
interface EntryTypes {
  entryTypes: Map<
    string,
    { getRenderFunction?: (config: LoaderContext['config']) => Promise<RenderMarkdown> }
  >;
}
type Store = LoaderContext['store'] & { addAssetImports(assets: string[], fileName: string): void };

/**
 * A collection's entries from the content session (src/lib/validate/session.ts): each file read
 * and parsed once, by the validator's own reader, for the check and for the pages alike. A file the
 * check refused is left out (the build stops on the check's report before writing anything; the
 * preview shows the rest). Markdown is rendered here; MDX is compiled by @astrojs/mdx when a page
 * renders it.
 */
export function contentLoader(collection: CollectionName): Loader {
  return {
    name: 'masm-content-loader',
    load: async (context) => {
      const root = fileURLToPath(context.config.root);
      const renderCode = (renderCodeOf ??= renderCodeDigest(root));
      let render: RenderMarkdown | undefined;
      const store = context.store as Store;
      const sync = async (session: ContentSession) => {
        const seen = new Set<string>();
        for (const file of session.entries(collection)) {
          seen.add(file.id);
          const digest = context.generateDigest(`${renderCode}\0${file.text}`);
          const filePath = relative(root, file.absolute).split(sep).join('/');
          const existing = context.store.get(file.id);
          if (existing?.digest === digest && existing.filePath === filePath) {
            // Unchanged since the cached build: only what the pages import is named again.
            if (existing.deferredRender) context.store.addModuleImport(filePath);
            if (existing.assetImports?.length) store.addAssetImports(existing.assetImports, filePath);
            continue;
          }
          // The check's schema already gave the data; Astro's own run of it is needed only where it
          // resolves pictures (news' image()).
          let data = file.data as Record<string, unknown>;
          if (collection === 'news')
            try {
              data = await context.parseData({
                id: file.id,
                data: file.source.data as never,
                filePath: file.absolute,
              });
            } catch {
              // The check tells why (a picture Astro could not take, say); the page is left out.
              continue;
            }
          const body = file.source.body;
          if (file.format === 'mdx') {
            context.store.set({ id: file.id, data, body, filePath, digest, deferredRender: true });
          } else if (file.format === 'md') {
            // Rendered while the build checked it (one parse); rendered here otherwise (the preview).
            let rendered = session.rendered(file.absolute) as Awaited<ReturnType<RenderMarkdown>>;
            if (!rendered) {
              render ??= await (context as LoaderContext & EntryTypes).entryTypes.get('.md')!
                .getRenderFunction!(context.config);
              rendered = await render({ id: file.id, data, body, filePath: file.absolute, digest });
            }
            context.store.set({
              id: file.id,
              data,
              body,
              filePath,
              digest,
              rendered,
              assetImports: rendered?.metadata?.imagePaths,
            });
          } else context.store.set({ id: file.id, data, filePath, digest });
        }
        for (const id of context.store.keys()) if (!seen.has(id)) context.store.delete(id);
      };
      const session = await contentSession(root, CONTENT_ROOT, SITE_NOW);
      await sync(session);
      // The preview (`astro dev`, the editor): a change anywhere in the content reads the tree again.
      if (!context.watcher) return;
      context.watcher.add(session.contentRoot);
      const changed = (event: string) => (path: string) => {
        if (!insideContent(session, path)) return;
        const fresh = refreshContentSession(root, CONTENT_ROOT, SITE_NOW, `${event}:${path}`);
        if (collection === 'news' && fresh.problems.length)
          context.logger.warn(`\n${formatProblems(fresh.problems, 'check', fresh.unpublished)}`);
        void sync(fresh).catch((e: Error) => context.logger.error(e.message));
      };
      for (const event of ['change', 'add', 'unlink'] as const) context.watcher.on(event, changed(event));
    },
  };
}
