import { splitSentences } from "../split-sentences";
import type { SentenceFacts } from "../sentence-facts";

/** The tagged facts of a one-sentence string, as the rules see them in an article. */
export function factsOf(sentence: string): SentenceFacts {
  const [first] = splitSentences(sentence);
  if (!first) throw new Error(`no sentence in ${JSON.stringify(sentence)}`);
  return first;
}
