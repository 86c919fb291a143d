import { describe, expect, it } from "vitest";
import type { Block } from "./blocks";
import { toCanonicalText } from "./canonical-text";
import { fromHtml } from "./from-html";

const base = { baseUrl: "https://news.example.com/story/1" };

/** What could run or load something if the blocks were rendered: every href. */
function hrefs(blocks: Block[]): string[] {
  return toCanonicalText(blocks).spans.flatMap((span) =>
    span.block.inlines.flatMap((inline) => (inline.href ? [inline.href] : [])),
  );
}

// [name, payload, text that must stay, text that must go]
const payloads: [string, string, string[], string[]][] = [
  [
    "script",
    "<p>Before</p><script>alert('SCRIPT')</script><p>After</p>",
    ["Before", "After"],
    ["alert", "SCRIPT"],
  ],
  ["script in body text", "<p>a<script>document.cookie</script>b</p>", ["ab"], ["cookie"]],
  [
    "img onerror",
    '<p>Pic <img src=x onerror="alert(1)"> here</p>',
    ["Pic here"],
    ["alert", "onerror"],
  ],
  ["javascript: link", '<p><a href="javascript:alert(1)">click</a></p>', ["click"], ["alert"]],
  [
    "mixed-case javascript with spaces",
    '<p><a href=" jAvAsCrIpT:alert(1)">mixed</a></p>',
    ["mixed"],
    ["alert"],
  ],
  [
    "entity-encoded javascript",
    '<p><a href="&#106;&#97;vascript&colon;alert(1)">ent</a> <a href="java&#x09;script:alert(2)">tab</a></p>',
    ["ent tab"],
    ["alert"],
  ],
  [
    "data: URL",
    '<p><a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a></p>',
    ["data"],
    ["base64"],
  ],
  ["vbscript: URL", '<p><a href="vbscript:msgbox(1)">vb</a></p>', ["vb"], ["msgbox"]],
  [
    "svg with script",
    "<p>x</p><svg><script>alert('SVG')</script><text>SVGTEXT</text><a href='javascript:1'>l</a></svg>",
    ["x"],
    ["SVG", "alert"],
  ],
  [
    "iframe srcdoc",
    '<p>y</p><iframe srcdoc="<script>alert(1)</script>">IFRAMEFALLBACK</iframe>',
    ["y"],
    ["alert", "IFRAMEFALLBACK"],
  ],
  [
    "style",
    "<style>body{background:url(javascript:alert(1))}</style><p style='color:red'>styled</p>",
    ["styled"],
    ["background", "color"],
  ],
  [
    "form and input",
    '<form action="https://evil.example/"><input value="INPUTVALUE"><button>SEND</button></form><p>kept</p>',
    ["kept"],
    ["INPUTVALUE", "SEND"],
  ],
  [
    "math",
    "<p>m</p><math><mtext>MATHTEXT</mtext><maction actiontype='statusline' xlink:href='javascript:alert(1)'>x</maction></math>",
    ["m"],
    ["MATHTEXT", "alert"],
  ],
  [
    "object and embed",
    '<object data="evil.swf">OBJECTFALLBACK</object><embed src="evil.swf"><p>ok</p>',
    ["ok"],
    ["OBJECTFALLBACK"],
  ],
  [
    "template",
    "<template><p>TEMPLATED</p><script>alert(1)</script></template><p>visible</p>",
    ["visible"],
    ["TEMPLATED", "alert"],
  ],
  [
    "noscript",
    "<noscript><p>NOSCRIPTTEXT</p><img src=x onerror=alert(1)></noscript><p>shown</p>",
    ["shown"],
    ["NOSCRIPTTEXT", "alert"],
  ],
  [
    "base href",
    '<base href="javascript:alert(1)//"><p><a href="/rel">relative</a></p>',
    ["relative"],
    ["alert"],
  ],
  [
    "meta refresh",
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>page</p>',
    ["page"],
    ["alert", "refresh"],
  ],
  [
    "event handlers on allowed tags",
    '<p onclick="alert(1)" onmouseover="alert(2)"><a href="https://ok.example/" onclick="alert(3)">safe</a></p>',
    ["safe"],
    ["alert"],
  ],
  ["unclosed script swallowing the rest", "<p>start</p><script>alert(1)", ["start"], ["alert"]],
  [
    "comment and CDATA tricks",
    "<p>c<!-- <script>alert(1)</script> -->d</p><![CDATA[<script>alert(2)</script>]]>",
    ["cd"],
    ["alert"],
  ],
  [
    "textarea breakout",
    "<textarea></textarea><script>alert(1)</script></textarea><p>t</p>",
    ["t"],
    ["alert"],
  ],
];

describe("fromHtml against hostile HTML", () => {
  it.each(payloads)("%s", (_, html, kept, gone) => {
    const blocks = fromHtml(html, base);
    const { text } = toCanonicalText(blocks);
    for (const piece of kept) expect(text).toContain(piece);
    for (const piece of gone) expect(text).not.toContain(piece);
    for (const href of hrefs(blocks)) expect(href).toMatch(/^(https?:\/\/|mailto:)/);
    expect(JSON.stringify(blocks)).not.toMatch(
      /javascript|vbscript|data:|onerror|onclick|srcdoc|<script/i,
    );
  });

  it("keeps safe links, resolved against the page", () => {
    const blocks = fromHtml(
      '<p><a href="/rel">r</a> <a href="//cdn.example/x">p</a> <a href="mailto:a@b.example">m</a> <a href="#note">n</a></p>',
      base,
    );
    expect(hrefs(blocks)).toEqual([
      "https://news.example.com/rel",
      "https://cdn.example/x",
      "mailto:a@b.example",
      "https://news.example.com/story/1#note",
    ]);
  });

  it("drops relative links when there is no page to resolve them against", () => {
    expect(hrefs(fromHtml('<p><a href="/rel">r</a></p>'))).toEqual([]);
  });
});
