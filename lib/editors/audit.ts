import type { Db } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Actor } from "./actor";

type Writer = Pick<Db, "auditEvent"> | Prisma.TransactionClient;

export type AuditAction =
  | "flag.open"
  | "flag.status"
  | "flag.note"
  | "group.merge"
  | "group.split"
  | "group.dismiss"
  | "group.leave"
  | "group.undo"
  | "token.create"
  | "token.revoke"
  | "user.create"
  | "user.role"
  | "user.rename";

/**
 * Appends one event to the audit trail. Call it inside the transaction that makes the change, so an event exists
 * exactly when its change does. The table refuses UPDATE and DELETE (triggers in the migration).
 */
export async function audit(
  db: Writer,
  actor: Actor,
  action: AuditAction,
  subject: { type: string; id: string },
  data: Record<string, unknown> = {},
): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: actor.id,
      actor: actor.label,
      action,
      subjectType: subject.type,
      subjectId: subject.id,
      data: data as Prisma.InputJsonValue,
    },
  });
}
