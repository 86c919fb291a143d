import type { DemoAnnotationStatus } from "./demo-annotations";

type Person = "alice" | "bob" | "editor";

/** Reviews of the demo annotations by colleagues (never by their authors), keyed by the annotation's quote. */
export const DEMO_REVIEWS: readonly {
  quote: string;
  reviewer: Person;
  verdict: "agree" | "disagree";
  reason?: string;
  proposedStatus?: DemoAnnotationStatus;
}[] = [
  {
    quote:
      "is likely to make efforts to try to turn the US presidential election in 2020 to Donald Trump",
    reviewer: "alice",
    verdict: "agree",
  },
  {
    quote:
      "is likely to make efforts to try to turn the US presidential election in 2020 to Donald Trump",
    reviewer: "editor",
    verdict: "agree",
  },
  { quote: "released on Tuesday", reviewer: "bob", verdict: "agree" },
  {
    quote: "Putin either monitored or at least approved of the election in favor of Trump",
    reviewer: "alice",
    verdict: "disagree",
    reason:
      "The assessment says Putin *authorized* the operations. The copy garbles that, but we have not shown it is false: I would keep it unverified until we quote the passage.",
    proposedStatus: "unverified",
  },
  {
    quote: "Democrat Biden defeated Republican Trump and became president in January.",
    reviewer: "bob",
    verdict: "agree",
  },
  {
    quote: "Democrat Biden defeated Republican Trump and became president in January.",
    reviewer: "editor",
    verdict: "agree",
  },
  { quote: "the first of two times", reviewer: "alice", verdict: "agree" },
  { quote: "“did not use interference.”", reviewer: "alice", verdict: "agree" },
  { quote: "abolished allegations of bounties", reviewer: "alice", verdict: "agree" },
  {
    quote: "the hacking of Russia, which used the US company SolarWinds Corp",
    reviewer: "bob",
    verdict: "agree",
  },
  {
    quote: "“There will be more soon,” the official said on condition of anonymity.",
    reviewer: "bob",
    verdict: "disagree",
    reason:
      "The quote is accurately reported by Reuters; only the speaker is anonymous. Flagging the sourcing is right, but the claim itself is not in doubt.",
    proposedStatus: "sourced",
  },
];

export const DEMO_REPLIES: readonly { quote: string; author: Person; body: string }[] = [
  {
    quote: "Putin either monitored or at least approved of the election in favor of Trump",
    author: "bob",
    body: "Fair point. The ICA's key judgment says Putin *authorized* the influence operations; I will add the page reference.",
  },
  {
    quote: "Putin either monitored or at least approved of the election in favor of Trump",
    author: "alice",
    body: "Thanks. With the page reference I would agree with *disputed*.",
  },
];

export const DEMO_SETTLEMENTS: readonly {
  quote: string;
  decision: "approved" | "rejected" | "changes_requested";
  comment: string;
}[] = [
  {
    quote: "abolished allegations of bounties",
    decision: "approved",
    comment: "Clear garbling of “denied the allegations”.",
  },
  {
    quote: "Putin either monitored or at least approved of the election in favor of Trump",
    decision: "changes_requested",
    comment: "Add the ICA page reference before we publish.",
  },
];
