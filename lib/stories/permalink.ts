import type { GroupView } from "./data";
import type { FlagReason } from "../editors/flag-labels";
import { KIND_LABEL } from "./row-values";
import { NO_VERDICT, type RowVerdict } from "./verdicts";

/**
 * The words a claim permalink is shared with: its headline ("Date conflict: Saturday vs Sunday vs Monday") and a
 * description that says who says what. Both go into <title>, Open Graph and the preview image, so they must read
 * well out of context and stay short.
 */

type LabelOf = (articleId: string) => string;

/** Cuts at a word boundary and adds an ellipsis; whitespace runs collapse first. */
export function truncate(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = flat[max - 1] === " " ? cut.length : cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.\-–—]+$/, "")}…`;
}

const list = (labels: string[]) => labels.join(", ");

/** The outlets that carry the row on their own, not as a word-for-word copy of another carrier. */
export function originalCarriers(group: Pick<GroupView, "coverage">): string[] {
  const copies = new Set(group.coverage.copies.map((c) => c.article));
  return group.coverage.articles.filter((a) => !copies.has(a));
}

/** The row's first statement, for rows whose outlets agree. */
function firstStatement(group: Pick<GroupView, "cells">): string {
  return group.cells[0]?.text ?? "";
}

/** "Saturday (2) · Sunday (1) · Monday (1)": each value with how many outlets state it. */
export function splitLine(d: Pick<GroupView["discrepancies"][number], "kind" | "values">): string {
  return d.values.map((v) => `${truncate(v.value, d.kind === "quote" ? 40 : 48)} (${v.articles.length})`).join(" · ");
}

/** What a discrepancy is about: the analysis's subject, or its kind for rows stored before subjects were. */
export const subjectOf = (d: Pick<GroupView["discrepancies"][number], "kind" | "subject">): string =>
  d.subject ?? KIND_LABEL[d.kind];

/** A row's headline in the matrix, and whether the analysis named it or it is the row's own words. */
export interface RowHeadline {
  text: string;
  /** "subject": what the analysis says the row is about; "words": the leading words of its first statement. */
  source: "subject" | "words";
}

/** How long a row's own words run as its headline: a line of the matrix's first column, two on a phone. */
const HEADLINE_WORDS = 56;

/**
 * What a matrix row is about, in a line: its first discrepancy's subject ("Date of Amir Hatami's visit"), else what
 * the analysis found its outlets state alike ("Death toll"; lib/analysis/subject.ts agreedSubject), else the leading
 * words of its first statement as the outlet wrote them (the page sets them as a quotation, apart from a subject). Most
 * rows without a discrepancy get the words: the analysis names few of them, on purpose.
 */
export function rowHeadline(group: Pick<GroupView, "discrepancies" | "subject" | "cells">): RowHeadline {
  const d = group.discrepancies[0];
  if (d) return { text: subjectOf(d), source: "subject" };
  if (group.subject) return { text: group.subject, source: "subject" };
  return { text: truncate(group.cells[0]?.text ?? "", HEADLINE_WORDS), source: "words" };
}

/** What the editors decided, as the headline and the description say it. */
const DISMISSED_AS: Partial<Record<FlagReason, string>> = {
  "not-a-contradiction": "not a contradiction",
  "extraction-error": "an extraction error",
};

/**
 * "Date of Amir Hatami's visit: Saturday (2) · Sunday (1) · Monday (1)" for a conflict; with editors' verdict, what
 * they decided ("… — confirmed by editors", "Date of Amir Hatami's visit: not a contradiction, editors decided").
 */
export function claimHeadline(
  group: Pick<GroupView, "discrepancies" | "soleSource" | "coverage" | "cells">,
  labelOf: LabelOf,
  verdict: RowVerdict = NO_VERDICT,
): string {
  const d = group.discrepancies[0];
  if (d) {
    if (verdict.state === "dismissed")
      return `${subjectOf(d)}: ${DISMISSED_AS[verdict.reason!] ?? "dismissed"}, editors decided`;
    const more = group.discrepancies.length > 1 ? ` (+${group.discrepancies.length - 1} more)` : "";
    return `${subjectOf(d)}: ${splitLine(d)}${more}${verdict.state === "confirmed" ? " — confirmed by editors" : ""}`;
  }
  const carriers = group.coverage.articles;
  if (group.soleSource || carriers.length <= 1)
    return `Only ${list(originalCarriers(group).map(labelOf)) || "one outlet"} reports this`;
  return `${carriers.length} outlets agree`;
}

/**
 * "Source A, Dispatches say Saturday; Source C, Source D say Sunday; Source D says Monday." for a conflict, led by
 * what editors decided when they did; "5 outlets agree: …" or "Only Source E reports: …" otherwise.
 */
export function claimDescription(
  group: Pick<GroupView, "discrepancies" | "soleSource" | "coverage" | "cells">,
  labelOf: LabelOf,
  max = 300,
  verdict: RowVerdict = NO_VERDICT,
): string {
  if (group.discrepancies.length) {
    const sentences = group.discrepancies.map((d) =>
      d.values
        .map((v) => {
          const who = v.articles.map(labelOf);
          return `${list(who)} ${who.length === 1 ? "says" : "say"} ${truncate(v.value, 90)}`;
        })
        // "… says at 10:15 a.m." ends its sentence with the value's own full stop, not a second one.
        .join("; ")
        .replace(/(?<!\.)$/, "."),
    );
    const lead =
      verdict.state === "dismissed"
        ? verdict.reason === "extraction-error"
          ? "Editors reviewed this and found an extraction error: the outlets do not disagree. As read:"
          : "Editors reviewed this and decided it is not a contradiction. As read:"
        : verdict.state === "confirmed"
          ? "Editors confirmed the contradiction."
          : "";
    return truncate([lead, ...sentences].filter(Boolean).join(" "), max);
  }
  const carriers = group.coverage.articles;
  const statement = firstStatement(group);
  if (group.soleSource || carriers.length <= 1)
    return truncate(`Only ${list(originalCarriers(group).map(labelOf)) || "one outlet"} reports: ${statement}`, max);
  return truncate(`${carriers.length} outlets agree: ${statement}`, max);
}

export interface DiffSides {
  /** Outlets whose wording is the diff's first text (op -1 parts are only theirs). */
  first: string[];
  /** Outlets whose wording is the diff's second text (op 1 parts). */
  second: string[];
}

const loose = (s: string) =>
  s
    .normalize("NFKC")
    .replace(/["'“”‘’«»„]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();

/**
 * Which outlets a quote diff's two sides stand for. The analysis diffs two wordings, and its values list every
 * wording (two spellings of one wording are two values), so each value goes to the side whose text it matches; the
 * first and second values are the fallback.
 */
export function diffSides(d: Pick<GroupView["discrepancies"][number], "values" | "diff">): DiffSides {
  const diff = d.diff ?? [];
  const firstText = loose(
    diff
      .filter(([op]) => op <= 0)
      .map(([, t]) => t)
      .join(""),
  );
  const secondText = loose(
    diff
      .filter(([op]) => op >= 0)
      .map(([, t]) => t)
      .join(""),
  );
  const first = new Set<string>();
  const second = new Set<string>();
  for (const v of d.values) {
    const text = loose(v.value);
    const into = text === firstText ? first : text === secondText ? second : null;
    for (const a of v.articles) into?.add(a);
  }
  if (!first.size) for (const a of d.values[0]?.articles ?? []) first.add(a);
  if (!second.size) for (const a of d.values[1]?.articles ?? []) if (!first.has(a)) second.add(a);
  return { first: [...first], second: [...second] };
}
