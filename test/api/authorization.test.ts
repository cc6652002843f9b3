/**
 * Who may do what: every mutating route and server action, called the way a browser or client calls it (session
 * cookie from a real sign-in, or a bearer token), against a real throwaway database. A refused call must answer 401
 * (no credentials a session can stand on) or 403 (signed in without the role) and leave every table as it was.
 */
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { CLIENT_ADDRESS_HEADER, serverSetsClientAddress } from "@/lib/client-address";
import { providerOf } from "@/lib/env";
import { databaseOutage } from "../system/outage";
import { createTestDatabase } from "./fresh-database";
import { tableSnapshot } from "./table-snapshot";

// Server actions read the request's headers through next/headers; here each call sets them.
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({
  headers: async () => requestHeaders,
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));

const removeDatabase = createTestDatabase();
// Each sign-in below comes from an address of its own, as `npm start`'s server reports it (lib/client-address.ts).
serverSetsClientAddress();
const { db } = await import("@/lib/db");
const { auth } = await import("@/lib/auth");
const actions = await import("@/lib/editors/actions");
const { POST: ingest } = await import("@/app/api/articles/route");
const { createUser } = await import("@/lib/editors/users");
const { createToken, revokeToken } = await import("@/lib/editors/tokens");
const { COMMAND_LINE } = await import("@/lib/editors/actor");
const { ingestArticles, mergeGroups } = await import("@/lib/stories/mutations");

const PASSWORD = "correct horse battery";
type Credential = "none" | "reader" | "editor" | "admin" | "bad token" | "revoked token";
const CREDENTIALS: Credential[] = ["none", "reader", "editor", "admin", "bad token", "revoked token"];
const headersFor: Partial<Record<Credential, Record<string, string>>> = {};
let liveToken = "";

