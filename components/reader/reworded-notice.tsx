import { shorten } from "@/lib/text/shorten";

const short = (text: string) => shorten(text, 180);

/** A revision of the article changed the words this annotation quotes: say so, with the old wording (the card's quote is the new one). */
export function RewordedNotice({ before }: { before: string }) {
  return (
    <p
      className="mt-2 rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs text-amber-950"
      data-testid="reworded-notice"
    >
      <strong className="font-semibold">Wording changed in a revision.</strong> It was:{" "}
      <q className="font-serif italic">{short(before)}</q>. Back to review.
    </p>
  );
}
