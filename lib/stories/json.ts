/**
 * Shapes of the JSON columns, written by mutations.ts and read by data.ts. Article and claim references are ids,
 * never positions, so they stay true when the story grows.
 *
 * Each shape is a zod schema and its type is the schema's: the rows are read through `storedValue`, which checks them
 * once per story version (data.ts caches the parsed matrix by version), so a page never renders a row that the types
 * promise and the database does not hold. Shapes the analysis declares (lib/analysis stays free of zod) are described
 * here again, and `Same` below makes the compiler hold the two declarations to each other.
 */
import { z } from "zod";
import type * as Stored from "../generated/prisma/enums";
import type { Analysis, GroupOverride } from "../analysis/analyze";
import type { Attribution, Source } from "../analysis/attribution";
import type { Dateline, Furniture } from "../analysis/clean";
import type { DiscrepancyBasis } from "../analysis/compare";
import type { ArticleExtraction, Claim } from "../analysis/extract";
import { DISCREPANCY_KINDS, FLAG_SIGNALS } from "../analysis/kinds";

const ids = z.array(z.string());

export const coverageSchema = z.object({
  articles: ids,
  /** Carriers that are not word-for-word reprints of another carrier. */
  independent: z.number(),
  copies: z.array(z.object({ article: z.string(), of: z.string() })),
});
export type CoverageJson = z.infer<typeof coverageSchema>;

export const discrepancyValueSchema = z.object({
  value: z.string(),
  articles: ids,
  claims: ids,
  /** Where each claim writes the value (article offsets), for highlighting. */
  spans: z.array(z.object({ claim: z.string(), start: z.number(), end: z.number() })),
});
export type DiscrepancyValueJson = z.infer<typeof discrepancyValueSchema>;
export const discrepancyValuesSchema = z.array(discrepancyValueSchema);

/** A quote's word-level diff: [op, text], op -1 (only in the first), 0 (both), 1 (only in the second). */
export const diffSchema = z.array(z.tuple([z.number(), z.string()])).nullable();

/**
 * What a discrepancy rests on, as the analysis gives it (holder, event, measure and the signals it weighed). A signal
 * the code does not know is a broken row, as an unknown kind is: only the analysis writes them, and every write of a
 * story re-runs it, so a renamed signal reaches the stored rows with the story's next write or `npm run reanalyze`.
 */
export const discrepancyBasisSchema = z.object({
  holder: z.string().optional(),
  event: z.string().optional(),
  measure: z.string().optional(),
  signals: z.partialRecord(z.enum(FLAG_SIGNALS), z.number()),
});
export type DiscrepancyBasisJson = z.infer<typeof discrepancyBasisSchema>;
/** Discrepancy.basis, null where the analysis gives none. One instance: a schema built per value is compiled anew. */
export const storedBasisSchema = discrepancyBasisSchema.nullable();

export const discrepancyKindSchema = z.enum(DISCREPANCY_KINDS);

export const variantSchema = z.object({
  key: z.string(),
  forms: z.array(z.object({ form: z.string(), articles: ids })),
});
export type VariantJson = z.infer<typeof variantSchema>;
export const variantsSchema = z.array(variantSchema);

/** The analysis's summary, stored as it is (counts only, no references). */
export const storySummarySchema = z.object({
  articles: z.number(),
  claims: z.number(),
  groups: z.number(),
  discrepancies: z.number(),
  soleSource: z.number(),
  words: z.number(),
});
export type StorySummaryJson = z.infer<typeof storySummarySchema>;

/**
 * Story.terms: how often each content term occurs in the story's articles (placement.ts). Checked in place, not by
 * z.record, which copies the map key by key: placement reads the terms of up to 200 stories for every article that
 * names no story, and z.record took 40-56 ms of the request thread for 200 maps of the seed's size (386 terms);
 * this loop takes 4-7 ms.
 */
