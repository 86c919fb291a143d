// Rough timing, not a test: `npx tsx lib/anchoring/bench-anchoring.ts`.
import { anchorAll } from "./anchor-all";
import {
  createArticle,
  createRandom,
  createTargets,
  createVocabulary,
  joinTokens,
  reviseArticle,
} from "./fixtures";
import { createIntervalIndex } from "./interval-index";

const random = createRandom(20240601);
const vocabulary = createVocabulary(random, 1500);
const tokens = createArticle(random, vocabulary, 20_000);
const original = joinTokens(tokens);
const targets = createTargets(random, tokens, 1000);
const revised = reviseArticle(random, vocabulary, tokens, 0.05).body;

function time<T>(label: string, run: () => T): T {
  const began = performance.now();
  const result = run();
  console.log(`${label}: ${(performance.now() - began).toFixed(1)} ms`);
  return result;
}

console.log(`body ${original.length} chars, ${targets.length} targets`);
time("anchorAll, unchanged body", () => anchorAll(original, targets));
const anchors = time("anchorAll, 5% of words edited (cold)", () => anchorAll(revised, targets));
time("anchorAll, 5% of words edited (warm)", () => anchorAll(revised, targets));
const counts = { position: 0, exact: 0, fuzzy: 0, orphan: 0 };
for (const anchor of anchors) counts[anchor === null ? "orphan" : anchor.method] += 1;
console.log(counts);

const intervals = Array.from({ length: 10_000 }, () => {
  const start = Math.floor(random() * original.length);
  return { start, end: start + 1 + Math.floor(random() * 200) };
});
const index = time("createIntervalIndex, 10,000 intervals", () => createIntervalIndex(intervals));
time("10,000 at() queries", () => {
  for (let i = 0; i < 10_000; i += 1) index.at(Math.floor(random() * original.length));
});
