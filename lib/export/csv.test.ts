import { describe, expect, it } from "vitest";
import { CSV_COLUMNS, csvCell, renderCsv } from "./csv";
import { ALL_OPTIONS, BODY, makeAnnotation, makeBundle, sampleBundle } from "./fixtures/bundle";

/** A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ",") {
      row.push(field);
      field = "";
    } else if (!quoted && c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else {
      field += c;
    }
  }
  return rows;
}

describe("csvCell", () => {
  it.each<[string | number, string]>([
    ["plain", "plain"],
    [42, "42"],
    ["", ""],
    ["a,b", '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\ronly", '"cr\ronly"'],
    ['=HYPERLINK("http://evil")', '"\'=HYPERLINK(""http://evil"")"'],
    ["+1+1", "'+1+1"],
    ["-2+3", "'-2+3"],
    ["@SUM(A1)", "'@SUM(A1)"],
    ["\t=1", "'\t=1"],
    ["\r=1", '"\'\r=1"'],
    ["a=b", "a=b"],
  ])("%j → %j", (value, expected) => {
    expect(csvCell(value)).toBe(expected);
  });
});

describe("renderCsv", () => {
  const csv = renderCsv(sampleBundle());
  const rows = parseCsv(csv.slice(1));

  it("starts with a BOM, uses CRLF, and has exactly the columns asked for", () => {
    expect(
      csv.startsWith(
        "\uFEFFid,article_id,status,review_state,quote,prefix,suffix,start,end,note,sources,author,created,updated,agreements,disagreements,replies,article_version,reviews_on_previous_version\r\n",
      ),
    ).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    // Outside quoted fields every line feed ends a CRLF.
    expect(/(^|[^\r])\n/.test(csv.replace(/"(?:[^"]|"")*"/g, ""))).toBe(false);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
  });

  it("has one row per selected annotation with its values", () => {
    expect(rows).toHaveLength(5);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(record).toEqual({
      id: "a-sourced",
      article_id: "art1",
      status: "sourced",
      review_state: "approved",
      quote: "Unemployment fell to 3 percent",
      prefix: "",
      suffix: " in May, the minister said.\n\nCri",
      start: "0",
      end: "30",
      note: "Matches the *official* release.",
      sources: "https://stats.example.org/may",
      author: "Alice",
      created: "2024-06-02T09:00:00.000Z",
      updated: "2024-06-03T09:00:00.000Z",
      agreements: "1",
      disagreements: "0",
      replies: "0",
      article_version: "2",
      reviews_on_previous_version: "0",
    });
    expect(rows[2]![CSV_COLUMNS.indexOf("disagreements")]).toBe("1");
    expect(rows[2]![CSV_COLUMNS.indexOf("replies")]).toBe("2");
  });

  it("follows the filters and anonymisation", () => {
    const filtered = parseCsv(
      renderCsv(
        sampleBundle({ options: { ...ALL_OPTIONS, statuses: ["disputed"], anonymise: true } }),
      ).slice(1),
    );
    expect(filtered.slice(1).map((r) => [r[0], r[CSV_COLUMNS.indexOf("author")]])).toEqual([
      ["a-disputed", "Reviewer 1"],
      ["a-orphan", "Reviewer 4"],
    ]);
  });

  it("joins several sources with a space", () => {
    const a = makeAnnotation(BODY, 0, 5, {
      sources: [
        { url: "https://a.example/x", title: "", quote: "", accessedAt: null },
        { url: "https://b.example/y?q=1,2", title: "", quote: "", accessedAt: null },
      ],
    });
    const [, row] = parseCsv(renderCsv(makeBundle([a])).slice(1));
    expect(row![CSV_COLUMNS.indexOf("sources")]).toBe(
      "https://a.example/x https://b.example/y?q=1,2",
    );
  });
});
