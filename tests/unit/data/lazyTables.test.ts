import { buildDataset } from '../../../src/data/build';
import {
  DETAIL_TABLES,
  packDataset,
  splitPacked,
  unpackCore,
  unpackDetail,
} from '../../../src/data/compiled/pack';
import { withDetailTables } from '../../../src/data/lazyTables';
import { realTexts } from '../fixtures';

const built = buildDataset(realTexts(), { lastYear: 2026 });
const { core, detail, groups } = splitPacked(
  JSON.parse(JSON.stringify(packDataset(built))) as ReturnType<typeof packDataset>,
  built,
);
const coreOf = () => unpackCore(core, Object.values(groups));

describe('the dataset over its core with the detail tables read on first use', () => {
  it('reads no detail table for the core, and throws what the reader throws until the tables have arrived', () => {
    const pending = Promise.resolve();
    let arrived = false;
    const read = vi.fn(() => {
      if (!arrived) throw pending;
      return unpackDetail(detail);
    });
    const dataset = withDetailTables(coreOf(), read);
    expect(dataset.observations).toHaveLength(built.observations.length);
    expect(dataset.sources.size).toBe(built.sources.size);
    expect(read).not.toHaveBeenCalled();
    // Never an empty list in place of a missing one: the read throws (a pending load suspends the view).
    expect(() => dataset.zones).toThrow();
    expect(() => dataset.rankings).toThrow();
    arrived = true;
    expect(dataset.zones).toStrictEqual(built.zones);
    expect(dataset.rankings).toStrictEqual(built.rankings);
    const calls = read.mock.calls.length;
    for (const name of DETAIL_TABLES) expect(dataset[name]).toStrictEqual(built[name]);
    expect(read).toHaveBeenCalledTimes(calls);
  });

  it('is, once the tables are read, the whole dataset: every table and row once', () => {
    const dataset = withDetailTables(coreOf(), () => unpackDetail(detail));
    expect({ ...dataset }).toStrictEqual(built);
  });
});
