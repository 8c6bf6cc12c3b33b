// Intervals for shares and for the difference between two shares. Small samples and shares near 0 or
// 1 are the normal case for a new shop's holdout, where the textbook "p ± 1.96·SE" interval is badly
// wrong (it can even leave 0..1); Wilson's score interval and Newcombe's hybrid of it are not.

export const Z_95 = 1.959963984540054;

export interface Interval {
  lower: number;
  upper: number;
}

/** Wilson score interval for `successes` out of `n`; null when n is 0. */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

export interface DifferenceEstimate extends Interval {
  /** p1 - p2 */
  difference: number;
}

/**
 * Newcombe's hybrid score interval (method 10 in Newcombe 1998, "Interval estimation for the
 * difference between independent proportions") for p1 - p2.
 */
export function newcombeDifference(x1: number, n1: number, x2: number, n2: number, z = Z_95): DifferenceEstimate | null {
  const a = wilsonInterval(x1, n1, z);
  const b = wilsonInterval(x2, n2, z);
  if (!a || !b) return null;
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const difference = p1 - p2;
  return {
    difference,
    lower: difference - Math.sqrt((p1 - a.lower) ** 2 + (b.upper - p2) ** 2),
    upper: difference + Math.sqrt((a.upper - p1) ** 2 + (p2 - b.lower) ** 2),
  };
}
