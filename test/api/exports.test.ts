/**
 * The exports (matrix CSV and JSON, a claim's JSON-LD) against a real, throwaway SQLite database: the route handlers
 * themselves, called with real requests. What they hold is checked against the page's own reads (the rows the matrix
 * shows, the stored article texts), and nothing an editor wrote privately may appear in any of them.
 */
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { NextRequest } from "next/server";
import { providerOf } from "@/lib/env";
import { RETRY_AFTER_SECONDS } from "@/lib/db-errors";
import { databaseOutage } from "../system/outage";
import { createTestDatabase } from "./fresh-database";

const removeDatabase = createTestDatabase();
const { GET: csvRoute } = await import("@/app/stories/[slug]/matrix.csv/route");
const { GET: jsonRoute } = await import("@/app/stories/[slug]/matrix.json/route");
const { GET: jsonLdRoute } = await import("@/app/claims/[id]/claim.jsonld/route");
const { db } = await import("@/lib/db");
const { ingestArticles, mergeGroups } = await import("@/lib/stories/mutations");
const { getStoryMatrix } = await import("@/lib/stories/data");
const { storyFlags, openFlag, updateFlag } = await import("@/lib/editors/flags");
const { createUser } = await import("@/lib/editors/users");
const { COMMAND_LINE } = await import("@/lib/editors/actor");
const { parseMatrixParams, viewRows } = await import("@/lib/stories/view");
const { LONG_COLUMNS, WIDE_COLUMNS, CSV_JOIN } = await import("@/lib/stories/export-csv");
type MatrixExport = import("@/lib/stories/export").MatrixExport;
type ClaimJsonLd = import("@/lib/stories/json-ld").ClaimJsonLd;

const SEED = "iran-syria-2018";
const TRICKY = "tricky-2024";
const NOTE = "Private: checked with the ministry's press office, do not publish";
const EDITOR = { email: "quiet.editor@example.org", name: "Quentin Quiet" };

const seed = JSON.parse(readFileSync("seeds/iran-syria-2018/bundle.json", "utf8")) as {
  articles: Array<Record<string, unknown>>;
};
// Outlet names and sentences a CSV writer gets wrong: right-to-left script, a formula, commas, quotes, line breaks.
const tricky = [
  {
    outlet: "الجزيرة",
    title: "فيضان",
    url: "https://aljazeera.example/flood",
    publishedAt: "2024-03-04",
    text: 'Officials in Testville said on Monday that 12 bridges were closed after the flood, calling it "a disaster, plain and simple".\n\nThe mayor, Jane Roe, told reporters the city would reopen them within 5 days.',
  },
  {
    outlet: '=HYPERLINK("http://evil.example","Daily")',
    publishedAt: "2024-03-05",
    text: 'Officials in Testville said on Tuesday that 14 bridges were closed after the flood.\n\nThe mayor, Jane Roe, told reporters the city would reopen them within 5 days.\n\n+1 more reporters, "quoted", asked whether the dam held.',
  },
];

let editor = { id: "", label: EDITOR.email, role: "editor" as const };

beforeAll(async () => {
  await ingestArticles(
    db,
    seed.articles.map((a) => ({
      ...a,
      story: { slug: SEED, title: "Iran and Syria sign military cooperation deal" },
    })) as never,
  );
  await ingestArticles(
    db,
    tricky.map((a) => ({ ...a, story: { slug: TRICKY, title: "A flood, reported twice" } })) as never,
  );
  const user = await createUser(db, COMMAND_LINE, {
    email: EDITOR.email,
    name: EDITOR.name,
    password: "correct horse battery",
    role: "editor",
  });
  editor = { ...editor, id: user.id };
  // Flags with notes on the seed's first conflict: one on the row, one on an outlet's cell; one settled.
  const story = (await getStoryMatrix(db, SEED))!;
  const conflict = story.groups.find((g) => g.discrepancies.length)!;
  const rowFlag = await openFlag(db, editor, { groupId: conflict.id, reason: "contradiction-confirmed", note: NOTE });
  await openFlag(db, editor, {
    groupId: conflict.id,
    articleId: conflict.cells[0]!.articleId,
    reason: "misattributed",
    note: NOTE,
  });
  await updateFlag(db, editor, { flagId: rowFlag.id, status: "resolved", note: `${NOTE} (resolved)` });
});

afterAll(async () => {
  await db.$disconnect();
  removeDatabase();
});

