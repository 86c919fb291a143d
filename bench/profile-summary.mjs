// Summarises a V8 .cpuprofile (node --cpu-prof): self time by module group and by function, and
// inclusive time of the functions that matter, so the README can say where a request's time goes.
// `node bench/profile-summary.mjs <file.cpuprofile> [requests]` prints it; requests turns totals into ms per request.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** A module group for a call frame: an npm package, our code, Prisma's WASM, Node itself, or V8. */
export function groupOf(frame) {
  const url = frame.url ?? "";
  if (!url)
    return frame.functionName.startsWith("(") ? frame.functionName : "(native / V8 builtins)";
  if (url.startsWith("wasm://")) return "prisma query compiler (wasm)";
  if (url.startsWith("node:")) return `node:${url.slice(5).split("/")[0]}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1];
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  if (chunk) return `.next/server (bundled: ${chunk[1].split("/").slice(0, 2).join("/")})`;
  return url.replace(/^file:\/\//, "");
}

export function summarise(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parent.set(child, node.id);
  const selfUs = new Map();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)),
  );
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

  const groups = new Map();
  const functions = new Map();
  const inclusive = new Map();
  for (const [id, us] of selfUs) {
    const { callFrame } = byId.get(id);
    const group = groupOf(callFrame);
    groups.set(group, (groups.get(group) ?? 0) + us);
    const fn = `${callFrame.functionName || "(anonymous)"} ${group}:${callFrame.lineNumber + 1}`;
    functions.set(fn, (functions.get(fn) ?? 0) + us);
    // Inclusive: each function and group once per stack, however often it recurses.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at).callFrame;
      for (const key of [
        `fn ${frame.functionName || "(anonymous)"} ${groupOf(frame)}:${frame.lineNumber + 1}`,
        `group ${groupOf(frame)}`,
      ]) {
        if (seen.has(key)) continue;
        seen.add(key);
        inclusive.set(key, (inclusive.get(key) ?? 0) + us);
      }
    }
  }
  const sorted = (map) => [...map.entries()].sort((a, b) => b[1] - a[1]);
  return {
    totalUs: total,
    wallUs: profile.endTime - profile.startTime,
    groups: sorted(groups),
    functions: sorted(functions),
    inclusive: sorted(inclusive),
  };
}

export function formatSummary(summary, { requests = 0, top = 25 } = {}) {
  const busy = summary.groups
    .filter(([g]) => g !== "(idle)" && g !== "(program)" && g !== "(garbage collector)")
    .reduce((a, [, us]) => a + us, 0);
  const fmt = (us) =>
    `${(us / 1000).toFixed(0).padStart(7)} ms ${((100 * us) / summary.totalUs).toFixed(1).padStart(5)}%${requests ? ` ${(us / 1000 / requests).toFixed(2).padStart(7)} ms/req` : ""}`;
  const lines = [
    `sampled ${(summary.totalUs / 1e6).toFixed(1)} s; JavaScript and native busy ${(busy / 1e6).toFixed(1)} s${requests ? ` = ${(busy / 1000 / requests).toFixed(2)} ms per request over ${requests} requests` : ""}`,
  ];
  lines.push("", "self time by module group:");
  for (const [group, us] of summary.groups.slice(0, top)) lines.push(`${fmt(us)}  ${group}`);
  lines.push("", "self time by function:");
  for (const [fn, us] of summary.functions.slice(0, top)) lines.push(`${fmt(us)}  ${fn}`);
  lines.push("", "inclusive time (function or group on the stack):");
  for (const [key, us] of summary.inclusive.slice(0, top * 2)) lines.push(`${fmt(us)}  ${key}`);
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [file, requests] = process.argv.slice(2);
  if (!file) {
    console.error("usage: node bench/profile-summary.mjs <file.cpuprofile> [requests]");
    process.exit(2);
  }
  console.log(
    formatSummary(summarise(JSON.parse(readFileSync(file, "utf8"))), {
      requests: Number(requests ?? 0),
    }),
  );
}
