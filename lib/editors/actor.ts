/** Who is acting. Readers without an account never reach a mutation; the command line acts as itself. */
export const ROLES = ["reader", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

export interface Actor {
  /** The user's id; null for the command line. */
  id: string | null;
  /** What the audit trail records: the user's email, or "command line". */
  label: string;
  role: Role;
}

export const COMMAND_LINE: Actor = { id: null, label: "command line", role: "admin" };

const RANK: Record<Role, number> = { reader: 0, editor: 1, admin: 2 };

/** An admin may do everything an editor may. */
export const hasRole = (actor: Pick<Actor, "role">, needed: Role): boolean => RANK[actor.role] >= RANK[needed];

export const isRole = (value: unknown): value is Role =>
  typeof value === "string" && (ROLES as readonly string[]).includes(value);
