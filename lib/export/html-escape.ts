const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Safe for text and for double- or single-quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** ` name="value"` with the value escaped; attribute names are always ours, never data. */
export function attr(name: string, value: string): string {
  return ` ${name}="${escapeHtml(value)}"`;
}
