"use server";

import { db, type Db } from "../db";
import type { Actor } from "./actor";
import { refreshStories } from "../stories/revalidate";
import { dismissFactRow, mergeGroups, splitClaim, undoOverride } from "../stories/mutations";
import { openFlag, updateFlag } from "./flags";
import { guarded } from "./session";
import { createToken, revokeToken } from "./tokens";
import { createUser, renameUser, setRole } from "./users";

// Server actions: each one is a public POST endpoint, so each checks the role itself (lib/editors/session.ts) and
// validates its input with zod inside the lib function it calls. Inputs are `unknown` on purpose.

/** An editor's change to a story: afterwards its cached matrix is rendered afresh. */
function storyChange<T extends { storySlug: string }>(
  change: (db: Db, actor: Actor, input: unknown) => Promise<T>,
  input: unknown,
) {
  return guarded("editor", async (actor) => {
    const result = await change(db, actor, input);
    refreshStories([result.storySlug]);
    return result;
  });
}

export async function openFlagAction(input: unknown) {
  return storyChange(openFlag, input);
}

export async function updateFlagAction(input: unknown) {
  return storyChange(updateFlag, input);
}

export async function mergeRowsAction(input: unknown) {
  return storyChange(mergeGroups, input);
}

export async function splitClaimAction(input: unknown) {
  return storyChange(splitClaim, input);
}

export async function dismissFactRowAction(input: unknown) {
  return storyChange(dismissFactRow, input);
}

export async function undoOverrideAction(input: unknown) {
  return storyChange(undoOverride, input);
}

export async function createTokenAction(input: unknown) {
  return guarded("admin", (actor) => createToken(db, actor, input));
}

export async function revokeTokenAction(input: unknown) {
  return guarded("admin", (actor) => revokeToken(db, actor, (input as { tokenId?: unknown } | null)?.tokenId));
}

export async function createUserAction(input: unknown) {
  return guarded("admin", (actor) => createUser(db, actor, input));
}

export async function setRoleAction(input: unknown) {
  return guarded("admin", (actor) => setRole(db, actor, input));
}

export async function renameUserAction(input: unknown) {
  return guarded("admin", (actor) => renameUser(db, actor, input));
}
