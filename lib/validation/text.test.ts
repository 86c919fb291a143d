import { describe, expect, it } from "vitest";
import type { z } from "zod";
import {
  activeFormSchema,
  createInvitationSchema,
  createUserSchema,
  setPasswordSchema,
} from "./admin";
import { createAnnotationSchema, updateAnnotationSchema } from "./annotations";
import { createArticleSchema, updateArticleSchema } from "./articles";
import { createReplySchema, createReviewSchema, settleSchema, updateReplySchema } from "./reviews";
import { isStorableText, textSchema, UNSTORABLE_TEXT_MESSAGE } from "./text";
import {
  apiTokenNameSchema,
  changeNameSchema,
  changePasswordSchema,
  signInSchema,
  signUpSchema,
} from "./users";

const BAD = {
  "a lone high surrogate": "x\ud800y",
  "a lone low surrogate": "x\udc00y",
  "a surrogate at the end": "x\ud83d",
  "a NUL": "x\u0000y",
};
const GOOD = {
  emoji: "Fact 😀 check",
  "a flag (two pairs)": "🇫🇷",
  "CJK and accents": "記事 éè",
  "U+FFFD itself": "�",
};

describe("isStorableText", () => {
  it.each(Object.entries(BAD))("refuses %s", (_, text) => expect(isStorableText(text)).toBe(false));
  it.each(Object.entries(GOOD))("accepts %s", (_, text) => expect(isStorableText(text)).toBe(true));

  it("keeps the message on the failing field", () => {
    const result = textSchema().trim().max(10).safeParse(" x\ud800 ");
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual([UNSTORABLE_TEXT_MESSAGE]);
  });
});

const body = "The minister said unemployment fell.";
const target = { start: 4, end: 12, exact: "minister", prefix: "The ", suffix: " said" };
const source = { url: "https://stats.example.org/may", title: "May release", quote: "3.4 percent" };
const password = "correct horse battery";

type Case = { name: string; schema: z.ZodType; valid: Record<string, unknown>; fields: string[][] };

/** Every schema that takes text a user writes, a valid input, and the path of each text field in it. */
const CASES: Case[] = [
  {
    name: "createAnnotation",
    schema: createAnnotationSchema,
    valid: { status: "sourced", note: "n", sources: [source], target },
    fields: [
      ["note"],
      ["sources", "0", "url"],
      ["sources", "0", "title"],
      ["sources", "0", "quote"],
      ["target", "exact"],
      ["target", "prefix"],
      ["target", "suffix"],
    ],
  },
  {
    name: "updateAnnotation",
    schema: updateAnnotationSchema,
    valid: { version: 1, note: "n", sources: [source] },
    fields: [
      ["note"],
      ["sources", "0", "title"],
      ["sources", "0", "quote"],
      ["sources", "0", "url"],
    ],
  },
  {
    name: "createArticle",
    schema: createArticleSchema,
    valid: { title: "t", body, outlet: "o", author: "a", url: "https://news.example/x" },
    fields: [["title"], ["body"], ["outlet"], ["author"], ["url"]],
  },
  {
    name: "updateArticle",
    schema: updateArticleSchema,
    valid: { version: 1, title: "t", body, outlet: "o", author: "a" },
    fields: [["title"], ["body"], ["outlet"], ["author"]],
  },
  {
    name: "createReview",
    schema: createReviewSchema,
    valid: { verdict: "disagree", reason: "r" },
    fields: [["reason"]],
  },
  { name: "createReply", schema: createReplySchema, valid: { body: "b" }, fields: [["body"]] },
  { name: "updateReply", schema: updateReplySchema, valid: { body: "b" }, fields: [["body"]] },
  {
    name: "settle",
    schema: settleSchema,
    valid: { decision: "approved", comment: "c", version: 1 },
    fields: [["comment"]],
  },
  {
    name: "signUp",
    schema: signUpSchema,
    valid: { name: "n", email: "a@example.org", password },
    fields: [["name"], ["email"], ["password"]],
  },
  {
    name: "signIn",
    schema: signInSchema,
    valid: { email: "a@example.org", password },
    fields: [["email"], ["password"]],
  },
  { name: "changeName", schema: changeNameSchema, valid: { name: "n" }, fields: [["name"]] },
  {
    name: "changePassword",
    schema: changePasswordSchema,
    valid: { currentPassword: password, newPassword: password, confirmPassword: password },
    fields: [["currentPassword"]],
  },
  { name: "apiTokenName", schema: apiTokenNameSchema, valid: { name: "n" }, fields: [["name"]] },
  {
    name: "createUser",
    schema: createUserSchema,
    valid: { email: "a@example.org", name: "n", role: "viewer", password },
    fields: [["email"], ["name"], ["password"]],
  },
  {
    name: "createInvitation",
    schema: createInvitationSchema,
    valid: { email: "a@example.org", name: "n", role: "viewer" },
    fields: [["email"], ["name"]],
  },
  {
    name: "setPassword",
    schema: setPasswordSchema,
    valid: { token: "abc_123", password, confirmPassword: password },
    fields: [["token"]],
  },
];

/** A copy of `value` with `text` spliced into the string at `path` (kept valid around it: a URL stays a URL). */
function withText(
  value: Record<string, unknown>,
  path: string[],
  text: string,
): Record<string, unknown> {
  const copy = structuredClone(value);
  let node = copy as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const key = path.at(-1)!;
  node[key] = `${String(node[key])}${text}`;
  return copy;
}

describe.each(CASES)("$name", ({ schema, valid, fields }) => {
  it("accepts the valid input", () => expect(schema.safeParse(valid).success).toBe(true));

  describe.each(fields.map((path) => [path.join("."), path] as const))("%s", (_, path) => {
    it.each(Object.entries(BAD))("refuses %s, naming the field", (_, text) => {
      const result = schema.safeParse(withText(valid, path, text));
      expect(result.success).toBe(false);
      expect(
        result.error?.issues.some(
          (i) => i.path.join(".") === path.join(".") && i.message === UNSTORABLE_TEXT_MESSAGE,
        ),
      ).toBe(true);
    });
  });
});

describe("well-formed astral characters are still accepted", () => {
  it.each([
    [
      "a note and source",
      createAnnotationSchema,
      {
        status: "sourced",
        note: "😀 n",
        sources: [{ ...source, title: "📈 May" }],
        target: { ...target, prefix: "😀 " },
      },
    ],
    ["an article", createArticleSchema, { title: "Jobs 📉", body: `${body} 🇫🇷`, author: "Zoë 😀" }],
    ["a reply", createReplySchema, { body: "👍" }],
    ["a name", changeNameSchema, { name: "Ana 🌻" }],
  ] as const)("in %s", (_, schema, input) =>
    expect((schema as z.ZodType).safeParse(input).success).toBe(true),
  );

  it("the admin's row forms take no free text (ids and enums only)", () => {
    expect(activeFormSchema.safeParse({ id: "x\ud800", active: "true" }).success).toBe(false);
  });
});
