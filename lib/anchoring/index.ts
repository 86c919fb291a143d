export type { Anchor, AnchorMethod, AnchorOptions, TextTarget } from "./types";
export { describeRange } from "./describe";
export { anchorPrepared, anchorTarget, prepareBody, type PreparedBody } from "./anchor";
export { anchorAll } from "./anchor-all";
export { createIntervalIndex, type IntervalIndex } from "./interval-index";
