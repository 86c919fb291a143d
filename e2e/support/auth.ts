import { expect, type APIRequestContext } from "@playwright/test";

/**
 * Signs in through Auth.js's credentials endpoint (not the form), so journeys start fast.
 * The request context's cookies are the page's when it is `page.request` or `context.request`.
 */
export async function signInViaApi(
  request: APIRequestContext,
  email: string,
  password: string,
): Promise<void> {
  const csrf = await request.get("/api/auth/csrf");
  expect(csrf.ok()).toBeTruthy();
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  expect(response.status(), "credentials callback redirects").toBe(302);
  expect(response.headers()["location"] ?? "", "no sign-in error").not.toContain("error=");
}
