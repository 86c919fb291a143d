import "server-only";
import { getDb } from "@/lib/db";
import { AppError, forbidden, fromPrismaError, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canAssign, canFinishAssignment } from "@/lib/permissions/assignments";
import type { Actor } from "@/lib/permissions/roles";
import type { CreateAssignmentInput, UpdateAssignmentInput } from "@/lib/validation/assignments";
import { checkAssignee, resolveAssignmentTarget } from "@/lib/data/assignments/assignment-target";
import {
  assignmentInclude,
  openKeyOf,
  toAssignmentView,
  type AssignmentTarget,
} from "@/lib/data/assignments/assignment-view";
import type { AssignmentView } from "@/lib/contracts/assignment";
import { recordAudit } from "@/lib/data/audit/record-audit";

type Tx = Prisma.TransactionClient;

const snapshot = (row: { assigneeId: string; dueAt: Date | null; doneAt: Date | null }) => ({
  assigneeId: row.assigneeId,
  dueAt: row.dueAt?.toISOString() ?? null,
  doneAt: row.doneAt?.toISOString() ?? null,
});

async function notify(
  tx: Tx,
  userId: string,
  actorId: string,
  kind: "assignment" | "unassignment",
  row: { id: string; annotationId: string | null },
) {
  if (userId === actorId) return;
  await tx.notification.create({
    data: { userId, actorId, kind, annotationId: row.annotationId, assignmentId: row.id },
  });
}

async function findOpen(db: Tx, target: AssignmentTarget) {
  return db.assignment.findUnique({
    where: { openKey: openKeyOf(target) },
    include: assignmentInclude,
  });
}

const stale = (current: Parameters<typeof toAssignmentView>[0] | null) =>
  new AppError(
    "CONFLICT",
    current
      ? "This assignment was changed by someone else since you read it"
      : "This assignment was removed or done since you read it",
    { current: current ? toAssignmentView(current) : null },
  );

/** The open assignment of a target the actor can see, or null. */
export async function getAssignment(
  actor: Actor,
  target: AssignmentTarget,
): Promise<AssignmentView | null> {
  await resolveAssignmentTarget(actor, target);
  const row = await findOpen(await getDb(), target);
  return row ? toAssignmentView(row) : null;
}

/** Editors and admins assign; a target already assigned (and not done) is a 409 naming the current one. */
export async function createAssignment(
  actor: Actor,
  target: AssignmentTarget,
  input: CreateAssignmentInput,
): Promise<AssignmentView> {
  if (!canAssign(actor)) throw forbidden("Only an editor or an admin can assign work");
  const resolved = await resolveAssignmentTarget(actor, target);
  const assignee = await checkAssignee(input.assigneeId, resolved);
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.assignment.create({
        data: {
          articleId: resolved.articleId,
          annotationId: resolved.annotationId,
          assigneeId: assignee.id,
          assignedById: actor.id,
          dueAt: input.dueAt ?? null,
          openKey: openKeyOf(target),
        },
        include: assignmentInclude,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "assignment.create",
        entityType: "assignment",
        entityId: row.id,
        articleId: row.articleId,
        after: { target: openKeyOf(target), ...snapshot(row) },
      });
      await notify(tx, assignee.id, actor.id, "assignment", row);
      return toAssignmentView(row);
    });
  } catch (error) {
    // The unique open key: someone assigned it first (or it was already assigned).
    if (fromPrismaError(error)?.code === "CONFLICT")
      throw new AppError("CONFLICT", "This is already assigned: reassign it instead", {
        current: await getAssignment(actor, target),
      });
    throw error;
  }
}

/**
 * Reassign or move the due date (editors and admins), or mark it done (the assignee too), from
 * the version read: a change made since is a 409 with the current assignment, never overwritten.
 */
export async function updateAssignment(
  actor: Actor,
  target: AssignmentTarget,
  input: UpdateAssignmentInput,
): Promise<AssignmentView> {
  const onlyDone = input.assigneeId === undefined && input.dueAt === undefined;
  const resolved = await resolveAssignmentTarget(actor, target);
  const db = await getDb();
  const current = await findOpen(db, target);
  if (!current) throw notFound("Assignment");
  if (onlyDone ? !canFinishAssignment(actor, current) : !canAssign(actor))
    throw forbidden(
      onlyDone
        ? "Only the assignee, an editor or an admin can mark this done"
        : "Only an editor or an admin can change an assignment",
    );
  const assignee =
    input.assigneeId !== undefined && input.assigneeId !== current.assigneeId
      ? await checkAssignee(input.assigneeId, resolved)
      : null;
  return db.$transaction(async (tx) => {
    const doneAt = input.done ? new Date() : undefined;
    const data = {
      ...(assignee ? { assigneeId: assignee.id } : {}),
      ...(input.dueAt !== undefined ? { dueAt: input.dueAt } : {}),
      ...(doneAt ? { doneAt, openKey: null } : {}),
      version: { increment: 1 },
    };
    const { count } = await tx.assignment.updateMany({
      where: { id: current.id, version: input.version, doneAt: null },
      data,
    });
    if (count === 0) throw stale(await findOpen(tx, target));
    const row = await tx.assignment.findUniqueOrThrow({
      where: { id: current.id },
      include: assignmentInclude,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.change",
      entityType: "assignment",
      entityId: row.id,
      articleId: row.articleId,
      before: snapshot(current),
      after: snapshot(row),
    });
    if (assignee) {
      await notify(tx, current.assigneeId, actor.id, "unassignment", row);
      await notify(tx, assignee.id, actor.id, "assignment", row);
    }
    return toAssignmentView(row);
  });
}

/** Unassign (editors and admins): the row goes, the audit trail and the old assignee's inbox keep it. */
export async function removeAssignment(
  actor: Actor,
  target: AssignmentTarget,
  version: number,
): Promise<void> {
  if (!canAssign(actor)) throw forbidden("Only an editor or an admin can unassign");
  await resolveAssignmentTarget(actor, target);
  const db = await getDb();
  const current = await findOpen(db, target);
  if (!current) throw notFound("Assignment");
  await db.$transaction(async (tx) => {
    const { count } = await tx.assignment.deleteMany({
      where: { id: current.id, version, doneAt: null },
    });
    if (count === 0) throw stale(await findOpen(tx, target));
    await recordAudit(tx, {
      actorId: actor.id,
      action: "assignment.remove",
      entityType: "assignment",
      entityId: current.id,
      articleId: current.articleId,
      before: { target: openKeyOf(target), ...snapshot(current) },
    });
    await notify(tx, current.assigneeId, actor.id, "unassignment", current);
  });
}
