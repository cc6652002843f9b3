/**
 * Account names (hardening finding 5): only an admin renames an account, through renameUser (/admin/users), and every
 * name, at creation or rename, is at most MAX_NAME_LENGTH characters of text that renders as itself.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "./fresh-database";

const removeDatabase = createTestDatabase();
const { db } = await import("@/lib/db");
const { createUser, renameUser } = await import("@/lib/editors/users");
const { MAX_NAME_LENGTH } = await import("@/lib/editors/schema");
const { COMMAND_LINE } = await import("@/lib/editors/actor");
const { ClientError } = await import("@/lib/errors");

const PASSWORD = "correct horse battery";
let userId = "";

beforeAll(async () => {
  userId = (await createUser(db, COMMAND_LINE, { email: "reader@example.org", password: PASSWORD, role: "reader" })).id;
});
afterAll(async () => {
  await db.$disconnect();
  await removeDatabase();
});

/** What renameUser stores for `name`, or the field error it answers with. */
async function rename(name: unknown): Promise<{ stored: string } | { refused: string }> {
  try {
    await renameUser(db, COMMAND_LINE, { userId, name });
    return { stored: (await db.user.findUniqueOrThrow({ where: { id: userId } })).name };
  } catch (e) {
    if (!(e instanceof ClientError)) throw e;
    expect(e.status).toBe(422);
    return { refused: e.fieldErrors?.name?.join("; ") ?? e.message };
  }
}

const NAMES: Array<[name: string, input: unknown, expected: { stored: string } | { refused: RegExp }]> = [
  ["a plain name", "Ada Lovelace", { stored: "Ada Lovelace" }],
  ["letters of any script", "Zoë Łukasiewicz 李小龍 Ελένη", { stored: "Zoë Łukasiewicz 李小龍 Ελένη" }],
  ["a zero-width non-joiner, as Persian names have", "می‌خواهم", { stored: "می‌خواهم" }],
  ["spaces around, trimmed", "  Ada  ", { stored: "Ada" }],
  ["a TAB around, trimmed", "\tAda\t", { stored: "Ada" }],
  ["the longest allowed", "a".repeat(MAX_NAME_LENGTH), { stored: "a".repeat(MAX_NAME_LENGTH) }],
  ["one character too long", "a".repeat(MAX_NAME_LENGTH + 1), { refused: /at most 120 characters/ }],
  ["twenty million characters", "a".repeat(20_000_000), { refused: /at most 120 characters/ }],
  ["empty", "", { refused: /a name/ }],
  ["only spaces", "   ", { refused: /a name/ }],
  ["not a string", 42, { refused: /string/ }],
  ["a newline inside", "Ada\nAdmin Alice", { refused: /control character/ }],
  ["a TAB inside", "Ada\tLovelace", { refused: /control character/ }],
  ["an escape sequence", "Ada\u001b[31m", { refused: /control character/ }],
  ["a C1 control", "Ada\u0085", { refused: /control character/ }],
  ["NUL", "Ada\u0000", { refused: /NUL/ }],
  ["an unpaired surrogate", "Ada\ud800", { refused: /surrogate/ }],
  ["a right-to-left override", "\u202eecilA nimdA", { refused: /bidirectional override/ }],
  ["a right-to-left isolate", "Ada \u2067Admin", { refused: /bidirectional override/ }],
  ["a line separator", "Ada\u2028Admin", { refused: /line separator/ }],
];

describe("renameUser", () => {
  it.each(NAMES)("%s", async (_name, input, expected) => {
    const outcome = await rename(input);
    if ("stored" in expected) expect(outcome).toEqual(expected);
    else expect("refused" in outcome && outcome.refused).toMatch(expected.refused);
  });

  it("records the rename in the audit trail, with the name before and after", async () => {
    await renameUser(db, COMMAND_LINE, { userId, name: "Before" });
    await renameUser(db, COMMAND_LINE, { userId, name: "After" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.rename" }, orderBy: { at: "desc" } });
    expect(event).toMatchObject({ actor: "command line", subjectType: "user", subjectId: userId });
    expect(event.data).toEqual({ email: "reader@example.org", from: "Before", to: "After" });
  });

  it("records nothing when the name does not change", async () => {
    const before = await db.auditEvent.count();
    await renameUser(db, COMMAND_LINE, { userId, name: "After" });
    expect(await db.auditEvent.count()).toBe(before);
  });

  it("fixes a name stored before names were checked, keeping only its start in the audit trail", async () => {
    await db.user.update({ where: { id: userId }, data: { name: "x".repeat(100_000) } });
    await renameUser(db, COMMAND_LINE, { userId, name: "Fixed" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "user.rename" }, orderBy: { at: "desc" } });
    expect(event.data).toEqual({ email: "reader@example.org", from: `${"x".repeat(MAX_NAME_LENGTH)}…`, to: "Fixed" });
  });

  it("answers 404 for an account that does not exist", async () => {
    await expect(renameUser(db, COMMAND_LINE, { userId: "nobody", name: "Ada" })).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("createUser", () => {
  it("checks the name as a rename does", async () => {
    await expect(
      createUser(db, COMMAND_LINE, {
        email: "impostor@example.org",
        password: PASSWORD,
        role: "reader",
        name: "Ada\nAdmin Alice",
      }),
    ).rejects.toMatchObject({ status: 422, fieldErrors: { name: [expect.stringMatching(/control character/)] } });
    expect(await db.user.count({ where: { email: "impostor@example.org" } })).toBe(0);
  });

  it("answers 409 for an email that has an account, and adds none", async () => {
    await expect(
      createUser(db, COMMAND_LINE, { email: "reader@example.org", password: PASSWORD, role: "editor" }),
    ).rejects.toMatchObject({ status: 409, fieldErrors: { email: ["an account with this email exists"] } });
    expect(await db.user.count({ where: { email: "reader@example.org" } })).toBe(1);
  });
});