async function signIn(email: string, ip: string): Promise<string> {
  const res = await auth.handler(
    new Request("http://localhost/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://localhost", [CLIENT_ADDRESS_HEADER]: ip },
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
const story = { slug: "iran-syria-2018", title: "Iran and Syria sign military cooperation deal" };

// The seed story's analysis and three scrypt sign-ins: about 10 s on this two-core machine when others load it
// (measured at a load of 16: ingest 4.8 s, each account 1.5 s), over vitest's default hook timeout.
beforeAll(async () => {
  await ingestArticles(db, seed.articles.map((a) => ({ ...a, story })) as never);
  for (const [i, role] of (["reader", "editor", "admin"] as const).entries()) {
    await createUser(db, COMMAND_LINE, { email: `${role}@example.org`, password: PASSWORD, role });
    headersFor[role] = { cookie: await signIn(`${role}@example.org`, `198.51.100.${i + 1}`) };
  }
  liveToken = (await createToken(db, COMMAND_LINE, { name: "live" })).token;
  const revoked = await createToken(db, COMMAND_LINE, { name: "revoked" });
  await revokeToken(db, COMMAND_LINE, revoked.id);
  headersFor["none"] = {};
  headersFor["bad token"] = { authorization: "Bearer nct_this-is-not-a-token" };
  headersFor["revoked token"] = { authorization: `Bearer ${revoked.token}` };
}, 60_000);

afterAll(async () => {
  await db.$disconnect();
  await removeDatabase();
});

/** Every row of every table but RateLimit, where better-auth counts even a refused sign-up. */
const snapshot = () => tableSnapshot(db, { tables: ["RateLimit"] });

const activeRows = () =>
  db.claimGroup.findMany({
    where: { status: "active", kind: "claim" },
    orderBy: { position: "asc" },
    select: { id: true, claims: { select: { claimId: true } } },
  });
let emails = 0;

const editorActor = async () => {
  const e = await db.user.findFirstOrThrow({ where: { email: "editor@example.org" } });
  return { id: e.id, label: e.email, role: "editor" as const };
};

/**
 * Each action with a way to make a fresh, valid input (which may write: a flag to resolve, a token to revoke), so the
 * same call succeeds for the roles allowed to make it and is refused, changing nothing, for the others.
 */
const ACTIONS: Array<{
  name: string;
  role: "editor" | "admin";
  prepare: () => Promise<unknown>;
  call: (input: unknown) => Promise<{ ok: boolean }>;
}> = [
  {
    name: "openFlagAction",
    role: "editor",
    prepare: async () => ({ groupId: (await activeRows())[0]!.id, reason: "contradiction-confirmed", note: "check" }),
    call: actions.openFlagAction,
  },
  {
    name: "updateFlagAction",
    role: "editor",
    prepare: async () => {
      const g = (await activeRows())[0]!;
      const story = await db.story.findFirstOrThrow();
      const flag = await db.flag.create({
        data: { storyId: story.id, groupId: g.id, reason: "needs-review", createdById: (await editorActor()).id },
      });
      return { flagId: flag.id, status: "resolved", note: "done" };
    },
    call: actions.updateFlagAction,
  },
  {
    name: "mergeRowsAction",
    role: "editor",
    prepare: async () => {
      const rows = await activeRows();
      return { sourceGroupId: rows.at(-1)!.id, targetGroupId: rows.at(-2)!.id };
    },
    call: actions.mergeRowsAction,
  },
  {
    name: "splitClaimAction",
    role: "editor",
    prepare: async () => {
      const row = (await activeRows()).find((r) => r.claims.length > 1)!;
      return { groupId: row.id, claimId: row.claims[1]!.claimId };
    },
    call: actions.splitClaimAction,
  },
  {
    name: "dismissFactRowAction",
    role: "editor",
    prepare: async () => {
      const row = await db.claimGroup.findFirstOrThrow({ where: { status: "active", kind: "fact" } });
      return { groupId: row.id };
    },
    call: actions.dismissFactRowAction,
  },
  {
    name: "undoOverrideAction",
    role: "editor",
    prepare: async () => {
      const rows = await activeRows();
      const merged = await mergeGroups(db, await editorActor(), {
        sourceGroupId: rows.at(-1)!.id,
        targetGroupId: rows.at(-2)!.id,
      });
      return { overrideId: merged.overrideId };
    },
    call: actions.undoOverrideAction,
  },
  {
    name: "createTokenAction",
    role: "admin",
    prepare: async () => ({ name: "a client" }),
    call: actions.createTokenAction,
  },
  {
    name: "revokeTokenAction",
    role: "admin",
    prepare: async () => ({ tokenId: (await createToken(db, COMMAND_LINE, { name: "to revoke" })).id }),
    call: actions.revokeTokenAction,
  },
  {
    name: "createUserAction",
    role: "admin",
    prepare: async () => ({ email: `new${++emails}@example.org`, password: PASSWORD, role: "editor" }),
    call: actions.createUserAction,
  },
  {
    name: "setRoleAction",
    role: "admin",
    prepare: async () => ({
      userId: (
        await createUser(db, COMMAND_LINE, {
          email: `target${++emails}@example.org`,
          password: PASSWORD,
          role: "reader",
        })
      ).id,
      role: "editor",
    }),
    call: actions.setRoleAction,
  },
  {
    name: "renameUserAction",
    role: "admin",
    prepare: async () => ({
      userId: (
        await createUser(db, COMMAND_LINE, {
          email: `renamed${++emails}@example.org`,
          password: PASSWORD,
          role: "reader",
        })
      ).id,
      name: `Renamed ${emails}`,
    }),
    call: actions.renameUserAction,
  },
];

const expected = (needed: "editor" | "admin", who: Credential) =>
  who === "none" || who.endsWith("token")
    ? 401
    : who === "reader" || (who === "editor" && needed === "admin")
      ? 403
      : "ok";

describe("server actions × credentials", () => {
  for (const action of ACTIONS) {
    for (const who of CREDENTIALS) {
      const want = expected(action.role, who);
      it(`${action.name} as ${who}: ${want === "ok" ? "done" : want}`, async () => {
        const input = await action.prepare();
        const before = await snapshot();
        requestHeaders = new Headers(headersFor[who]);
        const result = await action.call(input);
        requestHeaders = new Headers();
        if (want === "ok") {
          expect(result).toMatchObject({ ok: true });
          expect(await snapshot()).not.toBe(before);
        } else {
          expect(result).toMatchObject({ ok: false, status: want });
          expect(await snapshot()).toBe(before);
        }
      });
    }
  }
});

describe("POST /api/articles × credentials", () => {
  const article = (n: number) => ({
    story: "iran-syria-2018",
    outlet: `Wire ${n}`,
    text: `Iranian Defence Minister Amir Hatami arrived in Damascus on day ${n} of the visit, the wire said. He met Syrian officials about reconstruction.`,
  });
  const post = (headers: Record<string, string>, n: number) =>
    ingest(
      new NextRequest("http://localhost/api/articles", {
        method: "POST",
        body: JSON.stringify(article(n)),
        headers: { "content-type": "application/json", ...headers },
      }),
    );

  // Reads are public and writes need a token: a signed-in admin's cookie is not one.
  for (const [i, who] of CREDENTIALS.entries()) {
    it(`as ${who}: 401, nothing stored`, async () => {
      const before = await snapshot();
      const res = await post(headersFor[who]!, i);
      expect(res.status).toBe(401);
      expect(res.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(await snapshot()).toBe(before);
    });
  }

  it("with a live token: 201, and the token's last use is recorded", async () => {
    const res = await post({ authorization: `Bearer ${liveToken}` }, 99);
    expect(res.status).toBe(201);
    expect((await db.ingestToken.findFirstOrThrow({ where: { name: "live" } })).lastUsedAt).toBeInstanceOf(Date);
  });
});

describe("better-auth's own routes grant nothing", () => {
  const authPost = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    auth.handler(
      new Request(`http://localhost/api/auth${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          origin: "http://localhost",
          [CLIENT_ADDRESS_HEADER]: "198.51.100.77",
          ...headers,
        },
        body: JSON.stringify(body),
      }),
    );

  it("nobody signs themselves up", async () => {
    const before = await snapshot();
    const res = await authPost("/sign-up/email", { email: "walk-in@example.org", password: PASSWORD, name: "Walk In" });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(await snapshot()).toBe(before);
  });

  it("a reader cannot make themselves an admin through the profile update", async () => {
    const res = await authPost("/update-user", { role: "admin", name: "Still a reader" }, headersFor.reader);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await db.user.findUniqueOrThrow({ where: { email: "reader@example.org" } })).role).toBe("reader");
  });

  // Hardening finding 5: a reader renamed themselves "Admin Alice", which the review queue and flag histories then
  // showed, or gave themselves a 20-million-character name. Admins rename accounts at /admin/users instead.
  for (const [who, article] of [
    ["reader", "a"],
    ["editor", "an"],
    ["admin", "an"],
  ] as const) {
    it(`${article} ${who} cannot rename themselves through /update-user, however the path is spelled`, async () => {
      const before = await snapshot();
      for (const path of ["/update-user", "/update-user/", "//update-user", "/update-user?name=x", "/update%2Duser"]) {
        const res = await authPost(path, { name: "Admin Alice" }, headersFor[who]);
        expect(res.status, path).toBeGreaterThanOrEqual(400);
      }
      expect(await snapshot()).toBe(before);
      expect((await db.user.findUniqueOrThrow({ where: { email: `${who}@example.org` } })).name).not.toBe(
        "Admin Alice",
      );
    });
  }

  it("a sign-in from another site is refused (origin check)", async () => {
    const res = await authPost(
      "/sign-in/email",
      { email: "editor@example.org", password: PASSWORD },
      { origin: "https://evil.example" },
    );
    expect(res.status).toBe(403);
    expect(res.headers.getSetCookie()).toEqual([]);
  });
});

// On PostgreSQL the outage stops the test server, which other test files share: the system test covers that engine.
describe.skipIf(providerOf(process.env.DATABASE_URL!) === "postgresql")(
  "a server action while the database is away",
  () => {
    it("returns status 503 with a message, instead of throwing", async () => {
      const outage = databaseOutage(process.env.DATABASE_URL!);
      const logged = vi.spyOn(console, "error").mockImplementation(() => {});
      requestHeaders = new Headers(headersFor["admin"]);
      await outage.start();
      try {
        const result = await actions.createTokenAction({ name: "during the outage" });
        expect(result).toEqual({
          ok: false,
          status: 503,
          error: expect.stringMatching(/^the database is unavailable/),
        });
      } finally {
        await outage.end();
        requestHeaders = new Headers();
        logged.mockRestore();
      }
    });
  },
);
