import { StatusIcon, STATUS_LABEL } from "@/components/ui/status-badge";
import { ANNOTATION_STATUSES, type AnnotationStatus } from "@/lib/validation/constants";

/** The three statuses as radio buttons, each with its icon and word (never colour alone). */
export function StatusChoice({
  status: selected,
  onChange,
}: {
  status: AnnotationStatus;
  onChange: (status: AnnotationStatus) => void;
}) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-stone-800">Status</legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {ANNOTATION_STATUSES.map((status) => (
          <label
            key={status}
            className="inline-flex cursor-pointer items-center gap-1 rounded-md border border-stone-300 px-2 py-1 text-sm has-[:checked]:border-stone-900 has-[:checked]:bg-stone-900 has-[:checked]:text-white has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-600"
          >
            <input
              type="radio"
              name="status"
              value={status}
              checked={selected === status}
              onChange={() => onChange(status)}
              className="sr-only"
            />
            <StatusIcon status={status} />
            {STATUS_LABEL[status]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
