import type { ReviewState } from "@/lib/validation/constants";

export const REVIEW_STATE_LABEL: Record<ReviewState, string> = {
  open: "Open",
  approved: "Approved",
  rejected: "Rejected",
  changes_requested: "Changes requested",
};
