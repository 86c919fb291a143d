import { NextResponse } from "next/server";
import { getPublication, publishArticle, unpublishArticle } from "@/lib/data/articles/publications";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { publicBaseUrl } from "@/lib/http/public-url";
import type { PublicationState } from "@/lib/contracts/article";

const answer = (request: Request, publication: PublicationState | null) =>
  NextResponse.json({
    publication: publication
      ? { ...publication, url: `${publicBaseUrl(request)}${publication.path}` }
      : null,
  });

/** The article's public report: { publication: { slug, path, url, published, publishedAt } | null }. */
export const GET = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  answer(request, await getPublication(actor, routeId(params.id, "Article"))),
);

/** Publish (editors and admins; no body): its approved annotations at /r/<slug>, readable without signing in. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  answer(request, await publishArticle(actor, routeId(params.id, "Article"))),
);

/** Unpublish: the page answers 404 at once; publishing again brings back the same address. */
export const DELETE = apiRoute<{ id: string }>(async ({ request, actor, params }) =>
  answer(request, await unpublishArticle(actor, routeId(params.id, "Article"))),
);
