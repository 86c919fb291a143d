// Concurrent API writers for the load test: each writer POSTs one annotation after another
// (Bearer token, a keep-alive connection of its own) until the time or the count runs out, and
// keeps every acknowledgement so that the database can be checked against them afterwards.
import { Agent, request } from "node:http";
import { performance } from "node:perf_hooks";

const STATUSES = ["disputed", "unverified", "sourced"];

/** What writer `w` sends as its `seq`-th annotation: unique note, so each row can be found again. */
export function loadAnnotation(runId, w, seq, target) {
  const status = STATUSES[(w + seq) % STATUSES.length];
  const note = `load ${runId} w${w} #${seq}: the figure differs from the agency's report.`;
  const sources =
    status === "sourced"
      ? [
          {
            url: `https://example.org/evidence/${w}/${seq}`,
            title: `Evidence ${w}.${seq}`,
            quote: "A quoted passage.",
          },
        ]
      : [];
  return { status, note, sources, target };
}

function post(agent, url, path, headers, body) {
  return new Promise((resolve) => {
    const began = performance.now();
    const req = request(
      url + path,
      {
        method: "POST",
        agent,
        headers: {
          ...headers,
          "content-type": "application/json",
          "content-length": Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, text, ms: performance.now() - began }),
        );
        res.on("error", (error) =>
          resolve({ status: 0, text: error.message, ms: performance.now() - began }),
        );
      },
    );
    req.on("error", (error) =>
      resolve({ status: 0, text: error.message, ms: performance.now() - began }),
    );
    req.end(body);
  });
}

/**
 * Runs `writers` concurrent writers against `urls` (writer w uses urls[w % urls.length]) for
 * `durationMs` or until `maxWrites` requests were sent in all, whichever comes first.
 */
export async function runWriters({
  urls,
  token,
  articleId,
  targets,
  writers,
  durationMs,
  maxWrites,
  runId,
}) {
  // One connection per writer, reused at once: a shared pool would hand out sockets that sat idle
  // long enough for the server to close them (ECONNRESET on reuse) when responses are slow.
  const agents = Array.from(
    { length: writers },
    () => new Agent({ keepAlive: true, maxSockets: 1 }),
  );
  const headers = { authorization: `Bearer ${token}` };
  const acknowledged = [];
  const failures = [];
  const latencies = [];
  let sent = 0;
  const began = performance.now();
  const deadline = began + durationMs;

  async function writer(w) {
    const url = urls[w % urls.length];
    const agent = agents[w];
    for (let seq = 0; performance.now() < deadline && sent < maxWrites; seq += 1) {
      sent += 1;
      const input = loadAnnotation(runId, w, seq, targets[(w * 7919 + seq) % targets.length]);
      const result = await post(
        agent,
        url,
        `/api/articles/${articleId}/annotations`,
        headers,
        JSON.stringify(input),
      );
      latencies.push(result.ms);
      if (result.status === 201) {
        const { annotation } = JSON.parse(result.text);
        acknowledged.push({ id: annotation.id, input });
      } else {
        failures.push({ status: result.status, text: result.text.slice(0, 300), input });
      }
    }
  }

  await Promise.all(Array.from({ length: writers }, (_, w) => writer(w)));
  const seconds = (performance.now() - began) / 1000;
  for (const agent of agents) agent.destroy();
  return { seconds, sent, acknowledged, failures, latencies };
}

/** GETs a path `count` times with `concurrency` parallel requests (a signed-in page, for the profile). */
export async function runReaders({ url, path, headers, count, concurrency }) {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const latencies = [];
  const statuses = new Map();
  let next = 0;
  async function reader() {
    while (next < count) {
      next += 1;
      const result = await new Promise((resolve) => {
        const began = performance.now();
        const req = request(url + path, { agent, headers }, (res) => {
          res.resume();
          res.on("end", () =>
            resolve({ status: res.statusCode ?? 0, ms: performance.now() - began }),
          );
        });
        req.on("error", () => resolve({ status: 0, ms: performance.now() - began }));
        req.end();
      });
      latencies.push(result.ms);
      statuses.set(result.status, (statuses.get(result.status) ?? 0) + 1);
    }
  }
  await Promise.all(Array.from({ length: concurrency }, reader));
  agent.destroy();
  return { latencies, statuses: Object.fromEntries(statuses) };
}
