import { z } from "zod";
import { idSchema } from "./common";
import { textSchema } from "./text";

const ARCHIVED_SCOPES = ["live", "archived", "all"] as const;
export type ArchivedScope = (typeof ARCHIVED_SCOPES)[number];

const ARTICLE_SORTS = ["relevance", "newest", "oldest", "title", "most_disputed"] as const;
export type ArticleSort = (typeof ARTICLE_SORTS)[number];

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_QUERY_CHARS = 200;

/** A GET form sends every field, empty when unset: an empty value means "no filter", not an error. */
const blankAsUnset = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

const flag = z.preprocess(
  blankAsUnset,
  z
    .enum(["true", "false", "1", "0", "yes", "no"], { message: "Use true or false" })
    .transform((value) => value === "true" || value === "1" || value === "yes")
    .optional(),
);

const positiveInt = (max: number) =>
  z.preprocess(blankAsUnset, z.coerce.number().int().min(1).max(max).optional());

/** The article list's query string (the page's form and GET /api/articles share it); unknown parameters are refused. */
export const articleSearchQuerySchema = z.strictObject({
  q: z.preprocess(blankAsUnset, textSchema().trim().max(MAX_QUERY_CHARS).optional()),
  outlet: z.preprocess(blankAsUnset, textSchema().trim().max(300).optional()),
  addedBy: z.preprocess(blankAsUnset, idSchema.optional()),
  hasDisputed: flag,
  stealthEdited: flag,
  archived: z.preprocess(blankAsUnset, z.enum(ARCHIVED_SCOPES).optional()),
  sort: z.preprocess(blankAsUnset, z.enum(ARTICLE_SORTS).optional()),
  page: positiveInt(100_000),
  pageSize: positiveInt(MAX_PAGE_SIZE),
});

export type ArticleSearchQuery = z.infer<typeof articleSearchQuerySchema>;

/** URLSearchParams to the schema's input: a repeated parameter keeps its last value, as a form would send one. */
export const searchParamsObject = (
  params: URLSearchParams | Record<string, string | string[] | undefined>,
) => {
  const entries =
    params instanceof URLSearchParams ? [...params.entries()] : Object.entries(params);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    const last = Array.isArray(value) ? value[value.length - 1] : value;
    if (last !== undefined) out[key] = last;
  }
  return out;
};
