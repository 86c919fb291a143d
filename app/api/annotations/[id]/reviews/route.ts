import { NextResponse } from "next/server";
import { reviewAnnotation } from "@/lib/data/reviews/review-annotation";
import { apiRoute, routeId } from "@/lib/http/api-route";
import { readJson } from "@/lib/http/read-json";
import { createReviewSchema } from "@/lib/validation/reviews";

/** Agree, or disagree with a reason (and optionally the status you would give). Replaces your earlier verdict. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => {
  const id = routeId(params.id, "Annotation");
  const input = await readJson(request, createReviewSchema);
  return NextResponse.json(
    { annotation: await reviewAnnotation(actor, id, input) },
    { status: 201 },
  );
});
