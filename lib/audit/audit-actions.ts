/**
 * Every action the audit trail records, defined once: the writers take only these (a typo fails to
 * compile) and every one has words (describe-change.ts). Stored as text, so rows written by an older
 * or newer server may hold others: readers take a string.
 */
export const AUDIT_ACTIONS = [
  "annotation.create",
  "annotation.import",
  "annotation.update",
  "annotation.moderate",
  "annotation.delete",
  "annotation.moderate-delete",
  "annotation.restore",
  "annotation.settle",
  "annotation.auto-approve",
  "annotation.reworded",
  "review.create",
  "review.change",
  "reply.create",
  "reply.update",
  "reply.delete",
  "review.import",
  "reply.import",
  "article.create",
  "article.update",
  "article.revise",
  "article.refetch",
  "article.import",
  "article.archive",
  "article.restore",
  "article.publish",
  "article.unpublish",
  "assignment.create",
  "assignment.change",
  "assignment.remove",
  "settings.update",
  "token.create",
  "token.revoke",
  "user.create",
  "user.invite",
  "user.signup",
  "user.role",
  "user.rename",
  "user.deactivate",
  "user.reactivate",
  "user.password",
  "user.password.set",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** An action's words from `words`; one it has none for (or a stored name not in the list) as its code. */
export const actionWords = (words: Partial<Record<AuditAction, string>>, action: string): string =>
  (words as Record<string, string | undefined>)[action] ?? action;
