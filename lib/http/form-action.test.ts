import { redirect } from "next/navigation";
import { afterEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/permissions/roles";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
// next-auth does not load outside Next: the wrapper only asks who is signed in.
vi.mock("@/lib/auth/auth", () => ({ sessionActor: async () => session.actor }));
const { SESSION_ENDED_MESSAGE, UNEXPECTED_MESSAGE, formAction, formSubmitAction } =
  await import("./form-action");

const ACTOR: Actor = { id: "u1", email: "ada@example.org", name: "Ada", role: "editor" };
const schema = z.object({
  name: z.string().trim().min(1, { message: "Enter a name" }),
  count: z.coerce.number().int(),
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** The error Next's redirect() throws, by its digest: "NEXT_REDIRECT;replace;/signin;307;". */
async function redirectTarget(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
  } catch (error) {
    const digest = (error as { digest?: unknown }).digest;
    if (typeof digest === "string" && digest.startsWith("NEXT_REDIRECT"))
      return digest.split(";")[2];
    throw error;
  }
  return undefined;
}

afterEach(() => {
  session.actor = null;
  vi.restoreAllMocks();
});

describe("formAction", () => {
  it("validates the form with the zod schema: field errors back, the handler never called", async () => {
    session.actor = ACTOR;
    const handler = vi.fn(async () => ({ ok: true as const }));
    const action = formAction(schema, handler, { values: ["name"] });
    const state = await action(null, form({ name: "   ", count: "2.5" }));
    expect(state).toEqual({
      ok: false,
      values: { name: "   " },
      fieldErrors: { name: ["Enter a name"], count: [expect.any(String)] },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("hands the handler the parsed input (trimmed, coerced, unknown fields left out) and the actor", async () => {
    session.actor = ACTOR;
    const handler = vi.fn(async () => ({ ok: true as const, message: "Saved." }));
    const state = await formAction(schema, handler)(
      null,
      form({ name: "  Ada ", count: "3", role: "admin" }),
    );
    expect(state).toEqual({ ok: true, message: "Saved." });
    expect(handler).toHaveBeenCalledWith({
      input: { name: "Ada", count: 3 },
      actor: ACTOR,
      values: undefined,
    });
  });

  it("can show one message instead of field errors", async () => {
    session.actor = ACTOR;
    const action = formAction(schema, async () => ({ ok: true }), {
      invalidMessage: () => "Reload the page.",
    });
    expect(await action(null, form({ name: "", count: "1" }))).toEqual({
      ok: false,
      values: undefined,
      message: "Reload the page.",
    });
  });

  it("without a session answers that the session has ended, keeping what was typed, and runs nothing", async () => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    const state = await formAction(schema, handler, { values: ["name"] })(
      null,
      form({ name: "Ada", count: "1" }),
    );
    expect(state).toEqual({ ok: false, values: { name: "Ada" }, message: SESSION_ENDED_MESSAGE });
    expect(handler).not.toHaveBeenCalled();
  });

  it("public actions run without a session, with no actor", async () => {
    const handler = vi.fn(async () => ({ ok: true as const }));
    expect(
      await formAction(schema, handler, { public: true })(null, form({ name: "Ada", count: "1" })),
    ).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith(expect.objectContaining({ actor: null }));
  });

  it("shows an AppError's message, or its field errors", async () => {
    session.actor = ACTOR;
    const refused = formAction(
      schema,
      async () => Promise.reject(new AppError("CONFLICT", "Already taken")),
      { values: ["name"] },
    );
    expect(await refused(null, form({ name: "Ada", count: "1" }))).toEqual({
      ok: false,
      values: { name: "Ada" },
      message: "Already taken",
      fieldErrors: undefined,
    });
    const onField = formAction(schema, async () =>
      Promise.reject(new AppError("VALIDATION", "Wrong", { fieldErrors: { name: ["Wrong"] } })),
    );
    expect(await onField(null, form({ name: "Ada", count: "1" }))).toEqual({
      ok: false,
      values: undefined,
      message: undefined,
      fieldErrors: { name: ["Wrong"] },
    });
  });

  it("never shows an unexpected error's message: a fixed sentence, the error to the server log", async () => {
    session.actor = ACTOR;
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const secret = new Error("connect ECONNREFUSED 10.0.0.7:5432 password=hunter2");
    const state = await formAction(schema, async () => Promise.reject(secret))(
      null,
      form({ name: "Ada", count: "1" }),
    );
    expect(state).toEqual({ ok: false, values: undefined, message: UNEXPECTED_MESSAGE });
    expect(JSON.stringify(state)).not.toContain("hunter2");
    expect(log).toHaveBeenCalledWith(secret);
  });

  it("lets Next's redirect through", async () => {
    session.actor = ACTOR;
    const action = formAction(schema, async () => redirect("/elsewhere"));
    expect(await redirectTarget(action(null, form({ name: "Ada", count: "1" })))).toBe(
      "/elsewhere",
    );
  });
});

describe("formSubmitAction", () => {
  it("sends a browser without a session to sign-in, running nothing", async () => {
    const handler = vi.fn(async () => {});
    expect(
      await redirectTarget(formSubmitAction(schema, handler)(form({ name: "Ada", count: "1" }))),
    ).toBe("/signin");
    expect(handler).not.toHaveBeenCalled();
  });

  it("refuses input the schema refuses, and hands the handler the parsed input", async () => {
    session.actor = ACTOR;
    const handler = vi.fn(async () => {});
    await expect(
      formSubmitAction(schema, handler)(form({ name: "", count: "1" })),
    ).rejects.toMatchObject({ code: "VALIDATION" });
    expect(handler).not.toHaveBeenCalled();
    await formSubmitAction(schema, handler)(form({ name: " Ada", count: "4" }));
    expect(handler).toHaveBeenCalledWith({ input: { name: "Ada", count: 4 }, actor: ACTOR });
  });
});
