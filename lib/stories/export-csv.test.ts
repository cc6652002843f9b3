import { describe, expect, it } from "vitest";
import { ORIGIN, A, B, C, formulaStarts, articles, exportOf, readCsv, guarded } from "../../test/export-story";
import { LONG_COLUMNS, longCsv, outletColumnNames, WIDE_COLUMNS, wideCsv } from "./export-csv";

describe("wide CSV", () => {
  const text = wideCsv(exportOf());
  const [header, ...rows] = readCsv(text);

  it("is UTF-8 with a byte order mark and CRLF between records", () => {
    expect(text.startsWith("\uFEFFposition,")).toBe(true);
    expect(text.split("\r\n")[0]).toBe(
      `\uFEFF${header!.map((h) => (/[",\n]/.test(h) ? `"${h.replaceAll('"', '""')}"` : h)).join(",")}`,
    );
  });

  it("has the fixed columns, then one column per outlet with unique names, guarded against formulas", () => {
    expect(header).toEqual([...WIDE_COLUMNS, "Source A", "claim (2)", "الجزيرة", guarded("=cmd|' /C calc'!A0")]);
  });

  it("reads back every row and column", () => {
    const flagsText = "contradiction-confirmed (resolved, 2026-11-20) | claim: extraction-error (open, 2026-11-20)";
    expect(rows).toEqual([
      [
        "1",
        "g-date",
        `${ORIGIN}/claims/g-date`,
        "claim",
        A.said,
        "date | quote",
        'dated Saturday (Source A) vs Sunday (claim, الجزيرة) | the quote differs: "we will go" vs "we go"',
        "false",
        "3",
        "open",
        flagsText,
        "confirmed",
        "Date of Amir Hatami's visit | ",
        "0.82 | ",
        A.said,
        `${B.first} | ${B.second}`,
        C.said,
        "",
      ],
      [
        "2",
        "g-agree",
        `${ORIGIN}/claims/g-agree`,
        "claim",
        A.agree,
        "",
        "",
        "false",
        "2",
        "",
        "",
        "",
        "",
        "",
        A.agree,
        B.agree,
        "",
        "",
      ],
      [
        "3",
        "f-sole",
        `${ORIGIN}/claims/f-sole`,
        "fact",
        guarded(C.sole),
        "",
        "",
        "true",
        "1",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        guarded(C.sole),
        "",
      ],
      [
        "4",
        "g-formulas",
        `${ORIGIN}/claims/g-formulas`,
        "claim",
        guarded(formulaStarts[0]!),
        "",
        "",
        "true",
        "1",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        guarded(formulaStarts.join(" | ")),
      ],
    ]);
  });
});

describe("long CSV", () => {
  const [header, ...rows] = readCsv(longCsv(exportOf()));
  const col = (name: (typeof LONG_COLUMNS)[number]) => header!.indexOf(name);

  it("has one row per cell, in the view's order, each with every column", () => {
    expect(header).toEqual([...LONG_COLUMNS]);
    expect(rows.map((r) => `${r[col("row_id")]}/${r[col("claim_id")]}`)).toEqual([
      "g-date/ca1",
      "g-date/cb1",
      "g-date/cb2",
      "g-date/cc1",
      "g-agree/ca2",
      "g-agree/cb3",
      "f-sole/cc2",
      ...formulaStarts.map((_, i) => `g-formulas/cd${i}`),
    ]);
    for (const r of rows) expect(r).toHaveLength(LONG_COLUMNS.length);
  });

  it("reads back a conflicting cell: quote, offsets, the values it states, copy, flags", () => {
    const byClaim = new Map(
      rows.map((r) => [r[col("claim_id")], Object.fromEntries(header!.map((h, i) => [h, r[i]]))]),
    );
    expect(byClaim.get("ca1")).toEqual({
      position: "1",
      row_id: "g-date",
      row_kind: "claim",
      outlet: "Source A",
      article_id: "a",
      article_url: "https://a.example/visit",
      article_page: `${ORIGIN}/articles/a#claim-ca1`,
      claim_id: "ca1",
      quote: A.said,
      start: "10",
      end: String(10 + A.said.length),
      date_value: "Saturday",
      number_value: "",
      entity_value: "",
      quote_value: "we will go",
      attribution_value: "",
      statement_value: "",
      copy_of: "",
      sole_source: "false",
      row_flag_state: "open",
      row_flags: "contradiction-confirmed (resolved, 2026-11-20)",
      cell_flags: "",
      permalink: `${ORIGIN}/claims/g-date`,
      verdict: "confirmed",
      discrepancy_subject: "Date of Amir Hatami's visit | ",
      discrepancy_confidence: "0.82 | ",
    });
    expect(byClaim.get("cb1")).toMatchObject({
      outlet: "claim",
      article_url: "",
      quote: B.first,
      date_value: "Sunday",
      quote_value: "",
      cell_flags: "extraction-error (open, 2026-11-20)",
    });
    expect(byClaim.get("cb2")).toMatchObject({
      quote: guarded(B.second),
      start: "300",
      cell_flags: "extraction-error (open, 2026-11-20)",
    });
    expect(byClaim.get("cc1")).toMatchObject({
      outlet: "الجزيرة",
      quote: C.said,
      date_value: "Sunday",
      copy_of: "Source A",
      cell_flags: "",
    });
    expect(byClaim.get("cc2")).toMatchObject({
      row_kind: "fact",
      quote: guarded(C.sole),
      sole_source: "true",
      row_flag_state: "",
      date_value: "",
      // A row without discrepancies: no verdict, subject or confidence, whatever the analysis named the row.
      verdict: "",
      discrepancy_subject: "",
      discrepancy_confidence: "",
    });
    expect(byClaim.get("cd0")).toMatchObject({ outlet: guarded(articles[3]!.label) });
  });

  it("guards every formula start, and gives back the original text after the apostrophe", () => {
    const quotes = rows.filter((r) => r[col("row_id")] === "g-formulas").map((r) => r[col("quote")]!);
    expect(quotes).toEqual(formulaStarts.map(guarded));
    expect(quotes.map((q) => q.slice(1))).toEqual(formulaStarts);
  });

  it("leaves numbers unguarded", () => {
    expect(rows.every((r) => /^\d+$/.test(r[col("start")]!) && /^\d+$/.test(r[col("end")]!))).toBe(true);
  });
});

describe("outlet column names", () => {
  it("makes outlet column names unique against each other and the fixed columns", () => {
    expect(outletColumnNames(["A", "A", "claim", "A (2)", "A"])).toEqual([
      "A",
      "A (2)",
      "claim (2)",
      "A (2) (2)",
      "A (3)",
    ]);
  });
});
