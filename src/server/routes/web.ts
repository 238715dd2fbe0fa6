/**
 * Serves the clinician console (`web/dist`, built by `npm run build:web`) from the gateway's own
 * origin, so the console's session cookie and CSRF header work without CORS. Client routes
 * (`/queue`, `/conversations/:id`…) get `index.html`; the API's own prefixes never do, so a
 * mistyped API path still answers with the API's JSON 404.
 *
 * No static-file dependency: the console is a handful of files, and a wildcard route with a small
 * content-type map keeps the traversal and caching rules in one readable place.
 */
import { createReadStream, type Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { HttpError } from '../errors.js';

export interface WebRoutesOptions {
  /** The built console; defaults to `web/dist` at the package root. */
  root?: string;
}

/** `src/server/routes` and `dist/server/routes` are both three levels below the package root. */
export const DEFAULT_WEB_ROOT = fileURLToPath(new URL('../../../web/dist/', import.meta.url));

/** Paths that belong to the API: never answered with the console's `index.html`. */
const API_PREFIXES = ['/api', '/v1', '/healthz', '/readyz', '/metrics'];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/** Vite puts content-hashed files under `assets/`: their name changes whenever they do. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html above all) is revalidated so a new build shows at once. */
const REVALIDATE = 'no-cache';

/**
 * The console page runs only its own scripts and styles and talks only to this origin; it may not
 * be framed (clickjacking a clinician's Claim or Take over button).
 */
const PAGE_SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

export async function webRoutes(app: FastifyInstance, options: WebRoutesOptions): Promise<void> {
  const root = path.resolve(options.root ?? DEFAULT_WEB_ROOT);

  // GET also answers HEAD (Fastify's exposeHeadRoutes).
  app.get('/*', async (request, reply) => {
    const pathname = decodePathname(request.url);
    if (pathname === undefined) {
      throw new HttpError(400, 'invalid_request_error', 'invalid_path', 'malformed URL path');
    }
    if (isApiPath(pathname)) return reply.callNotFound();

    const index = await fileAt(path.join(root, 'index.html'));
    if (!index) return notBuilt(request, reply, root);

    const requested = resolveInside(root, pathname);
    const file = requested ? await fileAt(requested) : undefined;
    if (requested && file) {
      const immutable = path.relative(root, requested).startsWith(`assets${path.sep}`);
      return sendFile(request, reply, requested, file, immutable ? IMMUTABLE : REVALIDATE);
    }
    // A missing file (`/assets/old-hash.js`, `/favicon.png`) is a 404, not the page: a browser
    // that gets HTML for a script reports a confusing MIME error instead of the missing file.
    if (path.extname(pathname) !== '') return reply.callNotFound();
    return sendFile(request, reply, path.join(root, 'index.html'), index, REVALIDATE);
  });
}

function isApiPath(pathname: string): boolean {
  return API_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function decodePathname(url: string): string | undefined {
  const raw = url.split(/[?#]/, 1)[0] ?? '/';
  try {
    const decoded = decodeURIComponent(raw);
    return decoded.includes('\0') ? undefined : decoded;
  } catch {
    return undefined;
  }
}

/** The file under `root` that a URL path names, or undefined when it would escape `root`. */
function resolveInside(root: string, pathname: string): string | undefined {
  const candidate = path.resolve(root, `.${path.posix.normalize(pathname)}`);
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return undefined;
  // Dotfiles are never part of a build; they are more likely someone's secrets.
  if (
    path
      .relative(root, candidate)
      .split(path.sep)
      .some((part) => part.startsWith('.'))
  ) {
    return undefined;
  }
  return candidate;
}

async function fileAt(file: string): Promise<Stats | undefined> {
  try {
    const info = await stat(file);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

function sendFile(
  request: FastifyRequest,
  reply: FastifyReply,
  file: string,
  info: Stats,
  cacheControl: string,
): FastifyReply {
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const extension = path.extname(file).toLowerCase();
  const type = CONTENT_TYPES[extension] ?? 'application/octet-stream';
  reply.header('cache-control', cacheControl);
  reply.header('etag', etag);
  reply.header('x-content-type-options', 'nosniff');
  if (extension === '.html') {
    for (const [name, value] of Object.entries(PAGE_SECURITY_HEADERS)) reply.header(name, value);
  }
  if (request.headers['if-none-match'] === etag) return reply.status(304).send();
  reply.type(type);
  reply.header('content-length', info.size);
  return reply.send(createReadStream(file));
}

/** The console has not been built: say so, and how to fix it, in the form the client reads. */
function notBuilt(request: FastifyRequest, reply: FastifyReply, root: string): FastifyReply {
  const message = `the clinician console has not been built (no index.html in ${root}); run \`npm run build:web\` (or \`npm start\`), then reload`;
  if (request.facts) request.facts.errorCode = 'console_not_built';
  reply.status(503).header('cache-control', 'no-store').header('retry-after', '30');
  if (!wantsHtml(request)) {
    return reply.send(
      new HttpError(503, 'service_unavailable', 'console_not_built', message).body(),
    );
  }
  return reply.type('text/html; charset=utf-8').send(notBuiltPage(message));
}

function wantsHtml(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

function notBuiltPage(message: string): string {
  const escaped = message.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Tandem console not built</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; padding: 0 1rem; line-height: 1.5">
<h1>The Tandem console is not built yet</h1>
<p>${escaped}</p>
<p>The gateway (<code>/v1</code>) and the console API (<code>/api</code>) are running.</p>
</body>
</html>
`;
}
