/**
 * The chart frames on screen, so that one key (f for full screen, t for table) can act on "the"
 * chart: the one in full screen, else the one holding focus, else the one last used, else the first.
 */
export interface ChartFrameHandle {
  element(): HTMLElement | null;
  isFullscreen(): boolean;
  toggleFullscreen(): void;
  toggleTable(): void;
}

const frames = new Set<ChartFrameHandle>();
let lastUsed: ChartFrameHandle | null = null;

export function registerChartFrame(handle: ChartFrameHandle): () => void {
  frames.add(handle);
  return () => {
    frames.delete(handle);
    if (lastUsed === handle) lastUsed = null;
  };
}

export function markChartFrameUsed(handle: ChartFrameHandle): void {
  lastUsed = handle;
}

export function hasChartFrames(): boolean {
  return frames.size > 0;
}

export function activeChartFrame(doc: Document = document): ChartFrameHandle | undefined {
  const all = [...frames];
  const full = all.find((f) => f.isFullscreen());
  if (full) return full;
  const focused = all.find((f) => f.element()?.contains(doc.activeElement));
  if (focused) return focused;
  if (lastUsed && frames.has(lastUsed)) return lastUsed;
  return all
    .filter((f) => f.element())
    .sort((a, b) =>
      (a.element() as HTMLElement).compareDocumentPosition(b.element() as HTMLElement) &
      Node.DOCUMENT_POSITION_FOLLOWING
        ? -1
        : 1,
    )[0];
}
