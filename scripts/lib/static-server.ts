import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.json': 'application/json',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

export interface StaticServer {
  origin: string;
  close: () => Promise<void>;
}

/**
 * Serve a built site from `root` on 127.0.0.1 (a free port), as a static host would: directories
 * serve index.html, unknown paths get 404.html (en/404.html under /en/) with status 404; `headers`
 * are sent with every response.
 */
export async function serveDir(root: string, headers: Record<string, string> = {}): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(normalize(root))) file = join(root, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file) && statSync(file).isFile();
    // Under /en/ the English 404 page, where the build has one (as deploy/nginx.conf does).
    const notFound =
      pathname.startsWith('/en/') && existsSync(join(root, 'en', '404.html'))
        ? join(root, 'en', '404.html')
        : join(root, '404.html');
    const served = found ? file : notFound;
    res.writeHead(found ? 200 : 404, {
      ...headers,
      'content-type': types[extname(served)] ?? 'application/octet-stream',
    });
    if (existsSync(served)) createReadStream(served).pipe(res);
    else res.end('Not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
