// Finds the system Chromium that Playwright drives (never a downloaded browser: that fails
// offline). Installs Debian's package when missing and we may (root with apt-get).
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findChromium() {
  const override = process.env.PLAYWRIGHT_CHROMIUM_PATH;
  if (override) {
    if (!existsSync(override))
      throw new Error(`PLAYWRIGHT_CHROMIUM_PATH=${override} does not exist`);
    return override;
  }
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall) {
    throw new Error(
      "Chromium was not found. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary.",
    );
  }
  console.log("Installing Chromium from Debian's packages…");
  execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium", {
    stdio: "inherit",
  });
  const installed = findChromium();
  if (!installed) throw new Error("apt-get install chromium did not provide /usr/bin/chromium");
  return installed;
}

/** pdftotext (Debian's poppler-utils) lets the browser tests read the text of exported PDFs. */
export function ensurePdfToText() {
  if (existsSync("/usr/bin/pdftotext")) return "/usr/bin/pdftotext";
  const canInstall = process.getuid?.() === 0 && existsSync("/usr/bin/apt-get");
  if (!canInstall)
    throw new Error(
      "pdftotext was not found. Install it (Debian/Ubuntu: sudo apt-get install -y poppler-utils).",
    );
  console.log("Installing poppler-utils from Debian's packages…");
  execSync(
    "(apt-get install -y -qq poppler-utils || (apt-get update -qq && apt-get install -y -qq poppler-utils))",
    { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } },
  );
  if (!existsSync("/usr/bin/pdftotext"))
    throw new Error("apt-get install poppler-utils did not provide /usr/bin/pdftotext");
  return "/usr/bin/pdftotext";
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(ensureChromium());
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
