import { describe, expect, it } from "vitest";
import { cleanArticle } from "./clean";

const BODY = "Iran and Syria signed a defence agreement on Sunday, state media reported.";

describe("cleanArticle furniture", () => {
  it.each([
    ["read-time", "2 min read"],
    ["date-line", "27 August, 2018"],
    ["related", "Related Story"],
    ["caption", "Syria's regime has taken control of much of the country [Getty]"],
    ["standfirst", "Iran and Syria's defence ministers have agreed to cooperate on military matters, as well as signi"],
  ])("sets aside %s: %s", (kind, line) => {
    const text = `${line}\n${BODY}`;
    const r = cleanArticle(text);
    expect(r.furniture.map((f) => [f.kind, f.text])).toContainEqual([kind, line]);
    expect(r.blocks.map((b) => b.text)).toEqual([BODY]);
  });

  it("reads a printed date line as the article date", () => {
    expect(cleanArticle(`27 August, 2018\n${BODY}`).printedDate).toBe("2018-08-27");
    expect(cleanArticle(BODY).printedDate).toBeNull();
  });

  it("keeps a headline printed in the text once and sets aside its repetition", () => {
    const h = "Iran to help rebuild Syrian army";
    const r = cleanArticle(`${h}\n${h}\n${BODY}`);
    expect(r.furniture.map((f) => [f.kind, f.text])).toEqual([["headline", h]]);
    expect(r.blocks.map((b) => b.text)).toEqual([h, BODY]);
  });

  it("sets aside a headline set in Title Case like a page heading", () => {
    const h = "Iran to Maintain Military Presence in Syria: Official";
    const r = cleanArticle(`${h}\n${BODY}`);
    expect(r.furniture).toContainEqual(expect.objectContaining({ kind: "headline", text: h }));
    expect(r.blocks.map((b) => b.text)).toEqual([BODY]);
  });

  it("keeps a paragraph of several sentences that ends without a full stop", () => {
    const p =
      "The flag features a blue silhouette of the peninsula. It was most recently used at the 2006 Winter Games in Turin, Italy";
    const r = cleanArticle(`${BODY}\n${p}`);
    expect(r.blocks.map((b) => b.text)).toEqual([BODY, p]);
  });

  it("keeps a repeated paragraph once", () => {
    const other = "The agreement covers the reconstruction of Syria's military industries.";
    const r = cleanArticle(`${BODY}\n${other}\n${BODY}`);
    expect(r.blocks.map((b) => b.text)).toEqual([BODY, other]);
    expect(r.furniture.map((f) => f.kind)).toEqual(["repeat"]);
  });

  it("does not set aside an ordinary paragraph", () => {
    const r = cleanArticle(BODY);
    expect(r.furniture).toEqual([]);
    expect(r.blocks).toHaveLength(1);
  });
});

describe("cleanArticle dateline", () => {
  const text =
    "TEHRAN/LONDON (Dispatches) -- Iran will help rebuild Syria's army, its defence minister said.\nSecond paragraph is here with more words.";
  const r = cleanArticle(text);

  it("reads the source and place", () => {
    expect(r.dateline?.source).toBe("Dispatches");
    expect(r.dateline?.place).toBe("TEHRAN/LONDON");
  });

  it("starts the first block after the dateline", () => {
    expect(r.blocks[0]!.text.startsWith("Iran will help")).toBe(true);
  });

  it("keeps offsets: every block's text is text.slice(start, end)", () => {
    const full = `2 min read\n  ${text}\n27 August, 2018\n${BODY}\n${BODY}`;
    const all = cleanArticle(full);
    expect(all.blocks.length).toBe(3);
    for (const b of [...all.blocks, ...all.furniture]) expect(b.text).toBe(full.slice(b.start, b.end));
    for (const b of r.blocks) expect(b.text).toBe(text.slice(b.start, b.end));
  });
});
