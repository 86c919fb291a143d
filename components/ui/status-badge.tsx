import type { AnnotationStatus } from "@/lib/validation/constants";

export const STATUS_LABEL: Record<AnnotationStatus, string> = {
  sourced: "Sourced",
  disputed: "Disputed",
  unverified: "Unverified",
};

const STYLE: Record<AnnotationStatus, string> = {
  sourced: "border-green-700/40 bg-green-50 text-green-800",
  disputed: "border-red-700/40 bg-red-50 text-red-800",
  unverified: "border-yellow-700/40 bg-yellow-50 text-yellow-900",
};

/** A shape per status (check, cross, question mark) so the status reads without colour too. */
export function StatusIcon({
  status,
  className = "h-3.5 w-3.5",
}: {
  status: AnnotationStatus;
  className?: string;
}) {
  return (
    <svg
      viewBox="0 0 16 16"
      className={className}
      aria-hidden="true"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      {status === "sourced" && <path d="M3 8.5l3.2 3L13 4.5" />}
      {status === "disputed" && <path d="M4 4l8 8M12 4l-8 8" />}
      {status === "unverified" && (
        <>
          <path d="M5.5 5.8a2.6 2.6 0 1 1 3.6 2.4c-.7.3-1.1.9-1.1 1.6v.4" />
          <circle cx="8" cy="12.8" r=".6" fill="currentColor" />
        </>
      )}
    </svg>
  );
}

export function StatusBadge({ status }: { status: AnnotationStatus }) {
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-xs font-medium ${STYLE[status]}`}
    >
      <StatusIcon status={status} />
      {STATUS_LABEL[status]}
    </span>
  );
}
