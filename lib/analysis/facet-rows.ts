import type { Discrepancy, Item, Label, Located } from "./compare";
import { DisjointSets } from "./disjoint-sets";
import { rowMembers, wholeSentence, type FactRow } from "./facts";
import { HOMES } from "./homes";
import { KIN } from "./kin";
import { NATIONALITIES } from "./nationalities";
import { PARTIES } from "./parties";
import { SPEAKER_TITLES } from "./titles";
import { facetConflict, facetsOf, type FacetKind, type PersonFacet } from "./person-facets";
import { isNamedHolder, sameHolder } from "./units";

/**
 * Facet rows: what outlets say of one named person beside the name (a home, a party, a relation, a nationality),
 * compared wherever alignment put the sentences. "Ann Hale, a Democrat, said …" and "Hale, a Republican, voted …"
 * state two different facts, so no row holds both, yet one person has one party. A row of those sentences shows the
 * conflict, as charge rows do for one person's charges. Two facets in one row are that row's own discrepancy
 * (groups.ts).
 *
 * Not titles: a title changes with time, and a row of background ("As president, Senator Obama will …", said in a
 * campaign) is of another time than the story's. Sentences of one row tell of one time; sentences of two rows need not.
 * Only the titles quotes' frames give their speakers are compared across rows (titles.ts SPEAKER_TITLES).
 */
export function findFacetRows(
  groups: Located[][],
  label: Label,
  left: (at: Located, measure: string) => boolean = () => false,
): FactRow[] {
  return [
    ...facetRows(groups, label, left, HOMES),
    ...facetRows(groups, label, left, PARTIES),
    ...facetRows(groups, label, left, KIN),
    ...facetRows(groups, label, left, NATIONALITIES),
    ...facetRows(groups, label, left, SPEAKER_TITLES),
  ];
}

function facetRows<T extends PersonFacet>(
  groups: Located[][],
  label: Label,
  left: (at: Located, measure: string) => boolean,
  kind: FacetKind<T>,
): FactRow[] {
  const items: Array<Item<T> & { group: number }> = [];
  groups.forEach((members, group) => {
    for (const at of members)
      if (!left(at, kind.measure))
        for (const item of facetsOf(kind, at)) if (isNamedHolder(item.holder)) items.push({ item, at, group });
  });
  if (items.length < 2) return [];
  const differ = kind.differApart ?? kind.differ;
  // One person's facets, by name; a conflict between two of them in two rows makes a row.
  const sets = new DisjointSets(items.length);
  const clash = new Set<number>();
  for (let i = 0; i < items.length; i++)
    for (let j = i + 1; j < items.length; j++) {
      const [a, b] = [items[i]!, items[j]!];
      if (!sameHolder(a.item.holder, b.item.holder)) continue;
      const [x, y] = [sets.find(i), sets.find(j)];
      if (x !== y) sets.join(x, y);
      if (a.group !== b.group && a.at.ref.article !== b.at.ref.article && differ(a, b)) clash.add(i);
    }
  // A conflict a row shows already, between the same values, is not shown again (outlets that agree with one side
  // in other rows add nothing a reader needs).
  const shownInRow = (d: Discrepancy, inGroups: number[]) =>
    [...new Set(inGroups)].some((g) => {
      const own = facetConflict(groups[g]!, label, kind);
      const values = new Set(own?.values.map((v) => v.value));
      return !!own && d.values.every((v) => values.has(v.value));
    });
  const rows: FactRow[] = [];
  for (const component of sets.components()) {
    if (!component.some((i) => clash.has(i))) continue;
    const members = rowMembers(component.map((i) => items[i]!.at));
    const discrepancy = facetConflict(members, label, kind, differ);
    if (
      !discrepancy ||
      shownInRow(
        discrepancy,
        component.map((i) => items[i]!.group),
      )
    )
      continue;
    const clauses = new Map(members.map((m) => [m.claim.key, wholeSentence(m.claim)]));
    rows.push({ kind: "number", members, clauses, discrepancies: [discrepancy], measure: kind.measure, row: -1 });
  }
  return rows;
}
