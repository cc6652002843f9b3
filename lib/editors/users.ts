import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { storable } from "../analysis/schema";
import type { Db } from "../db";
import { isUniqueViolation } from "../db-errors";
import { ClientError, parseInput } from "../errors";
import { ROLES, type Actor, type Role } from "./actor";
import { audit } from "./audit";
import { MAX_NAME_LENGTH, userNameSchema } from "./schema";

export const MIN_PASSWORD_LENGTH = 10;

export const newUserSchema = z.object({
  email: z
    .email("a valid email address")
    .check(...storable)
    .transform((e) => e.toLowerCase()),
  name: userNameSchema.optional(),
  // Not stored as it is, but hashed as UTF-8, which turns an unpaired surrogate into U+FFFD: two passwords would
  // hash alike, and no keyboard types either.
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(256)
    .check(...storable),
  role: z.enum(ROLES, `one of ${ROLES.join(", ")}`),
});
export type NewUser = z.input<typeof newUserSchema>;

export const renameSchema = z.object({
  userId: z
    .string()
    .min(1)
    .max(100)
    .check(...storable),
  name: userNameSchema,
});

export const roleChangeSchema = z.object({
  userId: z
    .string()
    .min(1)
    .max(100)
    .check(...storable),
  role: z.enum(ROLES, `one of ${ROLES.join(", ")}`),
});

/**
 * Makes an account that signs in with email and password. The password is hashed with better-auth's own scrypt
 * (the hash its sign-in verifies) and stored the way its sign-up stores it: a "credential" account row.
 */
export async function createUser(
  db: Db,
  actor: Actor,
  input: unknown,
): Promise<{ id: string; email: string; role: Role }> {
  const { email, password, role, ...given } = parseInput(newUserSchema, input, "account");
  const name = given.name ?? email.split("@")[0]!;
  const hash = await hashPassword(password);
  const id = randomUUID();
  try {
    await db.$transaction(async (tx) => {
      await tx.user.create({ data: { id, email, name, role } });
      await tx.account.create({
        data: { id: randomUUID(), userId: id, providerId: "credential", accountId: id, password: hash },
      });
      await audit(tx, actor, "user.create", { type: "user", id }, { email, role });
    });
  } catch (e) {
    if (isUniqueViolation(e)) {
      throw new ClientError(409, "an account with this email exists", { email: ["an account with this email exists"] });
    }
    throw e;
  }
  return { id, email, role };
}

/** Changes a user's role; their sessions end, so the new role applies at their next sign-in and not a minute later. */
export async function setRole(db: Db, actor: Actor, input: unknown): Promise<void> {
  const { userId, role } = parseInput(roleChangeSchema, input, "role change");
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, email: true } });
  if (!user) throw new ClientError(404, "no such user");
  if (user.role === role) return;
  if (userId === actor.id) throw new ClientError(409, "you cannot change your own role; ask another admin");
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role } });
    await tx.session.deleteMany({ where: { userId } });
    await audit(tx, actor, "user.role", { type: "user", id: userId }, { email: user.email, from: user.role, to: role });
  });
}

/**
 * Renames an account: an admin's fix for a name that misleads or is wrong. The audit event keeps the old name, cut
 * to MAX_NAME_LENGTH: names stored before names were checked can be millions of characters long.
 */
export async function renameUser(db: Db, actor: Actor, input: unknown): Promise<{ id: string; name: string }> {
  const { userId, name } = parseInput(renameSchema, input, "name");
  const user = await db.user.findUnique({ where: { id: userId }, select: { name: true, email: true } });
  if (!user) throw new ClientError(404, "no such user");
  if (user.name === name) return { id: userId, name };
  const from = user.name.length > MAX_NAME_LENGTH ? `${user.name.slice(0, MAX_NAME_LENGTH)}…` : user.name;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { name } });
    await audit(tx, actor, "user.rename", { type: "user", id: userId }, { email: user.email, from, to: name });
  });
  return { id: userId, name };
}

export const listUsers = (db: Db) =>
  db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true },
  });
