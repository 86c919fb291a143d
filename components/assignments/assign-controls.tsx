"use client";

import { useId, useState } from "react";
import type { Assignee } from "@/lib/contracts/assignment";
import type { AssignmentView } from "@/lib/contracts/assignment";
import { TOOLBAR_BUTTON } from "@/components/ui/form-controls";
import { dueLabel } from "@/lib/text/due-label";
import {
  createAssignmentRequest,
  getAssignmentRequest,
  listAssigneesRequest,
  removeAssignmentRequest,
  updateAssignmentRequest,
  type AssignmentKind,
} from "./assignment-api";

type Props = {
  kind: AssignmentKind;
  targetId: string;
  /** What the toggle says: "Assign…" on a card, "Assign article…" in the header. */
  label: string;
  /** Its name (and its form's) for a screen reader when the label alone does not say which card it acts on. */
  accessibleName?: string;
  /** In the article header's row of actions: that row's button, and the form as a panel below it. */
  inToolbar?: boolean;
};

const BUTTON =
  "rounded px-2 py-0.5 text-xs font-medium text-stone-800 hover:bg-stone-100 aria-expanded:bg-stone-200 focus-visible:ring-2 focus-visible:ring-blue-600";
const PRIMARY =
  "rounded-md bg-stone-900 px-2 py-1 text-xs font-medium text-white hover:bg-stone-700 focus-visible:ring-2 focus-visible:ring-blue-600";

/**
 * Editors and admins assign, reassign and unassign. The panel reads the current assignment and the
 * team when it opens (not with every card), and a change someone made meanwhile is shown, not overwritten.
 */
export function AssignControls({
  kind,
  targetId,
  label,
  accessibleName,
  inToolbar = false,
}: Props) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [people, setPeople] = useState<Assignee[] | null>(null);
  const [current, setCurrent] = useState<AssignmentView | null>(null);
  const [assigneeId, setAssigneeId] = useState("");
  const [dueAt, setDueAt] = useState("");
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  const show = (assignment: AssignmentView | null) => {
    setCurrent(assignment);
    setAssigneeId(assignment?.assignee.id ?? "");
    setDueAt(assignment?.dueAt?.slice(0, 10) ?? "");
  };

  async function load() {
    const [assignment, team] = await Promise.all([
      getAssignmentRequest(kind, targetId),
      listAssigneesRequest(),
    ]);
    if (!assignment.ok || !team.ok)
      return setMessage({
        text:
          (!assignment.ok ? assignment.error : !team.ok ? team.error : null)?.message ??
          "Could not load",
        error: true,
      });
    setPeople(team.data.people);
    show(assignment.data.assignment);
  }

  async function act(
    run: () => Promise<
      { ok: true; text: string; assignment: AssignmentView | null } | { ok: false; text: string }
    >,
  ) {
    if (busy) return;
    setBusy(true);
    setMessage(null);
    const result = await run();
    setBusy(false);
    if (result.ok) {
      show(result.assignment);
      return setMessage({ text: result.text, error: false });
    }
    setMessage({ text: result.text, error: true });
    await load();
  }

  const assign = () =>
    act(async () => {
      const due = dueAt || null;
      const result = current
        ? await updateAssignmentRequest(kind, targetId, {
            ...(assigneeId !== current.assignee.id ? { assigneeId } : {}),
            dueAt: due,
            version: current.version,
          })
        : await createAssignmentRequest(kind, targetId, { assigneeId, dueAt: due });
      return result.ok
        ? {
            ok: true,
            text: current ? "Assignment changed" : "Assigned",
            assignment: result.data.assignment,
          }
        : { ok: false, text: result.error.message };
    });

  const unassign = () =>
    act(async () => {
      if (!current) return { ok: false, text: "Nobody is assigned" };
      const result = await removeAssignmentRequest(kind, targetId, current.version);
      return result.ok
        ? { ok: true, text: "Unassigned", assignment: null }
        : { ok: false, text: result.error.message };
    });

  const due = current ? dueLabel(current) : null;
  return (
    <div className={inToolbar ? "relative text-xs" : "mt-2 text-xs"}>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={`${id}-panel`}
        aria-label={accessibleName}
        className={inToolbar ? TOOLBAR_BUTTON : BUTTON}
        onClick={() => {
          setOpen(!open);
          if (!open && people === null) void load();
        }}
      >
        {label}
      </button>
      {open && (
        <form
          id={`${id}-panel`}
          aria-label={accessibleName ?? label}
          className={
            inToolbar
              ? "absolute right-0 z-30 mt-2 flex w-96 max-w-[calc(100vw-1rem)] flex-wrap items-end gap-2 rounded-lg border border-stone-200 bg-white p-3 shadow-lg"
              : "mt-2 flex flex-wrap items-end gap-2 rounded border border-stone-200 p-2"
          }
          onSubmit={(event) => {
            event.preventDefault();
            if (!assigneeId) return setMessage({ text: "Choose a person", error: true });
            void assign();
          }}
        >
          <p className="w-full text-stone-800" data-testid="assignment-state">
            {current ? (
              <>
                Assigned to <strong>{current.assignee.name}</strong>
                {due && <> · {due}</>}
              </>
            ) : people ? (
              "Not assigned"
            ) : (
              "Loading…"
            )}
          </p>
          <label className="flex flex-col gap-0.5 text-stone-800">
            Person
            <select
              value={assigneeId}
              onChange={(e) => setAssigneeId(e.target.value)}
              className="rounded border border-stone-300 bg-white px-1 py-0.5"
            >
              <option value="">Choose…</option>
              {(people ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.role})
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-0.5 text-stone-800">
            Due date (optional)
            <input
              type="date"
              value={dueAt}
              onChange={(e) => setDueAt(e.target.value)}
              className="rounded border border-stone-300 bg-white px-1 py-0.5"
            />
          </label>
          {/* aria-disabled, not disabled, while it is sent: the focus stays on the button. */}
          <button type="submit" aria-disabled={busy} className={PRIMARY}>
            {current ? "Save assignment" : "Assign"}
          </button>
          {current && (
            <button
              type="button"
              aria-disabled={busy}
              onClick={() => void unassign()}
              className={BUTTON}
            >
              Unassign
            </button>
          )}
          {message && (
            <p
              role={message.error ? "alert" : "status"}
              className={`w-full ${message.error ? "text-red-800" : "text-stone-800"}`}
            >
              {message.text}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
