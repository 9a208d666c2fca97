/**
 * A tiny static file server for the embed demo and the browser tests: the demo host page on its own
 * origin, and the built app with the deployment headers (CSP, frame-ancestors) the README gives.
 * Development only; a real deployment uses its own web server with the same headers.
 */
import { createReadStream, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ts': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
};

export interface StaticServerOptions {
  root: string;
  port: number;
  host?: string;
  /** Headers added to every response (e.g. Content-Security-Policy). */
  headers?: Record<string, string>;
  /** Paths answered with this body instead of the file (e.g. a deployment's embed-config.json). */
  overrides?: Record<string, string>;
}

/**
 * Serves `root` on host:port until `close()`.
 * @example const server = await startStaticServer({ root: 'dist', port: 4182, headers: { 'Content-Security-Policy': csp } });
 */
export function startStaticServer(options: StaticServerOptions): Promise<{ server: Server; close: () => Promise<void> }> {
  const root = resolve(options.root);
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const headers = { 'Cache-Control': 'no-store', ...options.headers };
    const override = options.overrides?.[path];
    if (override !== undefined) {
      response.writeHead(200, { ...headers, 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(override);
      return;
    }
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      response.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': size,
      });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404, headers).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () =>
      resolvePromise({ server, close: () => new Promise<void>((done) => server.close(() => done())) }),
    );
  });
}
