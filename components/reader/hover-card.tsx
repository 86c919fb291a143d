import { PersonName } from "@/components/ui/person-name";
import { StatusBadge } from "@/components/ui/status-badge";
import type { AnnotationView } from "@/lib/contracts/annotation";
import { REVIEW_STATE_LABEL } from "@/components/ui/review-state-labels";

/** One floating element for whatever the pointer is over (with how many when they overlap); highlights themselves have no elements. */
export function HoverCard({
  x,
  y,
  annotations,
}: {
  x: number;
  y: number;
  annotations: AnnotationView[];
}) {
  return (
    <div
      role="tooltip"
      className="pointer-events-none fixed z-20 max-w-xs rounded-md border border-stone-200 bg-white p-2 text-xs shadow-lg"
      style={{ left: Math.min(x + 12, window.innerWidth - 300), top: y + 16 }}
    >
      {annotations.length > 1 && (
        <p className="mb-1 font-semibold text-stone-800">{annotations.length} annotations</p>
      )}
      <ul className="space-y-1">
        {annotations.slice(0, 5).map((a) => (
          <li key={a.id} className="flex items-center gap-2">
            <StatusBadge status={a.status} />
            <span className="text-stone-800">
              <PersonName person={a.author} />
            </span>
            <span className="text-stone-600">· {REVIEW_STATE_LABEL[a.reviewState]}</span>
          </li>
        ))}
      </ul>
      {annotations.length > 5 && (
        <p className="mt-1 text-stone-600">and {annotations.length - 5} more</p>
      )}
    </div>
  );
}
