import { spawn } from "node:child_process";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");

/** Runs a command with inherited output; rejects on a non-zero exit so scripts stop at the first failure. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: root,
      stdio: "inherit",
      ...options,
      env: { ...process.env, ...options.env },
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} failed (${signal ?? `exit ${code}`})`));
    });
  });
}

export const bin = (name) => join(root, "node_modules", ".bin", name);

/** Runs a TypeScript script with the react-server condition, so `server-only` modules load outside Next. */
export function runTs(script, args = [], options = {}) {
  return run(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", script, ...args],
    options,
  );
}
