export type { Anchor, TextTarget } from "./types";
export { describeRange } from "./describe";
export { anchorPrepared, anchorTarget, prepareBody } from "./anchor";
export { anchorAll } from "./anchor-all";
export { createIntervalIndex, type IntervalIndex } from "./interval-index";
