import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { storable } from "../analysis/schema";
import type { Db } from "../db";
import { ClientError, parseInput } from "../errors";
import type { Actor } from "./actor";
import { audit } from "./audit";

const PREFIX = "nct_";

/**
 * Tokens carry 256 random bits, so a fast hash is enough to store them (unlike passwords, nothing can be guessed);
 * sha256 also lets the ingest route find a token by its hash in one indexed lookup.
 */
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export const newTokenSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, "a name, such as the client that will use it")
    .max(80)
    .check(...storable),
});

export const revokeTokenSchema = z.object({
  tokenId: z
    .string("required")
    .min(1, "required")
    .max(100)
    .check(...storable),
});

export interface CreatedToken {
  id: string;
  name: string;
  /** The secret itself: shown to the admin this once and never stored. */
  token: string;
}

export async function createToken(db: Db, actor: Actor, input: unknown): Promise<CreatedToken> {
  const { name } = parseInput(newTokenSchema, input, "token");
  const token = PREFIX + randomBytes(32).toString("base64url");
  const row = await db.$transaction(async (tx) => {
    const created = await tx.ingestToken.create({
      data: { name, prefix: token.slice(0, PREFIX.length + 6), hash: hashToken(token), createdById: actor.id },
      select: { id: true, name: true },
    });
    await audit(tx, actor, "token.create", { type: "token", id: created.id }, { name: created.name });
    return created;
  });
  return { ...row, token };
}

export async function revokeToken(db: Db, actor: Actor, tokenId: unknown): Promise<void> {
  const id = parseInput(revokeTokenSchema, { tokenId }, "token").tokenId;
  const token = await db.ingestToken.findUnique({ where: { id }, select: { name: true, revokedAt: true } });
  if (!token) throw new ClientError(404, "no such token");
  if (token.revokedAt) throw new ClientError(409, "the token is already revoked");
  await db.$transaction(async (tx) => {
    await tx.ingestToken.update({ where: { id }, data: { revokedAt: new Date() } });
    await audit(tx, actor, "token.revoke", { type: "token", id }, { name: token.name });
  });
}

/**
 * The token an `Authorization: Bearer …` header names, if it is live; records its use. Null for a missing header,
 * another scheme, an unknown token or a revoked one: the caller answers 401 for all of them alike.
 */
export async function verifyBearer(db: Db, header: string | null): Promise<{ id: string; name: string } | null> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? "");
  if (!match) return null;
  const token = await db.ingestToken.findUnique({
    where: { hash: hashToken(match[1]!) },
    select: { id: true, name: true, revokedAt: true },
  });
  if (!token || token.revokedAt) return null;
  await db.ingestToken.update({ where: { id: token.id }, data: { lastUsedAt: new Date() } });
  return { id: token.id, name: token.name };
}

export const listTokens = (db: Db) =>
  db.ingestToken.findMany({
    orderBy: [{ revokedAt: { sort: "asc", nulls: "first" } }, { createdAt: "desc" }],
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      createdBy: { select: { email: true } },
    },
  });
