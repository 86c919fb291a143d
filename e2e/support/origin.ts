import http from "node:http";
import type { AddressInfo } from "node:net";

// The address e2e/support/fetch-allowance.mjs lets the server's fetcher reach.
const HOST = "127.0.0.77";

export type Origin = {
  url: (path: string) => string;
  /** Serves `html` at `path` from now on (a page the test changes between fetches). */
  page: (path: string, html: string) => void;
  close: () => Promise<void>;
};

/** A news site of the test's own, for the URL import and re-fetch paths. */
export async function startOrigin(): Promise<Origin> {
  const pages = new Map<string, string>();
  const server = http.createServer((request, response) => {
    const html = pages.get(request.url ?? "");
    if (html === undefined)
      response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    else response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, HOST, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://${HOST}:${port}${path}`,
    page: (path, html) => void pages.set(path, html),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** A news page as outlets publish them: navigation and furniture around an article with its metadata. */
export function newsPage({
  title,
  paragraphs,
  author = "Ana Reyes",
  outlet = "Harbour Times",
}: {
  title: string;
  paragraphs: string[];
  author?: string;
  outlet?: string;
}): string {
  const escape = (s: string) =>
    s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(title)} | ${escape(outlet)}</title>
<meta property="og:title" content="${escape(title)}"><meta property="og:site_name" content="${escape(outlet)}"><meta name="author" content="${escape(author)}">
<meta property="article:published_time" content="2026-11-30T09:00:00Z"></head>
<body><header><nav><a href="/">Home</a> · <a href="/news">News</a> · <a href="/sport">Sport</a></nav></header>
<main><article><h1>${escape(title)}</h1>${paragraphs.map((p) => `<p>${escape(p)}</p>`).join("\n")}</article></main>
<footer><p>© ${escape(outlet)}. All rights reserved.</p><a href="/privacy">Privacy</a></footer></body></html>`;
}
