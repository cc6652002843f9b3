import { ImageResponse } from "next/og";
import { latinOnly } from "@/lib/latin-text";
import type { ClaimGroupPage } from "@/lib/stories/data";
import { REASON_LABEL } from "@/lib/editors/flag-labels";
import { claimDescription, claimHeadline, originalCarriers, subjectOf, truncate } from "@/lib/stories/permalink";
import { NO_VERDICT, type RowVerdict } from "@/lib/stories/verdicts";
import { splitOf, valueColours } from "@/lib/stories/row-values";

/** The preview image of a claim permalink (Open Graph and Twitter cards): 1200×630, drawn by next/og. */
export const CARD_SIZE = { width: 1200, height: 630 };

// next/og cannot read the CSS tokens; these are the hex values of --color-* in app/globals.css.
const INK = "#1c1917";
const MUTED = "#57534e";
const LINE = "#e7e5e4";
const PAPER = "#fafaf9";
const ACCENT = "#1d4ed8";
const CONFLICT = "#b91c1c";
const CONFLICT_SOFT = "#fef2f2";
const SOLE = "#7c3aed";
const SOLE_SOFT = "#f5f3ff";
const VALUE = ["#fde68a", "#a5f3fc", "#f9a8d4", "#bbf7d0", "#ddd6fe", "#fed7aa"];

// Every string drawn goes through here: a character outside Latin-1 would make next/og fetch a font (see lib/latin-text).
const t = (text: string, max: number, fallback = "") => truncate(latinOnly(text, fallback), max);

export function claimCardImage(found: ClaimGroupPage | null, verdict: RowVerdict = NO_VERDICT): ImageResponse {
  if (!found)
    return new ImageResponse(
      <Frame
        story="Newscompare"
        badge={{ text: "Not found", fg: MUTED, bg: LINE }}
        body={<Sentence text="This claim is not in any story." />}
      />,
      { ...CARD_SIZE, status: 404 },
    );
  const { group, story } = found;
  const labels = new Map(story.articles.map((a) => [a.id, a.label]));
  const labelOf = (id: string) => labels.get(id) ?? "an outlet";
  const split = splitOf(group, valueColours(group));
  const first = split[0];
  const dismissed = first && verdict.state === "dismissed";
  const body = first ? (
    <SplitBody
      group={group}
      first={first}
      dismissed={!!dismissed}
      sentence={splitSentence(group, split, labelOf, verdict)}
    />
  ) : (
    <AgreedBody group={group} labelOf={labelOf} />
  );
  return new ImageResponse(
    <Frame story={t(story.title, 68, "A news story")} badge={cardBadge(group, split, verdict)} body={body} />,
    CARD_SIZE,
  );
}

type Group = ClaimGroupPage["group"];
type Split = ReturnType<typeof splitOf>;
type Badge = { text: string; fg: string; bg: string };

/** What editors decided leads the card, as it leads the page's title and description. */
function cardBadge(group: Group, split: Split, verdict: RowVerdict): Badge {
  const first = split[0];
  const kinds = [...new Set(split.map((d) => d.label))].join(" + ");
  return first && verdict.state === "dismissed"
    ? { text: `${REASON_LABEL[verdict.reason!]} · editors' review`, fg: MUTED, bg: LINE }
    : first
      ? {
          text: verdict.state === "confirmed" ? `${kinds} · confirmed by editors` : kinds,
          fg: CONFLICT,
          bg: CONFLICT_SOFT,
        }
      : group.soleSource || group.coverage.articles.length <= 1
        ? { text: "Sole source", fg: SOLE, bg: SOLE_SOFT }
        : { text: `${group.coverage.articles.length} outlets agree`, fg: ACCENT, bg: "#eff6ff" };
}

/** The description says who says what; when that is too long for the card (quotes), who against whom. */
function splitSentence(group: Group, split: Split, labelOf: (id: string) => string, verdict: RowVerdict): string {
  const first = split[0];
  const described = latinOnly(claimDescription(group, labelOf, 400, verdict));
  return described.length <= 170
    ? described
    : first && verdict.state === "dismissed"
      ? verdict.reason === "extraction-error"
        ? "Editors found an extraction error: the outlets do not disagree."
        : "Editors reviewed this and decided it is not a contradiction."
      : t(
          `${first?.parts.map((p) => p.articles.map(labelOf).join(", ")).join(" vs ")}: ${split.length > 1 ? `${split.length} discrepancies` : "different versions"}.`,
          170,
        );
}

