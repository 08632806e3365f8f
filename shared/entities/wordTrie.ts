/**
 * Word sequences (legal-form spellings, abbreviations, prefixes) looked up without building
 * strings: a trie over words, read forwards from a start or backwards from an end.
 */
interface TrieNode<T> {
  value?: T;
  readonly children: Map<string, TrieNode<T>>;
}

export class WordTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map() };

  constructor(private readonly backwards: boolean) {}

  /** Adds a sequence unless already present (the first value stays). */
  add(words: readonly string[], value: T): void {
    let node = this.root;
    const ordered = this.backwards ? [...words].reverse() : words;
    for (const word of ordered) {
      let child = node.children.get(word);
      if (!child) {
        child = { children: new Map() };
        node.children.set(word, child);
      }
      node = child;
    }
    if (node.value === undefined) node.value = value;
  }

  /**
   * The longest sequence found at `at` (the first word when forwards, the last when backwards),
   * using at most `limit` words; its length and value.
   */
  longest(words: readonly string[], at: number, limit: number): { length: number; value: T } | undefined {
    let node: TrieNode<T> | undefined = this.root;
    let best: { length: number; value: T } | undefined;
    for (let step = 0; step < limit; step += 1) {
      const word = words[this.backwards ? at - step : at + step];
      if (word === undefined) break;
      node = node.children.get(word);
      if (!node) break;
      if (node.value !== undefined) best = { length: step + 1, value: node.value };
    }
    return best;
  }
}
