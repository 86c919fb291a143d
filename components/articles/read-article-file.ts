import type { ContentFormat } from "@/lib/article-content/formats";

const MAX_FILE_BYTES = 10 * 1024 * 1024;

const FORMAT_BY_EXTENSION: Record<string, ContentFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
};

export const ACCEPTED_FILES = ".txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html";

export type ReadFile =
  { ok: true; format: ContentFormat; content: string } | { ok: false; message: string };

/** A NUL in the first few kilobytes: images, PDFs, Word files. Text never has one. */
const looksBinary = (bytes: Uint8Array) => bytes.subarray(0, 8192).includes(0);

/** Reads an uploaded article file in the browser: its format from its name, refused when too large, binary, or of another kind. */
export async function readArticleFile(file: File): Promise<ReadFile> {
  const extension = file.name.toLowerCase().split(".").pop() ?? "";
  const format =
    FORMAT_BY_EXTENSION[extension] ??
    (file.type === "text/html"
      ? "html"
      : file.type === "text/markdown"
        ? "markdown"
        : file.type === "text/plain"
          ? "text"
          : null);
  if (!format)
    return {
      ok: false,
      message: `“${file.name}” is not a text, Markdown or HTML file (.txt, .md or .html).`,
    };
  if (file.size > MAX_FILE_BYTES)
    return { ok: false, message: `“${file.name}” is larger than 10 MB.` };
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (looksBinary(bytes))
    return { ok: false, message: `“${file.name}” is not a text file (it holds binary data).` };
  let content: string;
  try {
    content = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Older files from Windows editors and many saved pages are in this encoding.
    content = new TextDecoder("windows-1252").decode(bytes);
  }
  if (!content.trim()) return { ok: false, message: `“${file.name}” is empty.` };
  return { ok: true, format, content: content.replace(/^\uFEFF/, "") };
}
