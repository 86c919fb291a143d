import { execFileSync } from "node:child_process";
import { test as setup } from "@playwright/test";

// The demo accounts and article that most journeys read; seeded once, after the first-run spec
// has seen an empty database. Same code as `npm run demo` uses.
setup("seed the demo data", () => {
  execFileSync(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/seed-demo.ts"],
    { stdio: "inherit", env: process.env },
  );
});
