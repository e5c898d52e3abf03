import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { stringify } from 'yaml';
import { clientData } from '../admin/client-data';
import { editorConfig } from '../admin/config';
import { editorSettings, type EditorSettings } from '../admin/settings';

// The editor at /admin/: Decap CMS's prebuilt bundle from node_modules (nothing from another
// origin), the configuration made from the schemas, and src/admin/client.ts. Written into the
// build after every other integration, so that neither the sitemap, the search index nor the
// page checks see it; served from memory by `astro dev` (`npm run editor`).

const adminPath = '/admin/';

const require = createRequire(import.meta.url);
const decapDist = dirname(require.resolve('decap-cms/dist/decap-cms.js'));
/** decap-cms.js and the chunks it loads on demand, from the folder it was loaded from. */
const decapFiles = () => readdirSync(decapDist).filter((f) => /^(\d+\.)?decap-cms\.js$/.test(f));

const indexHtml = `<!doctype html>
<html lang="mn">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="robots" content="noindex, nofollow" />
    <title>Засварлагч / Editor — Стандарт, хэмжил зүйн газар</title>
  </head>
  <body>
    <noscript>Засварлагч JavaScript шаарддаг. / The editor needs JavaScript.</noscript>
    <script src="/admin/manual-init.js"></script>
    <script src="/admin/decap-cms.js"></script>
    <script src="/admin/editor.js"></script>
  </body>
</html>
`;

/** Decap starts by itself unless told to wait for editor.js (a file: the policy allows no inline script). */
const manualInit = 'window.CMS_MANUAL_INIT = true;\n';

async function clientBundle(settings: EditorSettings): Promise<string> {
  const result = await build({
    define: { __MASM_EDITOR__: JSON.stringify(clientData(settings)) },
    entryPoints: [fileURLToPath(new URL('../admin/client.ts', import.meta.url))],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2020',
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Copy the whole editor into `out` (a build's /admin/ folder). */
export async function writeEditor(out: string, settings?: EditorSettings) {
  mkdirSync(out, { recursive: true });
  for (const [name, text] of Object.entries(await editorFiles(settings)))
    writeFileSync(join(out, name), text);
  for (const name of decapFiles()) copyFileSync(join(decapDist, name), join(out, name));
}

/** The editor's own files (not Decap's), by name under /admin/. */
async function editorFiles(settings: EditorSettings = editorSettings()): Promise<Record<string, string>> {
  return {
    'index.html': indexHtml,
    'config.yml': stringify(editorConfig(settings), { lineWidth: 0, aliasDuplicateObjects: false }),
    'manual-init.js': manualInit,
    'editor.js': await clientBundle(settings),
  };
}

const types: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  yml: 'text/yaml; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
};

export function editor(): AstroIntegration {
  return {
    name: 'masm-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (req, res, next) => {
          const path = new URL(req.url ?? '/', 'http://x').pathname;
          if (!path.startsWith(adminPath)) return next();
          const name = path.slice(adminPath.length) || 'index.html';
          const own = await editorFiles();
          const body =
            own[name] ?? (decapFiles().includes(name) ? readFileSync(join(decapDist, name)) : undefined);
          if (body === undefined) return next();
          res.setHeader('content-type', types[name.split('.').at(-1)!] ?? 'application/octet-stream');
          res.setHeader('cache-control', 'no-cache');
          res.end(body);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Without the agency's git host (EDITOR_BACKEND, …) a published /admin/ could sign in to
        // nothing: it is only for `npm run editor`, served from memory by the dev server.
        if (!editorSettings().backend) {
          logger.info(`no editor settings (EDITOR_BACKEND): no ${adminPath} in the build`);
          return;
        }
        await writeEditor(join(fileURLToPath(dir), adminPath));
        logger.info(
          `Editor written to ${adminPath} (Decap CMS ${require('decap-cms/package.json').version})`,
        );
      },
    },
  };
}
