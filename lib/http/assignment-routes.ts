import "server-only";
import { NextResponse } from "next/server";
import {
  createAssignment,
  getAssignment,
  removeAssignment,
  updateAssignment,
} from "@/lib/data/assignments/assignments";
import type { AssignmentTarget } from "@/lib/data/assignments/assignment-view";
import {
  createAssignmentSchema,
  removeAssignmentSchema,
  updateAssignmentSchema,
} from "@/lib/validation/assignments";
import { apiRoute, routeId } from "./api-route";
import { parseQuery } from "./parse-query";
import { readJson } from "./read-json";

type Params = { id: string };

/**
 * The same four handlers serve an annotation's assignment and a whole article's: the target's
 * kind is all that differs, and lib/data applies the same rules to both.
 */
export function assignmentRoutes(kind: AssignmentTarget["kind"]) {
  const targetOf = (params: Params): AssignmentTarget => ({
    kind,
    id: routeId(params.id, kind === "annotation" ? "Annotation" : "Article"),
  });
  return {
    GET: apiRoute<Params>(async ({ actor, params }) =>
      NextResponse.json({ assignment: await getAssignment(actor, targetOf(params)) }),
    ),
    POST: apiRoute<Params>(async ({ request, actor, params }) => {
      const target = targetOf(params);
      const input = await readJson(request, createAssignmentSchema);
      return NextResponse.json(
        { assignment: await createAssignment(actor, target, input) },
        { status: 201 },
      );
    }),
    PATCH: apiRoute<Params>(async ({ request, actor, params }) => {
      const target = targetOf(params);
      const input = await readJson(request, updateAssignmentSchema);
      return NextResponse.json({ assignment: await updateAssignment(actor, target, input) });
    }),
    DELETE: apiRoute<Params>(async ({ request, actor, params }) => {
      const target = targetOf(params);
      const { version } = parseQuery(request, removeAssignmentSchema);
      await removeAssignment(actor, target, version);
      return new NextResponse(null, { status: 204 });
    }),
  };
}
