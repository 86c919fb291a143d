// Runs a TypeScript script of the bench (tsx, react-server condition, like scripts/lib/run.mjs's
// runTs) and returns the JSON it prints as its last stdout line; its stderr passes through.
import { spawn } from "node:child_process";
import { root } from "../scripts/lib/run.mjs";

export function runTsJson(script, args = [], { env = {} } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--conditions=react-server", "--import", "tsx", script, ...args],
      {
        cwd: root,
        stdio: ["ignore", "pipe", "inherit"],
        env: { ...process.env, ...env },
      },
    );
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (out += chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (code !== 0) return reject(new Error(`${script} failed (${signal ?? `exit ${code}`})`));
      const line = out
        .trim()
        .split("\n")
        .filter((l) => l.startsWith("{"))
        .pop();
      if (!line) return reject(new Error(`${script} printed no JSON; its output was:\n${out}`));
      try {
        resolve(JSON.parse(line));
      } catch (error) {
        reject(new Error(`${script} printed invalid JSON: ${error.message}`));
      }
    });
  });
}
