/** Notes at the 20,000-character limit built to make a Markdown parser nest, backtrack or recurse (tests only). */
const LIMIT = 20_000;
const fill = (unit: string, length = LIMIT) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

export const ADVERSARIAL_NOTES: Record<string, string> = {
  "4,000 >": fill(">", 4000),
  "20,000 >": fill(">"),
  "> > > …": fill("> "),
  "*_*_…": fill("*_"),
  "*_ nested around one letter": `${fill("*_", 9998)}a${fill("_*", 9998)}`,
  "*a *a …": fill("*a "),
  "_ runs": fill("_"),
  "[ runs": fill("["),
  "] runs": fill("]"),
  "[a]( runs": fill("[a]("),
  "- - - … (a rule)": fill("- "),
  "1. 1. 1. …": fill("1. "),
  "> - > - …": fill("> - "),
  "nested lists by indent": Array.from({ length: 400 }, (_, i) => `${"  ".repeat(i)}- x`)
    .join("\n")
    .slice(0, LIMIT),
  backticks: fill("`"),
  "` `` runs": fill("` ``"),
  "blank-line paragraphs": fill("a\n\n"),
  "list inside quote inside list, within budget": fill("- > ", 2000),
};
