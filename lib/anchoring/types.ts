/**
 * Where an annotation points in an article body, stored redundantly (W3C Web Annotation
 * TextPositionSelector + TextQuoteSelector) so it can be re-found after the body is revised.
 * Offsets are UTF-16 code units, i.e. plain JavaScript string indices.
 */
export type TextTarget = {
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
};

/** How an anchor was found; callers can flag anything but "position" as "the text moved or changed". */
export type AnchorMethod = "position" | "exact" | "fuzzy";

/** A resolved target on the current body. `errors` is the edit distance for fuzzy anchors, 0 otherwise. */
export type Anchor = {
  start: number;
  end: number;
  method: AnchorMethod;
  errors: number;
};

export type AnchorOptions = {
  /**
   * Characters searched either side of the stored position before falling back to the whole
   * body; edits usually shift text by less than this, and a local search is much cheaper.
   */
  fuzzyWindow?: number;
};
