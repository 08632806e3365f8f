/** A benchmark of `npm run bench`: named, self-describing, printing figures and ratios. */
export interface BenchmarkOptions {
  /** Lines of generated manifest data to use (benchmarks that take data). */
  readonly lines: number;
  readonly seed: number;
  /** Directory for generated inputs, reused between runs with the same seed and size. */
  readonly workDir: string;
}

export interface BenchmarkFigure {
  readonly name: string;
  readonly value: number;
  readonly unit: string;
  /** The goal, when the tracker sets one, and whether it is an upper or a lower bound. */
  readonly goal?: { readonly bound: 'max' | 'min'; readonly value: number };
}

export interface Benchmark {
  readonly id: string;
  readonly title: string;
  readonly defaultLines: number;
  run(options: BenchmarkOptions, log: (line: string) => void): Promise<readonly BenchmarkFigure[]>;
}

export function meetsGoal(figure: BenchmarkFigure): boolean | undefined {
  if (!figure.goal) return undefined;
  return figure.goal.bound === 'max' ? figure.value <= figure.goal.value : figure.value >= figure.goal.value;
}
