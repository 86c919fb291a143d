import "server-only";
import { randomUUID } from "node:crypto";
import type { AuditAction } from "@/lib/audit/audit-actions";
import type { Prisma } from "@/lib/generated/prisma/client";

type AuditInput = {
  actorId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  articleId?: string | null;
  before?: unknown;
  after?: unknown;
};

const toJson = (value: unknown) => (value === undefined ? null : JSON.stringify(value));

const auditFields = (event: AuditInput) => ({
  actorId: event.actorId,
  action: event.action,
  entityType: event.entityType,
  entityId: event.entityId,
  articleId: event.articleId ?? null,
  before: toJson(event.before),
  after: toJson(event.after),
});

/** Called inside the transaction of the change it records, so the trail never misses or invents a change. */
export async function recordAudit(tx: Prisma.TransactionClient, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: auditFields(event) });
}

/** A complete AuditEvent row for a bulk insert (an import), written in that change's transaction. */
export const auditRow = (event: AuditInput, createdAt: Date) => ({
  id: randomUUID(),
  ...auditFields(event),
  createdAt,
});
