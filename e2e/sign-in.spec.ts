import { expect, test, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/axe";
import { DEMO, DEMO_PASSWORD, uniqueSuffix } from "./support/demo";

// Next's route announcer is an empty alert outside <main>; the form's message is inside.
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

test("an anonymous visitor is sent to sign-in, and back after signing in", async ({ page }) => {
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fsettings/);
  await expectNoSeriousA11yViolations(page);
  await page.getByLabel("Email").fill(DEMO.alice);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "Settings" })).toBeVisible();
});

test("a wrong password fails with a clear message", async ({ page }) => {
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  await page.goto("/signin");
  await page.getByLabel("Email").fill(DEMO.bob);
  await page.getByLabel("Password").fill("not-the-password");
  await page.getByLabel("Password").press("Enter");
  await expect(formAlert(page)).toHaveText("Wrong email or password.");
  await expect(page).toHaveURL(/\/signin/);
  // The focus stays in the form, on the password the failure cleared: type again and press Enter.
  await expect(page.getByLabel("Password")).toBeFocused();
  await expect(page.getByLabel("Email")).toHaveValue(DEMO.bob);
  // A field left empty is where the focus goes instead.
  await page.getByLabel("Email").fill("");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toBeFocused();
});

test("after 10 failed sign-ins in 10 minutes the account is locked out with a clear message", async ({
  page,
}) => {
  const email = `nobody-${uniqueSuffix()}@example.test`;
  await page.setExtraHTTPHeaders({
    "x-forwarded-for": `10.2.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
  });
  await page.goto("/signin");
  const button = page.getByRole("button", { name: "Sign in", exact: true });
  const attempt = async (password: string) => {
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await button.click();
    // The action has finished (and React has reset the form) once the button is back.
    await expect(button).toBeEnabled();
    await expect(page.getByLabel("Password")).toHaveValue("");
  };
  for (let i = 0; i < 10; i++) {
    await attempt(`wrong-${i}`);
    await expect(formAlert(page)).toHaveText("Wrong email or password.");
  }
  await attempt("wrong-again");
  await expect(formAlert(page)).toContainText("Too many failed sign-ins");
});

test("a crafted callbackUrl never leaves the site, before or after signing in", async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const crafted = [
    "%2F%09%2Fevil.example",
    "%2F%5Cevil.example",
    "%2F%0D%0ASet-Cookie%3A%20x%3D1",
    "%2F%E3%80%82%2Fevil%E3%80%82example",
    "https%3A%2F%2Fevil.example",
  ];
  // The form, after real credentials.
  await page.goto(`/signin?callbackUrl=${crafted[0]}`);
  await page.getByLabel("Email").fill(DEMO.alice);
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(`${origin}/`);
  // Already signed in: the sign-in page sends the user on at once.
  for (const value of crafted) {
    const response = await page.request.get(`/signin?callbackUrl=${value}`, { maxRedirects: 0 });
    expect(response.status(), value).toBeLessThan(500);
    const location = response.headers()["location"];
    if (location) expect(new URL(location, origin).origin, value).toBe(origin);
    await page.goto(`/signin?callbackUrl=${value}`);
    expect(new URL(page.url()).origin, value).toBe(origin);
  }
});
