import { describe, expect, it } from "vitest";
import { hastToHtml } from "./hast-html";
import { renderNoteHtml } from "./note-html";

describe("hastToHtml", () => {
  it("escapes text and attribute values as the rest of the report does", () => {
    const html = hastToHtml({
      type: "root",
      children: [
        {
          type: "element",
          tagName: "a",
          properties: {
            href: "https://a.example/?a=1&b='2'",
            rel: ["noopener", "ugc"],
            title: `"><script>'x'`,
          },
          children: [{ type: "text", value: `it's <b> & "q" >` }],
        },
        { type: "element", tagName: "br", properties: {}, children: [] },
      ],
    });
    expect(html).toBe(
      `<a href="https://a.example/?a=1&amp;b=&#39;2&#39;" rel="noopener ugc" title="&quot;&gt;&lt;script&gt;&#39;x&#39;">it&#39;s &lt;b&gt; &amp; &quot;q&quot; &gt;</a><br>`,
    );
  });

  it("keeps a hostile link title in a note from putting a tag into the report", () => {
    expect(renderNoteHtml('[t](https://a.example "\\"><script>x")')).toBe(
      '<p><a href="https://a.example" rel="noopener noreferrer nofollow ugc" title="&quot;&gt;&lt;script&gt;x">t</a></p>',
    );
  });
});
