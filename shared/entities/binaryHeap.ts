/** A max-heap of numbered items by priority (the largest first), for greedy clustering. */
export class MaxHeap {
  private readonly priorities: number[] = [];
  private readonly items: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: number, priority: number): void {
    this.items.push(item);
    this.priorities.push(priority);
    let index = this.items.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      if ((this.priorities[parent] as number) >= priority) break;
      this.swap(index, parent);
      index = parent;
    }
  }

  /** The item with the largest priority and that priority; undefined when empty. */
  pop(): { item: number; priority: number } | undefined {
    const count = this.items.length;
    if (count === 0) return undefined;
    const top = { item: this.items[0] as number, priority: this.priorities[0] as number };
    const lastItem = this.items.pop() as number;
    const lastPriority = this.priorities.pop() as number;
    if (count > 1) {
      this.items[0] = lastItem;
      this.priorities[0] = lastPriority;
      let index = 0;
      for (;;) {
        const left = 2 * index + 1;
        const right = left + 1;
        let largest = index;
        if (left < count - 1 && (this.priorities[left] as number) > (this.priorities[largest] as number)) largest = left;
        if (right < count - 1 && (this.priorities[right] as number) > (this.priorities[largest] as number)) largest = right;
        if (largest === index) break;
        this.swap(index, largest);
        index = largest;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b] as number, this.items[a] as number];
    [this.priorities[a], this.priorities[b]] = [this.priorities[b] as number, this.priorities[a] as number];
  }
}
