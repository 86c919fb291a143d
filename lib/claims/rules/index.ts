import type { ClaimRule } from "../sentence-facts";
import { comparison, hedge } from "./language-rules";
import { date, money, number, percentage } from "./quantity-rules";
import { anonymousSourcing, attribution, namedReport } from "./sourcing-rules";

/** Every rule, in the order their reasons are listed. */
export const CLAIM_RULES: readonly ClaimRule[] = [
  number,
  percentage,
  money,
  date,
  comparison,
  attribution,
  anonymousSourcing,
  hedge,
  namedReport,
];
