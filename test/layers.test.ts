import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

/**
 * The lint rules that hold the layers (eslint.config.js; docs/decisions/020-data-layer.md): run on code as if it sat
 * in a page, a component or lib/, they name the rule's reason. A rule that stopped matching would pass silently.
 */
const lint = async (code: string, filePath: string) => {
  const [result] = await new ESLint().lintText(code, { filePath });
  return result!.messages.map((m) => m.message);
};

describe("the layers' lint rules", () => {
  it.each([
    ["app/probe/page.tsx", 'import { db } from "@/lib/db";\nexport const n = db;\n'],
    ["components/probe/list.tsx", 'import { PrismaClient } from "@prisma/client";\nexport const c = PrismaClient;\n'],
    ["app/probe/route.ts", 'import { Prisma } from "../../lib/generated/prisma/client";\nexport const p = Prisma;\n'],
  ])("refuse the database client in %s", async (file, code) => {
    const messages = await lint(code, file);
    expect(messages.some((m) => m.includes("read through lib/<domain>/data.ts"))).toBe(true);
  });

  it("let a page take the client's type, and lib/<domain>/data.ts the client", async () => {
    expect(await lint('import type { Db } from "@/lib/db";\nexport type T = Db;\n', "app/probe/page.tsx")).toEqual([]);
    expect(await lint('import { db } from "@/lib/db";\nexport const n = db;\n', "lib/probe/data.ts")).toEqual([]);
  });

  it("refuse an import of app/ or components/ from lib/", async () => {
    const messages = await lint('import { X } from "@/components/x";\nexport const y = X;\n', "lib/probe/thing.ts");
    expect(messages.some((m) => m.includes("Imports flow one way"))).toBe(true);
  });
});