export const termCountsSchema = z.custom<Record<string, number>>(isTermCounts, "not a map of term counts");

function isTermCounts(v: unknown): boolean {
  if (!isObject(v)) return false;
  for (const k in v as Record<string, unknown>) if (typeof (v as Record<string, unknown>)[k] !== "number") return false;
  return true;
}

const sourceSchema = z.object({ text: z.string(), key: z.string().nullable(), named: z.boolean() }).nullable();
/** Claim.attribution: who a claim credits and through whom, as extracted. */
export const attributionSchema = z.object({ speaker: sourceSchema, channel: sourceSchema });

// ClaimGroup.kind and status, Discrepancy.kind, GroupOverride.kind and FlagEvent.action are enum columns
// (prisma/schema.prisma): the client types them and refuses an unknown value on read, and PostgreSQL on write. The
// checks at the end of this file hold the enums to the analysis's own unions.

/** GroupOverride.kind: an editor's merge, split, dismissal or leave (analyze.ts GroupOverride). */
export type OverrideKind = Stored.OverrideKind;

/**
 * Article.extraction: its top level is checked, each claim only for being an object. A schema of the whole would
 * repeat every type of extract.ts, quantity.ts, time.ts and entities.ts, and could not be strict: the shape depends on
 * the row's extractionVersion by design (decision 016). Rows of version 0 lack `units` and `lemmas`, which the
 * analysis reads with `?? []`, and after a rollback the code reads rows of a newer version for what it knows of them;
 * so it would be a union over versions that the next bump must extend. The column is also the largest a story has
 * (megabytes for a story of 500 articles), read by every write that finds the story changed. What keeps its insides
 * right is that only `extractArticle` writes it and the row records which version did (EXTRACTION_VERSION, its digest
 * test and the re-extraction at setup); what this catches is a column that is not an extraction at all (hand edits, a
 * migration's mistake, another program's rows). Unknown top-level keys are kept: a newer version may add one.
 */
const extractionTop = z.object({
  referenceDate: z.string().nullable(),
  dateline: z.custom<Dateline>(isObject).nullable(),
  furniture: z.array(z.custom<Furniture>(isObject)),
  claims: z.array(z.custom<Claim>(isObject)),
  words: z.number(),
});
export const extractionSchema = extractionTop.loose();

function isObject(v: unknown): boolean {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Where a stored value was read from: its table (the Prisma model), its column and its row's id. */
export interface StoredAt {
  table: string;
  column: string;
  id: string;
}

/**
 * A stored value checked against the schema of its column. The application writes every one of these columns, so a
 * value that fails is a broken row, not a client's mistake: a plain Error (a logged 500) that names the row, so that
 * whoever reads the log can find it, instead of a page that renders half of it or throws somewhere deeper.
 */
export function storedValue<S extends z.ZodType>(schema: S, value: unknown, at: StoredAt): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .slice(0, 3)
    .map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message))
    .join("; ");
  throw new Error(`broken row in ${at.table}.${at.column}, id ${JSON.stringify(at.id)}: ${issues}`, {
    cause: parsed.error,
  });
}

// The compiler holds each schema above to the analysis's declaration of the same shape: a field added to one and not
// the other fails the typecheck here.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(): T => true as T;
same<Same<DiscrepancyBasisJson, DiscrepancyBasis>>();
same<Same<StorySummaryJson, Analysis["summary"]>>();
same<Same<z.infer<typeof attributionSchema>, Attribution>>();
same<Same<NonNullable<z.infer<typeof sourceSchema>>, Source>>();
same<Same<Stored.GroupKind, Analysis["groups"][number]["kind"]>>();
same<Same<Stored.DiscrepancyKind, z.infer<typeof discrepancyKindSchema>>>();
same<Same<Stored.OverrideKind, GroupOverride["kind"]>>();
same<Same<z.infer<typeof extractionTop>, ArticleExtraction>>();
