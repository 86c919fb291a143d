// Reads bench/claims/labelled-sentences.txt (its format is in its header) and lays each text out
// as an article body, keeping where each labelled sentence lands in it.
import { readFileSync } from "node:fs";
import { join } from "node:path";

export type LabelledSentence = { text: string; start: number; end: number; isCheckWorthy: boolean };
export type LabelledText = {
  id: string;
  origin: string;
  body: string;
  sentences: LabelledSentence[];
};

const FILE = join(process.cwd(), "bench", "claims", "labelled-sentences.txt");

/** Sentences of a paragraph are joined by a space, paragraphs by a blank line, as canonical text has them. */
function layOut(
  id: string,
  origin: string,
  paragraphs: { text: string; isCheckWorthy: boolean }[][],
): LabelledText {
  let body = "";
  const sentences: LabelledSentence[] = [];
  for (const paragraph of paragraphs) {
    if (body) body += "\n\n";
    paragraph.forEach((sentence, i) => {
      if (i > 0) body += " ";
      sentences.push({ ...sentence, start: body.length, end: body.length + sentence.text.length });
      body += sentence.text;
    });
  }
  return { id, origin, body, sentences };
}

export function readLabelledSet(file = FILE): LabelledText[] {
  const texts: LabelledText[] = [];
  let current: {
    id: string;
    origin: string;
    paragraphs: { text: string; isCheckWorthy: boolean }[][];
  } | null = null;
  let paragraph: { text: string; isCheckWorthy: boolean }[] = [];
  const endParagraph = () => {
    if (current && paragraph.length) current.paragraphs.push(paragraph);
    paragraph = [];
  };
  const endText = () => {
    endParagraph();
    if (current) texts.push(layOut(current.id, current.origin, current.paragraphs));
  };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const heading = /^## text: (\S+) \| (.+)$/.exec(line);
    if (heading) {
      endText();
      current = { id: heading[1]!, origin: heading[2]!, paragraphs: [] };
    } else if (/^[+-] /.test(line)) {
      if (!current) throw new Error(`labelled sentence before any "## text:" line: ${line}`);
      paragraph.push({ text: line.slice(2).trim(), isCheckWorthy: line[0] === "+" });
    } else if (!line.trim()) endParagraph();
    else if (!line.startsWith("#")) throw new Error(`unreadable line in the labelled set: ${line}`);
  }
  endText();
  return texts;
}
