/** What a chart frame's figures are, for its image, citation and embed. */
export interface TakeAway {
  /** What the file is about, in ids or plain words: the start of the file name (`regional-gdp`). */
  name: string;
  /** The data years the chart shows. */
  years: readonly number[];
  /** The ids of every source behind the shown figures, disagreeing ones included; repeats are fine. */
  sources: readonly string[];
}
