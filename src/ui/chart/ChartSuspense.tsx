import {
  createContext,
  startTransition,
  Suspense,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { observeNear } from '../nearViewport';
import { useDrawnLater } from '../useDrawnLater';
import { whenPrinting } from '../usePrinting';

/**
 * Charts take turns to mount: one at a time, each once the one before it has been committed and drawn
 * and the browser has a moment to spare. A chart's first render and commit (the chart library's layout
 * effects measure and render again) is one long task; several charts mounted together made one task
 * several times as long (Lighthouse, mobile: 0.8 s at 4× slowdown on Compare with six indicators), which
 * is what Total Blocking Time counts and what holds back a reader's first click.
 *
 * A chart joins the line only once its place is within a screen of the viewport: six charts on a phone
 * are one or two in reach and the rest a long scroll away, each of whose mounts was a task of 70–220 ms
 * (Lighthouse, mobile). A screen ahead, a chart is usually drawn before a reader scrolling at reading
 * pace gets to it; one flung past shows its placeholder for the moment its mount takes. Paper has every
 * chart at once.
 */
const MARGIN = '100% 0px';
const waiting: Turn[] = [];
let mounting = false;
// Once the page has shown its charts, a chart added later (a new indicator) need not wait.
let pagePainted = false;

function next(): void {
  if (mounting) return;
  const turn = waiting.shift();
  if (!turn) return;
  mounting = true;
  turn.schedule();
}

/** The next frame, then an idle moment (a frame alone came before the view's text had reached the screen). */
function afterPaint(run: () => void): void {
  requestAnimationFrame(() => whenIdle(run));
}

function release(): void {
  mounting = false;
  next();
}

/**
 * Where every chart is wanted wherever it is laid out, at once (a slide entering the stage, a handout
 * laid out off screen to be printed): charts there mount without waiting to come near or for a turn.
 */
export const EveryChartWanted = createContext(false);

/** Inside a chart that took its turn on the page, where its parts may come in two steps. */
const InSteps = createContext(false);

/**
 * Whether a chart may draw its second part (its series): a task after its first part (grid, axes) has
 * been committed, on a page; at once on a slide, on a handout and on paper. Recharts registers each
 * axis and series in effects that re-render the whole chart synchronously, so a chart mounted whole is
 * one long task, all of which Total Blocking Time counts beyond 50 ms; in two steps it is two shorter ones.
 * `after`: a later part waits for an earlier one (pass the earlier step's value), then for a task of its own.
 */
export function useSecondStep(after = true): boolean {
  return useDrawnLater(after, !useContext(InSteps));
}

/** Whether the element is within MARGIN of the viewport now (before any observer has reported). */
function inReach(element: Element): boolean {
  const { top, bottom } = element.getBoundingClientRect();
  const height = window.innerHeight;
  return top < height * 2 && bottom > -height;
}

/**
 * A chart's Suspense boundary that mounts the chart only when its turn comes: once its place is near the
 * viewport, after the view around it has been committed and drawn, and after the charts before it. The
 * view's text and figures show first; until then, and while its chunk loads, the fallback holds the
 * chart's place (a reader scrolling fast sees it for the moment the chart takes to mount).
 */
export function ChartSuspense({
  fallback,
  children,
  eager = false,
}: {
  fallback: ReactNode;
  children: ReactNode;
  /** Takes its turn wherever it is: a chart whose own parts (a key) would push what is below it when it arrives. */
  eager?: boolean;
}) {
  const slot = useRef<HTMLDivElement>(null);
  const [turn] = useState(() => new Turn());
  const wanted = useContext(EveryChartWanted);
  const [mounted, setMounted] = useState(wanted);
  // Parts in steps only for a chart that waited for its turn: one a reader's action adds to a painted page
  // (a new indicator) is drawn whole, in the frame after that action, not a step later.
  const [inSteps, setInSteps] = useState(!wanted);
  useLayoutEffect(() => {
    const element = slot.current;
    if (mounted || !element) return;
    // A chart added to a page that has shown its charts (a new indicator, another view) mounts before the
    // next paint when it is in reach: no frame of its placeholder.
    if (pagePainted && !mounting && waiting.length === 0 && inReach(element)) {
      setInSteps(false);
      setMounted(true);
      return;
    }
    const start = () => turn.wait(() => startTransition(() => setMounted(true)));
    const stopWatching = observeNear(element, MARGIN, (near) => {
      if (near) start();
    });
    // Printing lays every chart out now, in the render that prepares the page for paper.
    const stopPrinting = whenPrinting(() => {
      turn.leave();
      setMounted(true);
    });
    // Without an observer nothing would report nearness: every chart takes its turn.
    if (eager || typeof IntersectionObserver !== 'function') start();
    return () => {
      stopWatching();
      stopPrinting();
    };
  }, [mounted, turn, eager]);
  useEffect(() => turn.leave, [turn]);
  const body = (
    <Suspense fallback={fallback}>
      {mounted ? (
        <InSteps value={inSteps}>
          {children}
          <Committed onCommit={turn.done} />
        </InSteps>
      ) : (
        fallback
      )}
    </Suspense>
  );
  // A wanted chart is drawn at once and watched by nothing: no element around it (a slide lays its plot
  // out as a flex item of the slide's figure).
  return wanted ? (
    body
  ) : (
    <div ref={slot} className="chart-slot">
      {body}
    </div>
  );
}

/** One chart's place in the line. */
class Turn {
  private state: 'idle' | 'queued' | 'scheduled' | 'mounting' | 'done' = 'idle';
  private onStart: () => void = () => {};

  wait(onStart: () => void): void {
    if (this.state !== 'idle') return;
    this.state = 'queued';
    this.onStart = onStart;
    waiting.push(this);
    next();
  }

  /** Its turn has come: it mounts after the next paint, unless it has left the line by then. */
  schedule(): void {
    this.state = 'scheduled';
    afterPaint(() => {
      if (this.state !== 'scheduled') return release();
      this.state = 'mounting';
      this.onStart();
    });
  }

  /** The chart has been committed: the next one starts once this has been drawn. */
  readonly done = (): void => {
    if (this.state !== 'mounting') return;
    this.state = 'done';
    pagePainted = true;
    release();
  };

  /** Unmounted before or during its turn (a view left, a chunk that failed): the next one goes. */
  readonly leave = (): void => {
    if (this.state === 'queued') waiting.splice(waiting.indexOf(this), 1);
    if (this.state === 'mounting') this.done();
    else if (this.state !== 'done') this.state = 'idle';
  };
}

function Committed({ onCommit }: { onCommit: () => void }) {
  useEffect(onCommit, [onCommit]);
  return null;
}

// Safari has no idle callbacks: a task after the frame is the nearest it offers.
const whenIdle = (run: () => void): void => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 1000 });
  else window.setTimeout(run, 0);
};
