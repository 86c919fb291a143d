import { getPublicReport } from "@/lib/data/articles/publications";
import { AppError } from "@/lib/errors";
import { renderHtmlReport } from "@/lib/export";
import { publicBaseUrl } from "@/lib/http/public-url";
import { toErrorResponse } from "@/lib/http/json-error";

// Same rules as the report's own meta tag, sent as a header too: nothing on the page may run or load.
const CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
const SLUG = /^[a-z0-9-]{1,80}$/;

const NOT_FOUND_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Report not found</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1c1917}</style></head>
<body><h1>Report not found</h1><p>This fact-check report does not exist or is no longer published.</p></body></html>`;

/**
 * A published report, for anyone: no sign-in (proxy.ts lets /r/ through), the article's
 * approved annotations only, with its ClaimReview JSON-LD in the page as Google reads it.
 */
export async function GET(request: Request, context: { params: Promise<{ slug: string }> }) {
  const { slug } = await context.params;
  try {
    if (!SLUG.test(slug)) throw new AppError("NOT_FOUND", "Report not found");
    const bundle = await getPublicReport(slug, publicBaseUrl(request));
    return new Response(renderHtmlReport(bundle), {
      headers: {
        "Content-Type": "text/html; charset=utf-8",
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "no-cache",
        "Referrer-Policy": "no-referrer",
      },
    });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") {
      return new Response(NOT_FOUND_PAGE, {
        status: 404,
        headers: {
          "Content-Type": "text/html; charset=utf-8",
          "X-Robots-Tag": "noindex",
          "Cache-Control": "no-store",
          "Content-Security-Policy": CSP,
        },
      });
    }
    return toErrorResponse(error);
  }
}
