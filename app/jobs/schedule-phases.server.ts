// Where in its interval each periodic job runs. Every runner used to start all of them at boot, so the jobs that share
// an interval (the minute's three sweeps) ran at the same instant, every interval, on every instance: one burst of
// database work that requests arriving just then waited behind. Spread evenly over the interval instead, and counted
// from the Unix epoch, so every instance and every restart keeps the same phases (decision 0025).

export interface PeriodicJob {
  name: string;
  /** How often it runs, as the runner schedules it (after the demo's cap). */
  everyMs: number;
}

/**
 * Each job's phase: milliseconds after the start of its interval (intervals counted from the Unix epoch). The jobs of
 * one interval are spread evenly over it in name order, each in the middle of its share, so none runs on the
 * boundary where the jobs of shorter intervals that divide it also run.
 */
export function schedulePhases(jobs: readonly PeriodicJob[]): Map<string, number> {
  const byInterval = new Map<number, string[]>();
  for (const job of jobs) {
    if (!Number.isInteger(job.everyMs) || job.everyMs <= 0) throw new Error(`job ${job.name}: everyMs must be a positive whole number of ms, not ${job.everyMs}`);
    byInterval.set(job.everyMs, [...(byInterval.get(job.everyMs) ?? []), job.name]);
  }
  const phases = new Map<string, number>();
  for (const [everyMs, names] of byInterval) {
    names.sort();
    names.forEach((name, i) => phases.set(name, Math.floor(((i + 0.5) * everyMs) / names.length)));
  }
  return phases;
}

/** When a job of this interval and phase is next due, strictly after `now` (ms since the epoch). */
export function nextRunAt(now: number, everyMs: number, phaseMs: number): number {
  const due = Math.floor(now / everyMs) * everyMs + phaseMs;
  return due > now ? due : due + everyMs;
}
