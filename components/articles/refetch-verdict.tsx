import type { RevisionAnswer } from "@/lib/contracts/article";

/** What a re-fetch found: nothing new, a change the outlet announced, or a change it did not (a stealth edit). */
export function RefetchVerdict({ refetch }: { refetch: NonNullable<RevisionAnswer["refetch"]> }) {
  if (!refetch.changed)
    return (
      <p className="text-sm text-stone-800">The outlet&apos;s page still has the same text.</p>
    );
  if (refetch.stealthEdit)
    return (
      <p className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
        <strong className="font-semibold">Stealth edit:</strong> the outlet changed the text without
        a correction or update note. The article list and its history now say so.
      </p>
    );
  return (
    <div className="text-sm text-stone-800">
      <p>The outlet announced the change:</p>
      <blockquote className="mt-1 border-l-4 border-stone-300 pl-3 text-stone-900">
        {refetch.correctionNote}
      </blockquote>
    </div>
  );
}
