/** The demo accounts seeded by seed.setup.ts (lib/data/demo/demo-seed.ts). */
export const DEMO_PASSWORD = "demo-password";
export const DEMO = {
  admin: "admin@demo.test",
  editor: "editor@demo.test",
  alice: "alice@demo.test",
  bob: "bob@demo.test",
  viewer: "viewer@demo.test",
} as const;
export const DEMO_ARTICLE_TITLE =
  "U.S. intelligence report: Russia sought to sway 2020 election toward Trump";

/** Unique per test run and worker, so parallel specs never collide. */
export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

/**
 * The list pages by 20 and other specs add articles in parallel, so the demo article is found by
 * searching for it, as a user with a big library would, never by where it happens to sit.
 */
export const DEMO_LIST_PATH = `/?q=${encodeURIComponent("Russia sought sway election Trump")}`;
