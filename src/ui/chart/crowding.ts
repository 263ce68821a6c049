/**
 * Marks of different lines that fall on the same spot (two series stating the same share in one
 * year) would hide each other. Within one x value, marks closer than `tolerance` are spread sideways
 * around the true x, in a fixed order, so every one stays visible. Pure: offsets are in mark widths.
 */
export function spreadOffsets(
  marks: ReadonlyArray<{ key: string; value: number }>,
  tolerance: number,
): Map<string, number> {
  const sorted = [...marks].sort((a, b) => a.value - b.value || (a.key < b.key ? -1 : 1));
  const offsets = new Map<string, number>();
  let group: typeof sorted = [];
  const flush = () => {
    group.forEach((m, i) => {
      if (group.length > 1) offsets.set(m.key, i - (group.length - 1) / 2);
    });
    group = [];
  };
  for (const m of sorted) {
    const last = group.at(-1);
    if (last && m.value - last.value > tolerance) flush();
    group.push(m);
  }
  flush();
  return offsets;
}

/**
 * Offsets for every row of a chart: per row index, the marks (by data key) that must move sideways.
 * `keys` are the data keys drawn as marks; a row without a number under a key has no mark there.
 */
export function crowdedRows(
  rows: ReadonlyArray<Readonly<Record<string, unknown>>>,
  keys: readonly string[],
  tolerance: number,
): Map<number, Map<string, number>> {
  const out = new Map<number, Map<string, number>>();
  rows.forEach((row, i) => {
    const marks = keys.flatMap((key) => {
      const value = row[key];
      return typeof value === 'number' ? [{ key, value }] : [];
    });
    const offsets = spreadOffsets(marks, tolerance);
    if (offsets.size) out.set(i, offsets);
  });
  return out;
}
