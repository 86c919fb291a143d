import { apiRoute } from "@/lib/http/api-route";
import { errorResponse } from "@/lib/http/json-error";

// Unknown API paths answer JSON too (401 before 404, so the API's shape is not revealed anonymously).
const notFound = apiRoute(async ({ request }) =>
  errorResponse("NOT_FOUND", `No API route ${request.method} ${new URL(request.url).pathname}`),
);

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
};
