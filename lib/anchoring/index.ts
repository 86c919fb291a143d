export type { Anchor, AnchorMethod, AnchorOptions, TextTarget } from "./types";
export { describeRange } from "./describe";
export { anchorTarget } from "./anchor";
export { anchorAll } from "./anchor-all";
export { createIntervalIndex, type IntervalIndex } from "./interval-index";
