// Builds the app when its sources changed (the same build stamp as `npm run demo` and `npm test`)
// and serves the production build on a port of its own, in its own process group so that stop()
// ends exactly the processes started here.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { buildStamp, isBuildCurrent, writeBuildStamp } from "../scripts/lib/build-stamp.mjs";
import { bin, root, run } from "../scripts/lib/run.mjs";

export async function ensureBuild(env) {
  const stamp = buildStamp();
  if (isBuildCurrent(stamp)) return "up to date";
  await run(bin("next"), ["build"], { env });
  writeBuildStamp(stamp);
  return "built";
}

/** User plus system CPU time of a process so far (Linux /proc; NaN elsewhere): a per-request cost that other load on the machine does not inflate much. */
function cpuSecondsOf(pid) {
  try {
    // Fields after the ")" that ends the command name: utime and stime are the 12th and 13th.
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

function assertPortFree(port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (error) =>
      reject(new Error(`port ${port} is not free (${error.code}); is another bench running?`)),
    );
    probe.listen(port, "127.0.0.1", () => probe.close(resolve));
  });
}

/** `nodeArgs` go before the script (e.g. --cpu-prof, which NODE_OPTIONS does not accept). */
export async function startServer({ port, env, nodeArgs = [] }) {
  await assertPortFree(port);
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      join(root, "node_modules", "next", "dist", "bin", "next"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: root,
      env: { ...process.env, ...env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    },
  );
  const log = [];
  const keep = (chunk) => {
    log.push(...chunk.toString().split("\n").filter(Boolean));
    log.splice(0, Math.max(0, log.length - 200));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  let exited = null;
  const exit = new Promise((resolve) =>
    child.on("exit", (code, signal) => resolve((exited = signal ?? `exit ${code}`))),
  );

  const stop = async () => {
    if (exited !== null) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }, 5000);
    await exit;
    clearTimeout(timer);
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited !== null)
      throw new Error(`the server stopped (${exited}):\n${log.slice(-30).join("\n")}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(
        `the server did not answer /api/health within 60 s:\n${log.slice(-30).join("\n")}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, stop, log, pid: child.pid, cpuSeconds: () => cpuSecondsOf(child.pid) };
}
