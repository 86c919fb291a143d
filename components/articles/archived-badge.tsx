/** Says "Archived" in words (not colour alone), for lists and the article header. */
export function ArchivedBadge({ className = "" }: { className?: string }) {
  return (
    <span
      className={`inline-flex items-center rounded border border-stone-400 bg-stone-100 px-1.5 py-0.5 font-sans text-xs font-medium uppercase tracking-wide text-stone-800 ${className}`}
    >
      Archived
    </span>
  );
}
