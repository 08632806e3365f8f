/**
 * How much agreeing on a word says: the rarer the word among the names (or addresses) at hand,
 * the more (inverse document frequency). TRADING or ROAD say little, HUAXIN or a postcode a lot.
 * Built once from the documents being compared; a word never seen weighs as much as the rarest.
 */
export class TokenWeights {
  private readonly frequencies = new Map<string, number>();
  private readonly weights = new Map<string, number>();
  private lists = new WeakMap<readonly string[], Float64Array>();
  private documents = 0;
  /** Cached weights are out of date once a document is added. */
  private stale = false;

  /** Counts each distinct word of a document once. */
  add(words: Iterable<string>): void {
    this.documents += 1;
    this.stale = true;
    for (const word of new Set(words)) this.frequencies.set(word, (this.frequencies.get(word) ?? 0) + 1);
  }

  private refresh(): void {
    if (!this.stale) return;
    this.weights.clear();
    this.lists = new WeakMap();
    this.stale = false;
  }

  /** log(1 + N / df): about 0.7 for a word in every document, up to log(1 + N) for a unique one. */
  weight(word: string): number {
    this.refresh();
    let weight = this.weights.get(word);
    if (weight === undefined) {
      const frequency = Math.max(1, this.frequencies.get(word) ?? 1);
      weight = Math.log(1 + Math.max(1, this.documents) / frequency);
      this.weights.set(word, weight);
    }
    return weight;
  }

  /** The weights of a word list, computed once per list. */
  weightsOf(words: readonly string[]): Float64Array {
    this.refresh();
    let weights = this.lists.get(words);
    if (!weights) {
      weights = Float64Array.from(words, (word) => this.weight(word));
      this.lists.set(words, weights);
    }
    return weights;
  }

  static from(documents: Iterable<Iterable<string>>): TokenWeights {
    const weights = new TokenWeights();
    for (const document of documents) weights.add(document);
    return weights;
  }
}
