/**
 * The invented two-outlet stories of two-outlet.txt as stories to analyse: read by `npm run probes` (scripts/probes.ts),
 * which reports which hold, and by lib/analysis/version.test.ts, which hashes their analyses.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import type { StoryBundle } from "../../lib/analysis/schema";

const FILE = path.resolve(import.meta.dirname, "two-outlet.txt");

/** Each outlet's key sentence is followed by two sentences of its own, so that a story is more than one pair. */
const CONTEXT = [
  ["Officials gave few other details on Wednesday.", "The investigation is continuing, a spokesman said."],
  ["Residents described scenes of confusion.", "More information is expected later in the week."],
];

export interface Probe {
  group: string;
  name: string;
  want: "agree" | "aligned" | RegExp[];
  a: string;
  b: string;
}

export function readProbes(text = readFileSync(FILE, "utf8")): Probe[] {
  const probes: Probe[] = [];
  let group = "";
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.startsWith("## ")) group = line.slice(3);
    if (!line.includes(" :: ")) continue;
    const [name, want] = line.split(" :: ") as [string, string];
    probes.push({
      group,
      name,
      want:
        want === "agree" || want === "aligned"
          ? want
          : want.split(" ; ").map((p) => (p.endsWith(" (i)") ? new RegExp(p.slice(0, -4), "i") : new RegExp(p))),
      a: lines[i + 1]!,
      b: lines[i + 2]!,
    });
  }
  return probes;
}

/** The probe as a story of two articles, each its outlet's sentence and two of context. */
export function probeBundle(p: Probe): StoryBundle {
  return {
    articles: [p.a, p.b].map((sentence, i) => ({
      outlet: i ? "Beta Times" : "Alpha News",
      publishedAt: "2024-03-14",
      text: [sentence, ...CONTEXT[i]!].join(" "),
    })),
  };
}
