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

export const SCORE_HEADER = 'class     precision  recall     F1     tp    fp    fn';

/** A ratio as a percentage with one decimal, right-aligned in five characters. */
export const pct = (x: number): string => (100 * x).toFixed(1).padStart(5);

/** One row under SCORE_HEADER. */
export function scoreRow(name: string, s: ClassScore): string {
  return `${name.padEnd(9)} ${pct(s.precision)}    ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(5)} ${String(s.fp).padStart(5)} ${String(s.fn).padStart(5)}`;
}
