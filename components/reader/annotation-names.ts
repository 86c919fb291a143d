import { STATUS_LABEL } from "@/components/ui/status-badge";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { shorten } from "@/lib/text/shorten";

const quoted = (text: string, max: number) => `‘${shorten(text, max)}’`;

/**
 * What a screen reader hears for an annotation: its card as "Disputed: ‘unemployment fell to 3
 * percent’, by Alice", and each button with what it acts on, so a list of many "Agree" buttons can
 * still be told apart. Names start with the visible label (WCAG 2.5.3, label in name).
 */
export const cardName = (a: Pick<AnnotationView, "status" | "target" | "author">) =>
  `${STATUS_LABEL[a.status]}: ${quoted(a.target.exact, 80)}, by ${a.author.name}`;

export const actsOn = (a: Pick<AnnotationView, "target" | "author">) =>
  `annotation by ${a.author.name} on ${quoted(a.target.exact, 40)}`;
