import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { signInViaApi } from "./auth";
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from "./demo";

export type TestUser = { id: string; email: string; name: string; role: string; password: string };

type RequestFactory = {
  request: { newContext: (o: { baseURL?: string }) => Promise<APIRequestContext> };
};

/** A fresh account with the given role, made by the demo admin through the API. */
export async function createUser(
  playwright: RequestFactory,
  baseURL: string | undefined,
  role: "admin" | "editor" | "reviewer" | "viewer",
  name?: string,
): Promise<TestUser> {
  const admin = await playwright.request.newContext({ baseURL });
  await signInViaApi(admin, DEMO.admin, DEMO_PASSWORD);
  const suffix = uniqueSuffix();
  const password = `pw-${suffix}-long`;
  const response = await admin.post("/api/admin/users", {
    data: {
      email: `${role}-${suffix}@example.test`,
      name: name ?? `${role[0]!.toUpperCase()}${role.slice(1)} ${suffix.slice(-4)}`,
      role,
      password,
    },
  });
  expect(response.status()).toBe(201);
  const { user } = await response.json();
  await admin.dispose();
  return { ...user, password };
}

/** A page signed in as the user (cookie shared with page.request). */
export async function signInPage(
  page: Page,
  user: { email: string; password: string },
): Promise<void> {
  await signInViaApi(page.request, user.email, user.password);
}

/** An API client signed in as the user. */
export async function apiAs(
  playwright: RequestFactory,
  baseURL: string | undefined,
  user: { email: string; password: string },
): Promise<APIRequestContext> {
  const request = await playwright.request.newContext({ baseURL });
  await signInViaApi(request, user.email, user.password);
  return request;
}
