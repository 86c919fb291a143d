// Claim suggestions (issue 11): precision, recall and F1 of suggestClaims on the labelled set
// (bench/claims/), beside the trivial baseline of every sentence with a digit, and the time on a
// 2,000,000-character article. A labelled sentence counts as suggested when a suggestion overlaps
// it, so a sentence our splitter joins to its neighbour is still judged. Prints one JSON line.
import { splitSentences } from "@/lib/claims/split-sentences";
import { suggestClaims } from "@/lib/claims/suggest-claims";
import { readLabelledSet, type LabelledText } from "./claims-set";

const LONG_CHARS = 2_000_000;
const RUNS = 3;

type Counts = { tp: number; fp: number; fn: number; tn: number };
const score = ({ tp, fp, fn }: Counts) => {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  return {
    precision,
    recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
  };
};
const tally = (counts: Counts, isPredicted: boolean, isCheckWorthy: boolean) => {
  if (isPredicted && isCheckWorthy) counts.tp++;
  else if (isPredicted) counts.fp++;
  else if (isCheckWorthy) counts.fn++;
  else counts.tn++;
};

function evaluate(texts: LabelledText[]) {
  const ours: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const digit: Counts = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const reasons: Record<string, number> = {};
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let splitAgrees = 0;
  for (const text of texts) {
    const suggestions = suggestClaims(text.body);
    const bounds = new Set(splitSentences(text.body).map((s) => `${s.start}:${s.end}`));
    for (const sentence of text.sentences) {
      const hits = suggestions.filter((s) => s.start < sentence.end && s.end > sentence.start);
      tally(ours, hits.length > 0, sentence.isCheckWorthy);
      tally(digit, /\d/.test(sentence.text), sentence.isCheckWorthy);
      if (bounds.has(`${sentence.start}:${sentence.end}`)) splitAgrees++;
      for (const reason of new Set(hits.flatMap((h) => h.reasons)))
        reasons[reason] = (reasons[reason] ?? 0) + 1;
      if (sentence.isCheckWorthy && !hits.length) misses.push(sentence.text);
      if (!sentence.isCheckWorthy && hits.length)
        falseAlarms.push(`${sentence.text} [${hits.flatMap((h) => h.reasons).join(", ")}]`);
    }
  }
  return {
    ours: { ...ours, ...score(ours) },
    digit: { ...digit, ...score(digit) },
    reasons,
    misses,
    falseAlarms,
    splitAgrees,
  };
}

/**
 * The set's texts over and over to LONG_CHARS, as paragraphs; the same as one line with no break
 * at all; and the costliest text found for its length, one short claim after another.
 */
function longArticles(texts: LabelledText[]) {
  const unit = texts.map((t) => t.body).join("\n\n");
  const paragraphs = (unit + "\n\n")
    .repeat(Math.ceil(LONG_CHARS / unit.length))
    .slice(0, LONG_CHARS);
  const shortClaim = "It fell 5%. ";
  return {
    paragraphs,
    oneLine: paragraphs.replace(/\n+/g, " "),
    shortClaims: shortClaim.repeat(Math.ceil(LONG_CHARS / shortClaim.length)),
  };
}

function timed(text: string) {
  const runs: number[] = [];
  let suggestions = 0;
  for (let i = 0; i < RUNS; i++) {
    const began = performance.now();
    suggestions = suggestClaims(text).length;
    runs.push(performance.now() - began);
  }
  return {
    runs,
    medianMs: [...runs].sort((a, b) => a - b)[Math.floor(RUNS / 2)]!,
    suggestions,
    chars: text.length,
  };
}

const texts = readLabelledSet();
const result = evaluate(texts);
const { paragraphs, oneLine, shortClaims } = longArticles(texts);
const heapBefore = process.memoryUsage().heapUsed;
const long = timed(paragraphs);
const longOneLine = timed(oneLine);
const longShortClaims = timed(shortClaims);
const sentences = texts.flatMap((t) => t.sentences);
for (const miss of result.misses) console.error(`missed: ${miss}`);
for (const alarm of result.falseAlarms) console.error(`false alarm: ${alarm}`);
console.log(
  JSON.stringify({
    texts: texts.length,
    sentences: sentences.length,
    checkWorthy: sentences.filter((s) => s.isCheckWorthy).length,
    ...result,
    misses: result.misses.length,
    falseAlarms: result.falseAlarms.length,
    long,
    longOneLine,
    longShortClaims,
    heapGrowthMb: Math.round((process.memoryUsage().heapUsed - heapBefore) / 2 ** 20),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
