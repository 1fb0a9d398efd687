// Precision, recall and F1 from counts, and the table row both evaluations print.

export interface ClassScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export function score(tp: number, fp: number, fn: number): ClassScore {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Counts of one class. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Each class's score from its counts, and the overall score from their sums (micro-averaged). */
export function scoreClasses<K extends string>(counts: Record<K, Counts>): { classes: Record<K, ClassScore>; overall: ClassScore } {
  const keys = Object.keys(counts) as K[];
  const classes = Object.fromEntries(keys.map((c) => [c, score(counts[c].tp, counts[c].fp, counts[c].fn)])) as Record<K, ClassScore>;
  const total = keys.reduce((a, c) => ({ tp: a.tp + counts[c].tp, fp: a.fp + counts[c].fp, fn: a.fn + counts[c].fn }), { tp: 0, fp: 0, fn: 0 });
  return { classes, overall: score(total.tp, total.fp, total.fn) };
}

export const SCORE_HEADER = 'class     precision  recall     F1     tp    fp    fn';

/** A ratio as a percentage with one decimal, right-aligned in five characters. */
export const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** One row under SCORE_HEADER. */
export function scoreRow(name: string, s: ClassScore): string {
  return `${name.padEnd(9)} ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
}
