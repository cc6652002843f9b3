import { describe, expect, it } from "vitest";
import { articleParagraphs, paragraphExtents } from "./article-text";

const claim = (text: string, part: string, id = part) => ({
  id,
  start: text.indexOf(part),
  end: text.indexOf(part) + part.length,
});
const shape = (text: string, claims: Array<{ id: string; start: number; end: number }>) =>
  articleParagraphs(text, claims).map((p) =>
    p.runs.map((r) => (r.claim ? `[${r.text}${r.first ? "" : "+"}]` : r.text)).join(""),
  );

describe("paragraphExtents", () => {
  const cases: Array<[string, string, string[]]> = [
    ["blank lines split", "One.\n\nTwo.", ["One.", "Two."]],
    ["single newlines split", "One.\nTwo.\r\nThree.", ["One.", "Two.", "Three."]],
    ["whitespace around lines is left out", "  One.  \n \t\n Two.", ["One.", "Two."]],
    ["empty text", "", []],
  ];
  for (const [name, text, want] of cases)
    it(name, () => {
      const got = paragraphExtents(text);
      expect(got.map((p) => text.slice(p.start, p.end))).toEqual(want);
    });
});

describe("articleParagraphs", () => {
  const text =
    "Hatami visited on Saturday. He met Assad.\n\nThe deal was signed. <script>alert(1)</script> stays text.";
  const cases: Array<{ name: string; claims: Array<{ id: string; start: number; end: number }>; want: string[] }> = [
    {
      name: "no claims: plain paragraphs",
      claims: [],
      want: ["Hatami visited on Saturday. He met Assad.", "The deal was signed. <script>alert(1)</script> stays text."],
    },
    {
      name: "claims become runs at their offsets",
      claims: [
        claim(text, "He met Assad."),
        claim(text, "Hatami visited on Saturday."),
        claim(text, "The deal was signed."),
      ],
      want: [
        "[Hatami visited on Saturday.] [He met Assad.]",
        "[The deal was signed.] <script>alert(1)</script> stays text.",
      ],
    },
    {
      name: "a claim across paragraphs is cut, the anchor on its first run",
      claims: [{ id: "x", start: text.indexOf("He met"), end: text.indexOf(" <script>") }],
      want: [
        "Hatami visited on Saturday. [He met Assad.]",
        "[The deal was signed.+] <script>alert(1)</script> stays text.",
      ],
    },
    {
      name: "overlapping and out-of-range claims are left out",
      claims: [
        claim(text, "Hatami visited", "a"),
        claim(text, "visited on Saturday.", "b"),
        { id: "c", start: 5, end: 10_000 },
      ],
      want: [
        "[Hatami visited] on Saturday. He met Assad.",
        "The deal was signed. <script>alert(1)</script> stays text.",
      ],
    },
  ];
  for (const c of cases) it(c.name, () => expect(shape(text, c.claims)).toEqual(c.want));

  it("runs are slices of the text at their offsets", () => {
    for (const p of articleParagraphs(text, [claim(text, "He met Assad.")]))
      for (const r of p.runs) expect(text.slice(r.start, r.start + r.text.length)).toBe(r.text);
  });
});
