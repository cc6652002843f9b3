import type { Charge } from "./charges";
import { describe, splitOf, type Discrepancy, type Located } from "./compare";
import { DisjointSets } from "./disjoint-sets";
import { rowMembers, wholeSentence, type FactRow } from "./facts";
import { isNamedHolder, sameHolder } from "./units";

/**
 * Charge rows: one person's charge (or plea) as each outlet names it, wherever alignment put the sentences ("has
 * been charged in her murder" / "was charged with vehicular manslaughter, criminally negligent homicide …").
 * Statements of one act about one holder are one charge; two that name no crime in common disagree, and one that
 * names fewer crimes than another does not (a count of manslaughter agrees with the full list). Both holders must be
 * named ("a man" and "his wife" charged with different things are two people, as "Jackson" and "the Jacksons" are),
 * or described by one noun in one row.
 */
export function findChargeRows(
  groups: Located[][],
  keptIndex: number[],
  label: (a: number) => string,
  left: (at: Located, measure: string) => boolean = () => false,
): FactRow[] {
  interface C {
    at: Located;
    group: number;
    charge: Charge;
  }
  const charges: C[] = [];
  groups.forEach((members, group) => {
    for (const at of members)
      if (!left(at, "charge")) for (const charge of at.claim.charges ?? []) charges.push({ at, group, charge });
  });
  if (charges.length < 2) return [];
  // Holders described alike in one row ("the driver was charged with murder" / "the driver … with manslaughter")
  // are one person: the row is one statement about them.
  const describedAlike = (a: C, b: C) =>
    a.group === b.group && !!a.charge.holder?.startsWith("~") && a.charge.holder === b.charge.holder;
  const oneCharge = (a: C, b: C) =>
    a.charge.act === b.charge.act &&
    a.at.claim.key !== b.at.claim.key &&
    ((isNamedHolder(a.charge.holder) &&
      isNamedHolder(b.charge.holder) &&
      sameHolder(a.charge.holder, b.charge.holder)) ||
      describedAlike(a, b));
  // Joined pair by pair, never two named holders that differ in one row (a wife's plea is not her husband's).
  const sets = new DisjointSets(charges.length);
  const names = charges.map((c) => new Set([c.charge.holder ?? ""].filter(isNamedHolder)));
  for (let i = 0; i < charges.length; i++)
    for (let j = i + 1; j < charges.length; j++) {
      if (!oneCharge(charges[i]!, charges[j]!)) continue;
      const [a, b] = [sets.find(i), sets.find(j)];
      if (a === b || [...names[a]!].some((h) => [...names[b]!].some((k) => !sameHolder(h, k)))) continue;
      sets.join(a, b);
      for (const h of names[b]!) names[a]!.add(h);
    }
  const rows: FactRow[] = [];
  for (const comp of sets.components().map((c) => c.map((i) => charges[i]!))) {
    const clash = comp.some((a) => comp.some((b) => a !== b && oneCharge(a, b) && disjoint(a.charge, b.charge)));
    if (!clash) continue;
    const members = rowMembers(comp.map((c) => c.at));
    const values = splitOf(
      comp.map((c) => ({ item: c.charge, at: c.at })),
      (c) => c.crimes.join(", "),
    );
    const discrepancy: Discrepancy = {
      kind: "statement",
      detail: `${comp[0]!.charge.act === "plea" ? "pleaded guilty to" : "charged with"}: ${describe(values, label)}`,
      values,
      basis: {
        ...namedAs(comp),
        event: comp[0]!.charge.act === "plea" ? "plead" : "charge",
        signals: { contrast: 1, lexical: 1 },
      },
    };
    const clauses = new Map(members.map((m) => [m.claim.key, wholeSentence(m.claim)]));
    const inGroups = new Set(comp.map((c) => c.group));
    const row = inGroups.size === 1 ? keptIndex[[...inGroups][0]!]! : -1;
    rows.push({ kind: "number", members, clauses, discrepancies: [discrepancy], measure: "charge", row });
  }
  return rows;
}

/** Two charges that name no crime in common. */
const disjoint = (a: Charge, b: Charge) =>
  !a.additional && !b.additional && !a.crimes.some((c) => b.crimes.includes(c));

/** The holder as one of the sentences writes it, from a clause about that holder ("Tom Reed Jr."), for the row's title. */
function namedAs(comp: Array<{ at: Located; charge: Charge }>): { holder?: string } {
  for (const { at, charge } of comp) {
    const u = charge.fact !== undefined ? at.claim.units?.[charge.fact] : undefined;
    if (u?.holderText && u.holder === charge.holder) return { holder: u.holderText };
  }
  return {};
}
