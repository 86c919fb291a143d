import fs from "node:fs";
import path from "node:path";

import { parseSeedArticle, type SeedArticle } from "./demo-article";

/** Reads the bundled demo article (lib/demo/seed-article.txt, relative to the project root). */
export function readSeedArticle(): SeedArticle {
  const raw = fs.readFileSync(path.join(process.cwd(), "lib/demo/seed-article.txt"), "utf8");
  return parseSeedArticle(raw);
}
