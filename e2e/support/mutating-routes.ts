import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

export const MUTATING_METHODS = ["POST", "PUT", "PATCH", "DELETE"] as const;
export type MutatingMethod = (typeof MUTATING_METHODS)[number];

const API_DIR = join(__dirname, "..", "..", "app", "api");

/**
 * Every "METHOD /api/…" that a route file under app/api exports a write handler for, read from the
 * source: `export const POST`, `export async function POST`, `export { x as POST }` and
 * `export const { GET, POST } = …`. The authorization matrix must have a row for each.
 */
export function mutatingRoutes(dir = API_DIR): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/^route\.(ts|tsx|js)$/.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const route = `/api/${relative(dir, entry.parentPath).split(sep).join("/")}`.replace(/\/$/, "");
    for (const method of exportedMethods(readFileSync(file, "utf8")))
      found.push(`${method} ${route}`);
  }
  return found.sort();
}

function exportedMethods(source: string): MutatingMethod[] {
  const names = new Set<string>();
  for (const [, name] of source.matchAll(/export\s+(?:async\s+)?(?:const|let|function)\s+(\w+)/g))
    names.add(name!);
  for (const [, list] of source.matchAll(/export\s+(?:const|let)\s*\{([^}]*)\}\s*=/g))
    for (const name of list!.split(",")) names.add(name.split(":").pop()!.trim());
  for (const [, list] of source.matchAll(/export\s*\{([^}]*)\}/g))
    for (const item of list!.split(","))
      names.add(
        item
          .split(/\s+as\s+/)
          .pop()!
          .trim(),
      );
  return MUTATING_METHODS.filter((method) => names.has(method));
}
