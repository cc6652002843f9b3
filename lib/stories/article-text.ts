/**
 * An article's text as paragraphs of plain runs and claim runs, by the claims' offsets into the text. The runs are
 * slices of the original text, so what the page shows is exactly what was ingested.
 */

export interface ClaimSpan {
  id: string;
  start: number;
  end: number;
}

export interface TextRun<C extends ClaimSpan> {
  text: string;
  start: number;
  /** The claim this run belongs to. */
  claim?: C;
  /** The claim's first run, which carries its anchor (a claim split over two paragraphs has two runs). */
  first?: boolean;
}

export interface Paragraph<C extends ClaimSpan> {
  start: number;
  end: number;
  runs: Array<TextRun<C>>;
}

/** Paragraph extents: lines of the text, blank lines and surrounding whitespace left out. */
export function paragraphExtents(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (!body) continue;
    const start = m.index + lead;
    out.push({ start, end: start + body.length });
  }
  return out;
}

export function articleParagraphs<C extends ClaimSpan>(text: string, claims: C[]): Array<Paragraph<C>> {
  // Claims the text cannot hold, or that overlap an earlier claim, are left out rather than drawn twice.
  const spans: C[] = [];
  for (const c of [...claims].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (c.start < 0 || c.end > text.length || c.end <= c.start) continue;
    const last = spans[spans.length - 1];
    if (last && c.start < last.end) continue;
    spans.push(c);
  }
  const anchored = new Set<string>();
  let k = 0;
  return paragraphExtents(text).map(({ start, end }) => {
    const runs: Array<TextRun<C>> = [];
    let at = start;
    while (k < spans.length && spans[k]!.end <= start) k++;
    for (let j = k; j < spans.length && spans[j]!.start < end; j++) {
      const c = spans[j]!;
      const s = Math.max(c.start, start);
      const e = Math.min(c.end, end);
      if (s > at) runs.push({ text: text.slice(at, s), start: at });
      runs.push({ text: text.slice(s, e), start: s, claim: c, first: !anchored.has(c.id) });
      anchored.add(c.id);
      at = e;
    }
    if (at < end) runs.push({ text: text.slice(at, end), start: at });
    return { start, end, runs };
  });
}
