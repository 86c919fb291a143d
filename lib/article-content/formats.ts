/** The formats an article's content can be pasted or uploaded in. */
export const CONTENT_FORMATS = ["text", "markdown", "html"] as const;
export type ContentFormat = (typeof CONTENT_FORMATS)[number];