const get = (route: typeof csvRoute, path: string, params: Record<string, string>) =>
  route(new NextRequest(`http://localhost${path}`), { params: Promise.resolve(params) } as never);
const csv = (slug: string, query = "") => get(csvRoute, `/stories/${slug}/matrix.csv${query}`, { slug });
const json = (slug: string, query = "") => get(jsonRoute, `/stories/${slug}/matrix.json${query}`, { slug });
const jsonLd = (id: string) => get(jsonLdRoute as never, `/claims/${id}/claim.jsonld`, { id });
const readCsv = (text: string): string[][] => parse(text, { bom: true });
/** What the CSV holds for a text field: csv-stringify's formula guard prefixes an apostrophe. */
const spreadsheet = (s: string) => (/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(s) ? `'${s}` : s);

describe("answers", () => {
  const cases: Array<{
    name: string;
    call: () => Promise<Response>;
    status: number;
    type: RegExp;
    disposition?: RegExp;
  }> = [
    {
      name: "wide CSV",
      call: () => csv(SEED),
      status: 200,
      type: /^text\/csv; charset=utf-8/,
      disposition: /^attachment; filename="iran-syria-2018-matrix-wide\.csv"$/,
    },
    {
      name: "long CSV",
      call: () => csv(SEED, "?layout=long"),
      status: 200,
      type: /^text\/csv/,
      disposition: /filename="iran-syria-2018-matrix-long\.csv"/,
    },
    {
      name: "filtered CSV",
      call: () => csv(SEED, "?show=discrepancies&kind=date"),
      status: 200,
      type: /^text\/csv/,
      disposition: /filename="iran-syria-2018-matrix-wide-discrepancies-kind-date\.csv"/,
    },
    {
      name: "malformed view params fall back, as on the page",
      call: () => csv(SEED, "?show=bogus&sort=up&page=-1"),
      status: 200,
      type: /^text\/csv/,
    },
    { name: "unknown layout", call: () => csv(SEED, "?layout=tall"), status: 422, type: /^application\/json/ },
    { name: "CSV of an unknown story", call: () => csv("no-such-story"), status: 404, type: /^application\/json/ },
    { name: "CSV of a malformed slug", call: () => csv("%E0%A4%A"), status: 404, type: /^application\/json/ },
    {
      name: "JSON",
      call: () => json(SEED, "?sort=story"),
      status: 200,
      type: /^application\/json; charset=utf-8/,
      disposition: /filename="iran-syria-2018-matrix-story-order\.json"/,
    },
    { name: "JSON of an unknown story", call: () => json("no-such-story"), status: 404, type: /^application\/json/ },
    {
      name: "JSON-LD of an unknown claim",
      call: () => jsonLd("g-no-such-row"),
      status: 404,
      type: /^application\/json/,
    },
    { name: "JSON-LD of a malformed id", call: () => jsonLd("%"), status: 404, type: /^application\/json/ },
  ];
  it.each(cases)("$name: $status", async ({ call, status, type, disposition }) => {
    const res = await call();
    expect(res.status).toBe(status);
    expect(res.headers.get("content-type")).toMatch(type);
    if (disposition) expect(res.headers.get("content-disposition")).toMatch(disposition);
    if (status >= 400) expect(((await res.json()) as { error: string }).error).toBeTruthy();
  });

  it("names the fields of a refused layout", async () => {
    expect(await (await csv(SEED, "?layout=tall")).json()).toMatchObject({
      fieldErrors: { layout: [expect.stringContaining("wide")] },
    });
  });
});

