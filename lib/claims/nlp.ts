import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

type Wink = ReturnType<typeof winkNLP>;

let instance: Wink | undefined;

/**
 * The one wink-nlp instance, made on first use: loading the model takes tens of milliseconds, so
 * a page that never asks for suggestions never pays it. Only the sentence splitter, the
 * part-of-speech tagger and the entity recogniser run; negation and sentiment are not needed.
 */
export function getNlp(): Wink {
  instance ??= winkNLP(model, ["sbd", "pos", "ner"]);
  return instance;
}
