/**
 * The ranks to label on a rank axis running from 1 to `worst`: every rank up to ten, otherwise 1 and
 * round steps (5, 10, 20, 50 …) so that at most about six labels share the axis and rank 1 is always one.
 */
export function rankTicks(worst: number): number[] {
  const last = Math.max(1, Math.ceil(worst));
  if (last <= 10) return Array.from({ length: last }, (_, i) => i + 1);
  const steps = [5, 10, 20, 25, 50, 100, 200, 250, 500, 1000];
  const step = steps.find((s) => last / s <= 5) ?? Math.ceil(last / 5);
  const ticks = [1];
  for (let v = step; v < last + step; v += step) ticks.push(v);
  return ticks;
}
