export { cohensKappa, type LabelPair } from "./kappa";
export { krippendorffAlphaNominal, type Unit } from "./krippendorff";
export { unanimousShare, type UnanimousShare, type Verdict } from "./unanimous";
export {
  statusAgreement,
  statusItem,
  AUTHOR_ROLE,
  REVIEWER_ROLE,
  type StatusAgreement,
  type StatusItem,
  type StatusReview,
} from "./status-agreement";
