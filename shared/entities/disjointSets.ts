/** Union-find over numbered items, with path compression. */
export class DisjointSets {
  readonly parent: Uint32Array;

  constructor(count: number) {
    this.parent = new Uint32Array(count);
    for (let index = 0; index < count; index += 1) this.parent[index] = index;
  }

  find(index: number): number {
    let root = index;
    while (this.parent[root] !== root) root = this.parent[root] as number;
    while (this.parent[index] !== root) {
      const next = this.parent[index] as number;
      this.parent[index] = root;
      index = next;
    }
    return root;
  }

  /** Joins the two sets under the first one's root; false when they already were one. */
  union(a: number, b: number): boolean {
    const rootA = this.find(a);
    const rootB = this.find(b);
    if (rootA === rootB) return false;
    this.parent[rootB] = rootA;
    return true;
  }
}
