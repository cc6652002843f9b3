import { describe, expect, it } from "vitest";
import { envSchema } from "./env";

describe("BETTER_AUTH_URL, the public origin", () => {
  const cases: Array<{ value: string | undefined; ok: boolean; why?: RegExp }> = [
    { value: undefined, ok: true },
    { value: "https://compare.example.org", ok: true },
    { value: "https://compare.example.org/", ok: true },
    { value: "http://127.0.0.1:3000", ok: true },
    { value: "compare.example.org", ok: false, why: /http\(s\) URL/ },
    { value: "ftp://compare.example.org", ok: false, why: /http\(s\) URL/ },
    { value: "https://example.org/newscompare", ok: false, why: /origin only/ },
    { value: "https://compare.example.org/?x=1", ok: false, why: /origin only/ },
    { value: "https://compare.example.org/#top", ok: false, why: /origin only/ },
  ];
  for (const c of cases)
    it(`${c.value ?? "unset"}: ${c.ok ? "accepted" : "refused"}`, () => {
      const r = envSchema.safeParse({ BETTER_AUTH_URL: c.value });
      expect(r.success).toBe(c.ok);
      if (!r.success && c.why) expect(r.error.issues.map((i) => i.message).join("\n")).toMatch(c.why);
    });
});
