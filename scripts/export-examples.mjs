// `node scripts/export-examples.mjs`: against a running demo (BASE_URL, default
// http://localhost:3000), saves the demo article's report as HTML and PDF, and the PDF's first
// page as PNG (pdftoppm from Debian's poppler-utils), under docs/examples/ for the README.
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { request } from "@playwright/test";
import { root } from "./lib/run.mjs";

const baseURL = process.env.BASE_URL ?? "http://localhost:3000";
const out = join(root, "docs", "examples");
mkdirSync(out, { recursive: true });

const api = await request.newContext({ baseURL });
const { csrfToken } = await (await api.get("/api/auth/csrf")).json();
await api.post("/api/auth/callback/credentials", {
  form: { email: "editor@demo.test", password: "demo-password", csrfToken, callbackUrl: "/" },
  maxRedirects: 0,
});
const { articles } = await (await api.get("/api/articles")).json();
const demo = articles.find((a) => a.title.startsWith("U.S. intelligence report"));
if (!demo) throw new Error("The demo article is not there: run npm run demo first");
for (const format of ["html", "pdf"]) {
  const response = await api.get(`/api/articles/${demo.id}/export?format=${format}&discussion=1`);
  if (!response.ok()) throw new Error(`${format}: ${response.status()} ${await response.text()}`);
  writeFileSync(join(out, `demo-report.${format}`), await response.body());
}
execFileSync("pdftoppm", [
  "-png",
  "-f",
  "1",
  "-l",
  "1",
  "-r",
  "70",
  "-singlefile",
  join(out, "demo-report.pdf"),
  join(out, "demo-report-page-1"),
]);
await api.dispose();
console.log(`saved ${out}/demo-report.html, .pdf and -page-1.png`);
