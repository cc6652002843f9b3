"use server";

import { db } from "../db";
import { refreshStories } from "../stories/revalidate";
import { mergeGroups, splitClaim, undoOverride } from "../stories/mutations";
import { openFlag, updateFlag } from "./flags";
import { guarded } from "./session";
import { createToken, revokeToken } from "./tokens";
import { createUser, setRole } from "./users";

// Server actions: each one is a public POST endpoint, so each checks the role itself (lib/editors/session.ts) and
// validates its input with zod inside the lib function it calls. Inputs are `unknown` on purpose.

export async function openFlagAction(input: unknown) {
  return guarded("editor", async (actor) => {
    const flag = await openFlag(db, actor, input);
    refreshStories([flag.storySlug]);
    return flag;
  });
}

export async function updateFlagAction(input: unknown) {
  return guarded("editor", async (actor) => {
    const flag = await updateFlag(db, actor, input);
    refreshStories([flag.storySlug]);
    return flag;
  });
}

export async function mergeRowsAction(input: unknown) {
  return guarded("editor", async (actor) => {
    const result = await mergeGroups(db, actor, input);
    refreshStories([result.storySlug]);
    return result;
  });
}

export async function splitClaimAction(input: unknown) {
  return guarded("editor", async (actor) => {
    const result = await splitClaim(db, actor, input);
    refreshStories([result.storySlug]);
    return result;
  });
}

export async function undoOverrideAction(input: unknown) {
  return guarded("editor", async (actor) => {
    const result = await undoOverride(db, actor, input);
    refreshStories([result.storySlug]);
    return result;
  });
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
