import { describe, expect, it } from "vitest";
import { safeNext } from "./safe-next";

/**
 * `next` as the sign-in page receives it: the query string decoded once, so "?next=/%09/evil.example" arrives as
 * "/\t/evil.example" and "?next=/%2509/x" as "/%09/x". Browsers drop TAB and newlines inside a URL and read a
 * backslash as a slash, so each refused value below would send a signed-in browser to another site, or would put a
 * control character into a Location header (a 500).
 */
const CASES: Array<[name: string, next: string | string[] | undefined | null, expected: string]> = [
  ["a page", "/review", "/review"],
  ["a nested page", "/admin/users", "/admin/users"],
  [
    "a view with its query",
    "/stories/iran-syria-2018?show=discrepancies&page=2",
    "/stories/iran-syria-2018?show=discrepancies&page=2",
  ],
  ["a fragment", "/claims/abc#matrix", "/claims/abc#matrix"],
  ["an encoded letter", "/stories/caf%C3%A9", "/stories/caf%C3%A9"],
  ["a raw non-ASCII letter, percent-encoded for the Location header", "/stories/café", "/stories/caf%C3%A9"],
  ["dot segments, resolved", "/review/../admin/users", "/admin/users"],
  ["the first of several values", ["/review", "//evil.example"], "/review"],
  ["nothing", undefined, "/"],
  ["null", null, "/"],
  ["empty", "", "/"],
  ["a protocol-relative URL", "//evil.example", "/"],
  ["an absolute URL", "https://evil.example/", "/"],
  ["a javascript: URL", "javascript:alert(1)", "/"],
  ["a relative path", "evil.example", "/"],
  ["a slash and a backslash", "/\\evil.example", "/"],
  ["two backslashes", "\\\\evil.example", "/"],
  ["a backslash later on", "/x/\\evil.example", "/"],
  ["TAB (?next=/%09/…)", "/\t/evil.example", "/"],
  ["newline (?next=/%0A/…)", "/\n/evil.example", "/"],
  ["carriage return and newline", "/\r\n/x", "/"],
  ["NUL", "/\u0000/x", "/"],
  ["DEL", "/\u007f/x", "/"],
  ["a C1 control (NEL)", "/\u0085/x", "/"],
  ["an encoded TAB (?next=/%2509/…)", "/%09/evil.example", "/"],
  ["an encoded newline", "/%0A/evil.example", "/"],
  ["an encoded NUL", "/%00/x", "/"],
  ["an encoded backslash", "/%5C/evil.example", "/"],
  ["an encoded backslash, lower case", "/%5c%5cevil.example", "/"],
  ["an encoded slash that makes two", "/%2F/evil.example", "/"],
  ["a TAB encoded twice", "/%2509/evil.example", "/"],
  ["a TAB encoded many times", "/%2525252509/evil.example", "/"],
  ["a malformed escape", "/stories/%E0%A4%A", "/"],
  ["dot segments that make two slashes", "/.//evil.example", "/"],
  ["dot segments after a page that make two slashes", "/x/..//evil.example", "/"],
  ["a path too long to be ours", `/${"a".repeat(3000)}`, "/"],
];

describe("safeNext", () => {
  it.each(CASES)("%s", (_name, next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });

  it("never returns anything a browser would resolve to another origin", () => {
    for (const [, next] of CASES) {
      const to = new URL(safeNext(next), "https://newscompare.example");
      expect(to.origin).toBe("https://newscompare.example");
    }
  });
});
