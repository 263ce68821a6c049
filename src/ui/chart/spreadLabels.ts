/**
 * Vertical places for labels that each want to sit at a given height (their centres, px, y down):
 * never closer than `height` to each other, inside [top, bottom] where there is room, and each group
 * of labels that must move apart moved about its middle, so each stays as near as it can to its line.
 * Labels keep their order: a label never jumps over another.
 */
export function spreadLabels(
  wanted: readonly number[],
  height: number,
  top: number,
  bottom: number,
): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const low = top + height / 2;
  const high = Math.max(low, bottom - height / 2);
  // Runs of labels stacked at one step; a run sits where its members want to be on average.
  const runs: { first: number; count: number; sum: number; at: number }[] = [];
  const place = (run: { count: number; sum: number }) =>
    Math.min(Math.max(run.sum / run.count, low), Math.max(low, high - (run.count - 1) * height));
  order.forEach(({ y }, k) => {
    let run = { first: k, count: 1, sum: y, at: 0 };
    run.at = place(run);
    for (let prev = runs.at(-1); prev && prev.at + prev.count * height > run.at; prev = runs.at(-1)) {
      runs.pop();
      // Each member wants the run's start at its own wish less its step within the run.
      const sum = prev.sum + run.sum - run.count * prev.count * height;
      run = { first: prev.first, count: prev.count + run.count, sum: 0, at: 0 };
      run.sum = sum;
      run.at = place(run);
    }
    runs.push(run);
  });
  const placed = new Array<number>(wanted.length);
  for (const run of runs)
    for (let j = 0; j < run.count; j += 1)
      placed[(order[run.first + j] as { i: number }).i] = run.at + j * height;
  return placed;
}
