// Export timings through the API of the running production server: HTML, Markdown, CSV and
// JSON-LD of the 1,000-annotation article, and the PDF of the demo article, cold (the server's
// first PDF: Chromium is launched) and warm (the browser is reused), with the PDF renderer's peak
// memory (PSS of its Chromium processes) sampled from /proc while it works.
import { readFileSync, readdirSync } from "node:fs";
import { median } from "./stats.mjs";

const TEXT_FORMATS = ["html", "md", "csv", "jsonld"];
const RUNS = 5;
const PDF_WARM_RUNS = 5;

async function timed(request, path, { allowFailure = false } = {}) {
  const began = performance.now();
  const response = await request.get(path, { timeout: 300_000 });
  const body = await response.body();
  const ms = performance.now() - began;
  if (allowFailure && !response.ok())
    return {
      ms,
      bytes: body.length,
      body,
      status: response.status(),
      error: body.toString("utf8").slice(0, 300),
    };
  if (!response.ok())
    throw new Error(
      `GET ${path} answered ${response.status()}: ${body.toString("utf8").slice(0, 300)}`,
    );
  return { ms, bytes: body.length, body };
}

/**
 * A process's proportional set size in bytes: its private memory plus its share of memory shared
 * with others. Summing RSS over Chromium's processes would count the shared libraries once per process.
 */
function proportionalSetSize(pid) {
  try {
    const match = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Every process descended from `rootPid`, with its resident memory (bytes) and command name. */
function descendants(rootPid) {
  const children = new Map();
  const info = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const close = stat.lastIndexOf(")");
      const comm = stat.slice(stat.indexOf("(") + 1, close);
      const fields = stat.slice(close + 2).split(" ");
      const ppid = Number(fields[1]);
      info.set(Number(entry), { comm, rss: Number(fields[21]) * 4096 });
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  const found = [];
  const queue = [...(children.get(rootPid) ?? [])];
  while (queue.length) {
    const pid = queue.shift();
    const p = info.get(pid);
    if (p) found.push({ pid, ...p });
    queue.push(...(children.get(pid) ?? []));
  }
  return found;
}

/** Samples the summed PSS of the server's Chromium processes every 100 ms while `work` runs; returns the peak. */
async function withMemoryPeak(serverPid, work) {
  let peak = 0;
  const sample = () => {
    const rss = descendants(serverPid)
      .filter((p) => /chrom/i.test(p.comm))
      .reduce((sum, p) => sum + (proportionalSetSize(p.pid) ?? p.rss), 0);
    peak = Math.max(peak, rss);
  };
  const timer = setInterval(sample, 100);
  try {
    const result = await work();
    sample();
    return { result, peakBytes: peak };
  } finally {
    clearInterval(timer);
  }
}

export async function measureExports(
  request,
  { serverPid, bigArticle, demoArticleId, largePdfArticle, log },
) {
  const text = {};
  for (const format of TEXT_FORMATS) {
    const path = `/api/articles/${bigArticle.id}/export?format=${format}&discussion=1`;
    await timed(request, path); // warm-up: the route's first call compiles and loads its modules
    const runs = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i += 1) {
      const r = await timed(request, path);
      runs.push(r.ms);
      bytes = r.bytes;
    }
    text[format] = { runs, medianMs: median(runs), bytes };
    log(
      `  ${format}: ${runs.map((v) => Math.round(v)).join(", ")} ms (${Math.round(bytes / 1024)} KiB)`,
    );
  }

  const pdfPath = `/api/articles/${demoArticleId}/export?format=pdf&discussion=1`;
  const cold = await withMemoryPeak(serverPid, () => timed(request, pdfPath));
  if (!cold.result.body.subarray(0, 5).equals(Buffer.from("%PDF-")))
    throw new Error("the PDF export did not return a PDF");
  const warm = await withMemoryPeak(serverPid, async () => {
    const runs = [];
    for (let i = 0; i < PDF_WARM_RUNS; i += 1) runs.push((await timed(request, pdfPath)).ms);
    return runs;
  });
  const pdf = {
    coldMs: cold.result.ms,
    warmRuns: warm.result,
    warmMs: median(warm.result),
    bytes: cold.result.bytes,
    peakBytes: Math.max(cold.peakBytes, warm.peakBytes),
  };
  log(
    `  pdf: cold ${Math.round(pdf.coldMs)} ms, warm ${warm.result.map((v) => Math.round(v)).join(", ")} ms, peak Chromium PSS ${Math.round(pdf.peakBytes / 2 ** 20)} MiB`,
  );

  // The render queue's worst case: a refusal (503 TIMEOUT) is a result here, not a bench failure.
  const largePath = `/api/articles/${largePdfArticle.id}/export?format=pdf&discussion=1`;
  const large = await withMemoryPeak(serverPid, () =>
    timed(request, largePath, { allowFailure: true }),
  );
  const largePdf = {
    annotations: largePdfArticle.annotations,
    ms: large.result.ms,
    bytes: large.result.bytes,
    peakBytes: large.peakBytes,
    status: large.result.status ?? 200,
    error: large.result.error ?? null,
  };
  log(
    `  pdf of ${largePdf.annotations} annotations: ${Math.round(largePdf.ms)} ms, status ${largePdf.status}, peak Chromium PSS ${Math.round(largePdf.peakBytes / 2 ** 20)} MiB${largePdf.error ? ` (${largePdf.error})` : ""}`,
  );
  return { annotations: bigArticle.annotations, text, pdf, largePdf };
}
