/**
 * Strings a database cannot store, in every field of every editor's server action (hardening issue, finding 8): a
 * NUL, which SQLite stores and PostgreSQL refuses, and an unpaired surrogate, which Prisma refuses on both (a server
 * action's arguments are JSON, so a client can send "\ud800"). Each must be refused with 422 naming the field, as
 * the ingest route refuses them (lib/analysis/schema.ts `storable`), and change nothing, instead of being stored on
 * one engine and failing with a 500 on the other.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase } from "./fresh-database";
import { tableSnapshot } from "./table-snapshot";

let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));

const removeDatabase = createTestDatabase();
const { db } = await import("@/lib/db");
const { auth } = await import("@/lib/auth");
const actions = await import("@/lib/editors/actions");
const { createUser } = await import("@/lib/editors/users");
const { createToken } = await import("@/lib/editors/tokens");
const { COMMAND_LINE } = await import("@/lib/editors/actor");
const { ingestArticles, mergeGroups } = await import("@/lib/stories/mutations");

const PASSWORD = "correct horse battery";
const cookies: Record<"editor" | "admin", string> = { editor: "", admin: "" };

async function signIn(email: string, ip: string): Promise<string> {
  const res = await auth.handler(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", "x-forwarded-for": ip },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  );
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as {
  articles: Array<Record<string, unknown>>;
};

beforeAll(async () => {
  const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };
  await ingestArticles(db, seed.articles.map((a) => ({ ...a, story })) as never);
  for (const [i, role] of (["editor", "admin"] as const).entries()) {
    await createUser(db, COMMAND_LINE, { email: `${role}@example.org`, password: PASSWORD, role });
    cookies[role] = await signIn(`${role}@example.org`, `198.51.100.${i + 1}`);
  }
  // Analysing the seed story takes seconds on a loaded machine: more than the default hook timeout.
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await removeDatabase();
});

const rows = () =>
  db.claimGroup.findMany({
    where: { status: "active", kind: "claim" },
    orderBy: { position: "asc" },
    select: { id: true, coverage: true, claims: { select: { claimId: true } } },
  });
const editorId = async () => (await db.user.findFirstOrThrow({ where: { email: "editor@example.org" } })).id;

/** Each action with a valid input (made fresh: a flag to update, a decision to undo), as its form sends it. */
const ACTIONS: Array<{
  name: string;
  role: "editor" | "admin";
  fields: string[];
  input: () => Promise<Record<string, string>>;
  call: (input: unknown) => Promise<{ ok: boolean }>;
}> = [
  {
    name: "openFlagAction",
    role: "editor",
    fields: ["groupId", "articleId", "note"],
    input: async () => {
      const row = (await rows())[0]!;
      const articleId = (row.coverage as { articles: string[] }).articles[0]!;
      return { groupId: row.id, articleId, reason: "needs-review", note: "check the date" };
    },
    call: actions.openFlagAction,
  },
  {
    name: "updateFlagAction",
    role: "editor",
    fields: ["flagId", "note"],
    input: async () => {
      const row = (await rows())[0]!;
      const story = await db.story.findFirstOrThrow();
      const flag = await db.flag.create({
        data: { storyId: story.id, groupId: row.id, reason: "needs-review", createdById: await editorId() },
      });
      return { flagId: flag.id, status: "resolved", note: "checked" };
    },
    call: actions.updateFlagAction,
  },
  {
    name: "mergeRowsAction",
    role: "editor",
    fields: ["sourceGroupId", "targetGroupId"],
    input: async () => {
      const all = await rows();
      return { sourceGroupId: all.at(-1)!.id, targetGroupId: all.at(-2)!.id };
    },
    call: actions.mergeRowsAction,
  },
  {
    name: "splitClaimAction",
    role: "editor",
    fields: ["groupId", "claimId"],
    input: async () => {
      const row = (await rows()).find((r) => r.claims.length > 1)!;
      return { groupId: row.id, claimId: row.claims[1]!.claimId };
    },
    call: actions.splitClaimAction,
  },
  {
    name: "dismissFactRowAction",
    role: "editor",
    fields: ["groupId"],
    input: async () => {
      const row = await db.claimGroup.findFirstOrThrow({ where: { status: "active", kind: "fact" } });
      return { groupId: row.id };
    },
    call: actions.dismissFactRowAction,
  },
  {
    name: "undoOverrideAction",
    role: "editor",
    fields: ["overrideId"],
    input: async () => {
      const all = await rows();
      const actor = { id: await editorId(), label: "editor@example.org", role: "editor" as const };
      const merged = await mergeGroups(db, actor, { sourceGroupId: all.at(-1)!.id, targetGroupId: all.at(-2)!.id });
      return { overrideId: merged.overrideId };
    },
    call: actions.undoOverrideAction,
  },
  {
    name: "createTokenAction",
    role: "admin",
    fields: ["name"],
    input: async () => ({ name: "wire importer" }),
    call: actions.createTokenAction,
  },
  {
    name: "revokeTokenAction",
    role: "admin",
    fields: ["tokenId"],
    input: async () => ({ tokenId: (await createToken(db, COMMAND_LINE, { name: "to revoke" })).id }),
    call: actions.revokeTokenAction,
  },
  {
    name: "createUserAction",
    role: "admin",
    fields: ["email", "name", "password"],
    input: async () => ({ email: "new@example.org", name: "New Editor", password: PASSWORD, role: "editor" }),
    call: actions.createUserAction,
  },
  {
    name: "setRoleAction",
    role: "admin",
    fields: ["userId"],
    input: async () => {
      const user = await db.user.findFirstOrThrow({ where: { email: "editor@example.org" } });
      return { userId: user.id, role: "reader" };
    },
    call: actions.setRoleAction,
  },
];

const UNSTORABLE = [
  { name: "a NUL", insert: "\u0000" },
  { name: "an unpaired surrogate", insert: "\ud800" },
];

describe("editors' server actions refuse strings a database cannot store", () => {
  for (const action of ACTIONS) {
    for (const field of action.fields) {
      for (const bad of UNSTORABLE) {
        it(`${action.name}: ${bad.name} in ${field} is 422 on that field, and nothing is written`, async () => {
          const input = await action.input();
          // Inside the value, so that trimming or an email's shape cannot be what refuses it.
          const value = input[field]!;
          input[field] =
            field === "email" ? value.replace("@", `${bad.insert}@`) : value.slice(0, 1) + bad.insert + value.slice(1);
          const before = await tableSnapshot(db, { tables: ["RateLimit"] });
          requestHeaders = new Headers({ cookie: cookies[action.role] });
          let result: unknown;
          try {
            result = await action.call(input);
          } finally {
            requestHeaders = new Headers();
          }
          expect(result).toMatchObject({ ok: false, status: 422, fieldErrors: { [field]: expect.any(Array) } });
          expect(await tableSnapshot(db, { tables: ["RateLimit"] })).toBe(before);
        });
      }
    }
  }
});
