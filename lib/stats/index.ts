export { unanimousShare } from "./unanimous";
export { statusAgreement, statusItem } from "./status-agreement";