/** A row with discrepancies: its subject, the first split's values with their counts, and the sentence. */
function SplitBody({
  group,
  first,
  dismissed,
  sentence,
}: {
  group: Group;
  first: Split[number];
  dismissed: boolean;
  sentence: string;
}) {
  const quote = first.kind === "quote";
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 18 }}>
      <div
        style={{
          display: "flex",
          fontSize: 36,
          fontWeight: 700,
          lineHeight: 1.2,
          color: dismissed ? MUTED : INK,
          textDecoration: dismissed ? "line-through" : "none",
        }}
      >
        {t(subjectOf(group.discrepancies[0]!), 70, first.label)}
      </div>
      <div style={{ display: "flex", flexWrap: "wrap", gap: 12, opacity: dismissed ? 0.6 : 1 }}>
        {first.parts.slice(0, quote ? 3 : 6).map((p) => (
          <ValuePill key={p.value} part={p} quote={quote} many={first.parts.length > 3} />
        ))}
      </div>
      <Sentence text={sentence} />
    </div>
  );
}

function ValuePill({ part: p, quote, many }: { part: Split[number]["parts"][number]; quote: boolean; many: boolean }) {
  return (
    <div
      style={{
        display: "flex",
        alignItems: "center",
        gap: 14,
        maxWidth: "100%",
        padding: "8px 18px",
        borderRadius: 12,
        background: VALUE[p.colour % VALUE.length],
        border: `2px solid ${INK}33`,
      }}
    >
      <div
        style={{
          display: "flex",
          flexShrink: 1,
          fontSize: quote ? 28 : many ? 30 : 38,
          lineHeight: 1.25,
          color: INK,
        }}
      >
        {t(p.value, quote ? 110 : 36, "?")}
      </div>
      <div
        style={{
          display: "flex",
          flexShrink: 0,
          fontSize: 26,
          color: INK,
          background: "#ffffffcc",
          borderRadius: 999,
          padding: "2px 14px",
        }}
      >
        {p.count} {p.count === 1 ? "outlet" : "outlets"}
      </div>
    </div>
  );
}

/** A row the outlets agree on (or one outlet carries): its statement and who reports it. */
function AgreedBody({ group, labelOf }: { group: Group; labelOf: (id: string) => string }) {
  const statement = t(group.cells[0]?.text ?? "", 180);
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: 24 }}>
      <div style={{ display: "flex", fontSize: 40, lineHeight: 1.3, color: INK }}>
        {statement ? `"${statement}"` : t(claimHeadline(group, labelOf), 120)}
      </div>
      <Sentence
        text={
          !statement
            ? "Its words are in a script this card cannot draw; follow the link to read them."
            : group.soleSource || group.coverage.articles.length <= 1
              ? t(`Only ${originalCarriers(group).map(labelOf).join(", ")} reports this.`, 150)
              : t(`Reported by ${group.coverage.articles.map(labelOf).join(", ")}.`, 150)
        }
      />
    </div>
  );
}

function Frame({ story, badge, body }: { story: string; badge: Badge; body: React.ReactNode }) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        width: "100%",
        height: "100%",
        padding: "56px 64px",
        background: PAPER,
        color: INK,
        borderTop: `12px solid ${badge.fg}`,
      }}
    >
      <div style={{ display: "flex", flexDirection: "column", gap: 22 }}>
        <div style={{ display: "flex", fontSize: 30, color: MUTED, lineHeight: 1.3 }}>{story}</div>
        <div style={{ display: "flex" }}>
          <div
            style={{
              display: "flex",
              fontSize: 30,
              color: badge.fg,
              background: badge.bg,
              border: `2px solid ${badge.fg}55`,
              borderRadius: 10,
              padding: "6px 18px",
              textTransform: "uppercase",
              letterSpacing: 1,
            }}
          >
            {badge.text}
          </div>
        </div>
      </div>
      {body}
      <div
        style={{
          display: "flex",
          justifyContent: "space-between",
          fontSize: 24,
          color: MUTED,
          borderTop: `2px solid ${LINE}`,
          paddingTop: 18,
        }}
      >
        <div style={{ display: "flex", color: ACCENT }}>Newscompare</div>
        <div style={{ display: "flex" }}>How outlets report the same story, claim by claim</div>
      </div>
    </div>
  );
}

function Sentence({ text }: { text: string }) {
  return <div style={{ display: "flex", fontSize: 30, lineHeight: 1.35, color: MUTED }}>{text}</div>;
}
