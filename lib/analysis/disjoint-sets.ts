/**
 * Disjoint sets over 0..n-1 (union-find), for the three places the analysis joins items into components: sentences
 * into rows (align.ts), values into fact slots and quotes into quote rows (facts.ts). Which root a union keeps is the
 * caller's choice (`join(root, other)`): the callers keep per-root data (the articles a row holds) on the root they
 * name. `find` halves paths as it goes, iteratively, so a long chain cannot overflow the stack.
 */
export class DisjointSets {
  private readonly parent: Int32Array;

  constructor(readonly size: number) {
    this.parent = Int32Array.from({ length: size }, (_, i) => i);
  }

  find(x: number): number {
    const p = this.parent;
    while (p[x] !== x) x = p[x] = p[p[x]!]!;
    return x;
  }

  /** Puts the set of root `other` under root `root`; both must be roots (`find`'s answers). */
  join(root: number, other: number): void {
    this.parent[other] = root;
  }

  /** The components, each in index order, in the order of their first index. */
  components(): number[][] {
    const byRoot = new Map<number, number[]>();
    for (let i = 0; i < this.size; i++) {
      const r = this.find(i);
      let c = byRoot.get(r);
      if (!c) byRoot.set(r, (c = []));
      c.push(i);
    }
    return [...byRoot.values()];
  }
}
