// clsx, not cn: the matrix's rows render on the client too (components/matrix/matrix-rows.tsx), and no caller passes a
// class that conflicts with these, so tailwind-merge need not be in that bundle.
import { clsx } from "clsx";
import type { Segment } from "@/lib/stories/row-values";

// Full class names, so Tailwind's scanner sees each one. Each colour also has its own underline style, so values
// stay apart for readers who cannot tell the colours apart.
const COLOUR_CLASS = [
  "bg-value-1 decoration-solid",
  "bg-value-2 decoration-double",
  "bg-value-3 decoration-dotted",
  "bg-value-4 decoration-dashed",
  "bg-value-5 decoration-wavy",
  "bg-value-6 decoration-solid",
];

export function colourClass(colour: number): string {
  return COLOUR_CLASS[colour % COLOUR_CLASS.length]!;
}

/** A value swatch for legends and split summaries. */
export function ValueSwatch({ colour, className }: { colour: number; className?: string }) {
  return (
    <span
      aria-hidden
      className={clsx("inline-block size-3 shrink-0 rounded-sm border border-ink/30", colourClass(colour), className)}
    />
  );
}

/** Text with its differing values marked; the value's name is in the title for a pointer and in the mark for AT. */
export function HighlightedText({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((s, i) =>
        // Plain runs are bare text: a large matrix has thousands of them, and each element costs in the HTML and in
        // the React payload.
        s.value === undefined ? (
          s.text
        ) : (
          <mark
            key={i}
            data-value={s.value}
            title={`States: ${s.value}`}
            className={clsx("value-mark", colourClass(s.colour ?? 0))}
          >
            {s.text}
          </mark>
        ),
      )}
    </>
  );
}
