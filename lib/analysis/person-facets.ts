import { describe, splitOf, type Discrepancy, type Item, type Label, type Located } from "./compare";
import type { Claim } from "./extract";
import { sameHolder } from "./units";

/** Something an outlet says of a named person beside the name: a home, a party, a relation, a nationality. */
export interface PersonFacet {
  /** The person's name key. */
  holder: string;
  /** The person as the claim names it. */
  holderText: string;
  /** Where the facet is written in the article (the row's cells mark it). */
  start: number;
  end: number;
}

/** How one kind of facet is compared and shown. */
export interface FacetKind<T extends PersonFacet> {
  /** The discrepancy's measure, and its detail's first word ("home" → "home of Ana Ruiz: …"). */
  measure: string;
  /** The facets a claim gives, read from `at.claim` alone (facetsOf keeps them per claim). */
  of: (at: Located) => T[];
  /** Whether two facets of one person, from two outlets, cannot both be right. */
  differ: (a: Item<T>, b: Item<T>) => boolean;
  /**
   * Whether two facets in two rows cannot both be right (facet-rows.ts), when that needs more than `differ`: what
   * a row's other sentence settles (whose "his" is) is unknown across rows. `differ` when not given.
   */
  differApart?: (a: Item<T>, b: Item<T>) => boolean;
  /** A facet as shown, and (optionally) what makes two written forms one value. */
  shown: (f: T) => string;
  key?: (f: T) => string;
  /** Show only the person's facets in conflict with another, not those that may hold them ("of Queens"). */
  onlyInConflict?: boolean;
}

// Each kind's facets of each claim, read once: a claim is asked by its row and again by the facet rows.
const read = new WeakMap<object, WeakMap<Claim, PersonFacet[]>>();

/** The facets of one kind that a member's claim gives (kind.of), read once per claim. */
export function facetsOf<T extends PersonFacet>(kind: FacetKind<T>, at: Located): T[] {
  let byClaim = read.get(kind);
  if (!byClaim) read.set(kind, (byClaim = new WeakMap()));
  let facets = byClaim.get(at.claim) as T[] | undefined;
  if (!facets) byClaim.set(at.claim, (facets = kind.of(at)));
  return facets;
}

/**
 * The first person of a row given two facets of one kind by two outlets, as an "entity" discrepancy. `differ` is the
 * kind's own test unless another is given (facet-rows.ts compares facets of two rows with `differApart`).
 */
export function facetConflict<T extends PersonFacet>(
  members: Located[],
  label: Label,
  kind: FacetKind<T>,
  differ: FacetKind<T>["differ"] = kind.differ,
): Discrepancy | null {
  const items: Array<Item<T>> = members.flatMap((at) => facetsOf(kind, at).map((item) => ({ item, at })));
  const apart = (a: Item<T>, b: Item<T>) =>
    a.at.ref.article !== b.at.ref.article && sameHolder(a.item.holder, b.item.holder) && differ(a, b);
  for (const a of items)
    for (const b of items) {
      if (a.at.ref.article >= b.at.ref.article || !apart(a, b)) continue;
      const values = splitOf(
        items.filter(
          (i) => sameHolder(i.item.holder, a.item.holder) && (!kind.onlyInConflict || items.some((j) => apart(i, j))),
        ),
        kind.shown,
        kind.key,
      );
      return {
        kind: "entity",
        detail: `${kind.measure} of ${a.item.holderText}: ${describe(values, label)}`,
        values,
        basis: { holder: a.item.holderText, measure: kind.measure, signals: { entity: 1 } },
      };
    }
  return null;
}