describe("a view's rows are the page's rows, in the page's order, every page", () => {
  const queries = [
    "",
    "?show=discrepancies",
    "?kind=date",
    "?show=sole",
    "?sort=story",
    "?show=sole&sort=story",
    "?flag=reviewed",
    "?flag=open",
    "?flag=unflagged",
    "?page=2&focus=x",
  ];

  it.each(queries)("%s", async (query) => {
    const story = (await getStoryMatrix(db, SEED))!;
    const view = parseMatrixParams(Object.fromEntries(new URLSearchParams(query)));
    const onPage = viewRows(story, view, await storyFlags(db, story.id)).map((g) => g.id);
    if (query === "?show=discrepancies") expect(onPage.length).toBeGreaterThan(1);

    const wide = readCsv(await (await csv(SEED, query)).text());
    expect(wide.slice(1).map((r) => r[1])).toEqual(onPage);
    const long = readCsv(await (await csv(SEED, `${query ? `${query}&` : "?"}layout=long`)).text());
    expect([...new Set(long.slice(1).map((r) => r[1]))]).toEqual(onPage);
    const data = (await (await json(SEED, query)).json()) as MatrixExport;
    expect(data.rows.map((r) => r.id)).toEqual(onPage);
  });

  it("with an outlet filter too", async () => {
    const story = (await getStoryMatrix(db, SEED))!;
    const outlet = story.articles.at(-1)!.id;
    const onPage = viewRows(story, parseMatrixParams({ outlet }), await storyFlags(db, story.id)).map((g) => g.id);
    expect(onPage.length).toBeLessThan(story.groups.length);
    expect(
      readCsv(await (await csv(SEED, `?outlet=${outlet}`)).text())
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(onPage);
  });
});

describe("what the files hold", () => {
  for (const slug of [SEED, TRICKY]) {
    it(`${slug}: the wide CSV reads back to the JSON, row by row and outlet by outlet`, async () => {
      const data = (await (await json(slug)).json()) as MatrixExport;
      const [header, ...rows] = readCsv(await (await csv(slug)).text());
      expect(header).toEqual([...WIDE_COLUMNS, ...data.outlets.map((o) => spreadsheet(o.label))]);
      expect(rows).toHaveLength(data.rows.length);
      data.rows.forEach((r, i) => {
        const row = rows[i]!;
        expect(row).toHaveLength(header!.length);
        expect(row.slice(0, 5)).toEqual([String(r.position), r.id, r.permalink, r.kind, spreadsheet(r.claim)]);
        expect(row[7]).toBe(String(r.soleSource));
        data.outlets.forEach((o, k) => {
          const quotes = r.cells.filter((c) => c.articleId === o.id).map((c) => c.quote);
          expect(row[WIDE_COLUMNS.length + k], `${r.id} × ${o.label}`).toBe(spreadsheet(quotes.join(CSV_JOIN)));
        });
      });
    });

    it(`${slug}: every long CSV row quotes its article exactly, at its offsets`, async () => {
      const [header, ...rows] = readCsv(await (await csv(slug, "?layout=long")).text());
      expect(header).toEqual([...LONG_COLUMNS]);
      const col = (name: string) => header!.indexOf(name);
      const texts = new Map(
        (await db.article.findMany({ select: { id: true, text: true } })).map((a) => [a.id, a.text]),
      );
      expect(rows.length).toBeGreaterThan(2);
      for (const r of rows) {
        const text = texts.get(r[col("article_id")]!)!;
        expect(spreadsheet(text.slice(Number(r[col("start")]), Number(r[col("end")])))).toBe(r[col("quote")]);
      }
    });
  }

  it("the tricky story's outlets, Arabic and formula alike, come through as written (guarded in CSV only)", async () => {
    const data = (await (await json(TRICKY)).json()) as MatrixExport;
    expect(data.outlets.map((o) => o.label)).toEqual(tricky.map((a) => a.outlet));
    const [header, ...rows] = readCsv(await (await csv(TRICKY, "?layout=long")).text());
    const outlets = new Set(rows.map((r) => r[header!.indexOf("outlet")]));
    expect(outlets).toEqual(new Set(["الجزيرة", `'${tricky[1]!.outlet}`]));
    const quotes = rows.map((r) => r[header!.indexOf("quote")]!);
    expect(quotes.some((q) => q.includes('"a disaster, plain and simple"'))).toBe(true);
  });

  it("a conflicting seed row states its values per cell", async () => {
    const data = (await (await json(SEED, "?kind=date")).json()) as MatrixExport;
    const row = data.rows.find((r) => r.discrepancies.some((d) => d.values.some((v) => v.value === "Saturday")))!;
    const [header, ...rows] = readCsv(await (await csv(SEED, "?kind=date&layout=long")).text());
    const dates = rows.filter((r) => r[1] === row.id).map((r) => r[header!.indexOf("date_value")]);
    expect(new Set(dates.filter(Boolean))).toEqual(
      new Set(row.cells.flatMap((c) => c.states.filter((s) => s.kind === "date").map((s) => s.value))),
    );
    expect(dates).toContain("Saturday");
  });
});

describe("privacy", () => {
  it("no export holds an editor's note, name or email; flags show reason, status and date only", async () => {
    const story = (await getStoryMatrix(db, SEED))!;
    const flagged = story.groups.find((g) => g.discrepancies.length)!;
    const bodies = await Promise.all([
      csv(SEED).then((r) => r.text()),
      csv(SEED, "?layout=long").then((r) => r.text()),
      csv(SEED, "?flag=open&layout=long").then((r) => r.text()),
      json(SEED).then((r) => r.text()),
      jsonLd(flagged.id).then((r) => r.text()),
    ]);
    for (const body of bodies) {
      expect(body).toContain("contradiction-confirmed");
      expect(body).toContain("misattributed");
      for (const secret of [
        "ministry's press office",
        "Private:",
        EDITOR.name,
        EDITOR.email,
        "createdBy",
        '"note"',
        '"events"',
      ])
        expect(body).not.toContain(secret);
    }
    const data = JSON.parse(bodies[3]!) as MatrixExport;
    const row = data.rows.find((r) => r.id === flagged.id)!;
    expect(row.flagState).toBe("open");
    for (const f of row.flags)
      expect(Object.keys(f).sort()).toEqual(["articleId", "id", "reason", "status", "updatedAt"]);
    expect(row.flags.map((f) => `${f.reason}/${f.status}`).sort()).toEqual([
      "contradiction-confirmed/resolved",
      "misattributed/open",
    ]);
  });
});

describe("a claim's JSON-LD", () => {
  it("is a schema.org Claim naming every outlet that carries it, with the discrepancy between them", async () => {
    const story = (await getStoryMatrix(db, SEED))!;
    const row = story.groups.find((g) => g.discrepancies.some((d) => d.kind === "date"))!;
    const res = await jsonLd(row.id);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/ld+json");
    const doc = (await res.json()) as ClaimJsonLd;
    expect(doc["@type"]).toBe("Claim");
    expect(doc["@id"]).toBe(`http://localhost/claims/${row.id}`);
    const carriers = story.articles.filter((a) => row.coverage.articles.includes(a.id)).map((a) => a.label);
    expect(doc.appearance.map((a) => a.publisher.name)).toEqual(carriers);
    expect(doc.appearance.flatMap((a) => a.hasPart.map((q) => q.text)).sort()).toEqual(
      row.cells.map((c) => c.text).sort(),
    );
    expect(doc.discrepancy.map((d) => d.discrepancyKind)).toEqual(row.discrepancies.map((d) => d.kind));
  });

  it("of a merged row redirects (307) to the row it joined, like the permalink page", async () => {
    const story = (await getStoryMatrix(db, TRICKY))!;
    const [target, source] = story.groups.filter((g) => g.kind === "claim");
    await mergeGroups(db, editor, { sourceGroupId: source!.id, targetGroupId: target!.id });
    const res = await jsonLd(source!.id);
    expect(res.status).toBe(307);
    expect(res.headers.get("location")).toBe(`http://localhost/claims/${target!.id}/claim.jsonld`);
    expect((await jsonLd(target!.id)).status).toBe(200);
  });
});

// On PostgreSQL the outage stops the test server, which other test files share: the system test covers that engine
// (test/system/database-outage.test.ts).
describe.skipIf(providerOf(process.env.DATABASE_URL!) === "postgresql")("while the database is away", () => {
  it("every export answers 503 with Retry-After, logs the outage once, and answers again when it is back", async () => {
    const story = (await getStoryMatrix(db, SEED))!;
    const row = story.groups[0]!;
    const exports: Array<[string, () => Promise<Response>]> = [
      ["CSV", () => csv(SEED, "?layout=long")],
      ["JSON", () => json(SEED)],
      ["JSON-LD", () => jsonLd(row.id)],
    ];
    const outage = databaseOutage(process.env.DATABASE_URL!);
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    await outage.start();
    try {
      for (const [name, call] of exports) {
        const res = await call();
        expect(res.status, name).toBe(503);
        expect(res.headers.get("retry-after"), name).toBe(String(RETRY_AFTER_SECONDS));
        expect(res.headers.get("cache-control"), name).toBe("no-store");
        expect(await res.json(), name).toEqual({
          error: expect.stringMatching(/^the database is unavailable or busy/),
        });
      }
    } finally {
      await outage.end();
    }
    const lines = logged.mock.calls.map((c) => String(c[0]));
    logged.mockRestore();
    expect(
      lines.filter((l) => l.startsWith("database unavailable")),
      lines.join("\n"),
    ).toHaveLength(1);
    for (const [name, call] of exports) expect((await call()).status, name).toBe(200);
  });
});
