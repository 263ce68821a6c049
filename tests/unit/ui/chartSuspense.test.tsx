import { useLayoutEffect } from 'react';
import { act, render, screen } from '@testing-library/react';

/** Frames and idle moments that the test hands out one at a time. */
function stepByStep() {
  const frames: FrameRequestCallback[] = [];
  vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
  const idle: Array<() => void> = [];
  vi.stubGlobal('requestIdleCallback', (cb: () => void) => idle.push(cb));
  return {
    // As a browser does: every callback asked for before the frame, or before the idle moment, runs in it.
    frame: () => act(() => frames.splice(0).forEach((cb) => cb(performance.now()))),
    idle: () => act(() => idle.splice(0).forEach((cb) => cb())),
    pending: () => frames.length + idle.length,
  };
}

/** A stand-in for the browser's observer: the test says when a chart's place comes near. */
const observed = new Map<Element, (entries: IntersectionObserverEntry[]) => void>();
class FakeObserver {
  constructor(private readonly callback: (entries: IntersectionObserverEntry[]) => void) {}
  observe(element: Element) {
    observed.set(element, this.callback);
  }
  unobserve(element: Element) {
    observed.delete(element);
  }
  disconnect() {}
}
function comeNear() {
  act(() => {
    for (const [target, callback] of observed)
      callback([{ target, isIntersecting: true } as unknown as IntersectionObserverEntry]);
  });
}

// A fresh module each time: whether the page has shown its charts is the module's memory.
const load = async () => {
  vi.resetModules();
  return (await import('../../../src/ui/chart/ChartSuspense')).ChartSuspense;
};
const loadWanted = async () => (await import('../../../src/ui/chart/ChartSuspense')).EveryChartWanted;

describe('ChartSuspense', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('holds the place with its fallback until its first commit has been drawn and the browser is idle', async () => {
    const ChartSuspense = await load();
    const step = stepByStep();
    render(
      <ChartSuspense fallback={<p>placeholder</p>}>
        <p>chart</p>
      </ChartSuspense>,
    );
    expect(screen.getByText('placeholder')).toBeInTheDocument();
    expect(screen.queryByText('chart')).toBeNull();
    step.frame();
    expect(screen.queryByText('chart')).toBeNull();
    step.idle();
    expect(await screen.findByText('chart')).toBeInTheDocument();
    expect(screen.queryByText('placeholder')).toBeNull();

    // Once the page has drawn its charts, a chart mounted later does not wait again.
    render(
      <ChartSuspense fallback={<p>second placeholder</p>}>
        <p>second chart</p>
      </ChartSuspense>,
    );
    expect(screen.getByText('second chart')).toBeInTheDocument();
  });

  it('mounts charts one at a time, each after the one before it has been drawn', async () => {
    const ChartSuspense = await load();
    const step = stepByStep();
    render(
      <>
        {['first', 'second', 'third'].map((name) => (
          <ChartSuspense key={name} fallback={<p>{`${name} placeholder`}</p>}>
            <p>{`${name} chart`}</p>
          </ChartSuspense>
        ))}
      </>,
    );
    const shown = () => screen.queryAllByText(/chart$/).map((p) => p.textContent);
    expect(shown()).toEqual([]);
    step.frame();
    step.idle();
    expect(await screen.findByText('first chart')).toBeInTheDocument();
    expect(shown()).toEqual(['first chart']);
    step.frame();
    expect(shown()).toEqual(['first chart']);
    step.idle();
    expect(await screen.findByText('second chart')).toBeInTheDocument();
    expect(shown()).toEqual(['first chart', 'second chart']);
    step.frame();
    step.idle();
    expect(await screen.findByText('third chart')).toBeInTheDocument();
    expect(step.pending()).toBe(0);
  });

  it('lets the next chart go when one leaves the page before or during its turn', async () => {
    const ChartSuspense = await load();
    const step = stepByStep();
    const Page = ({ names }: { names: string[] }) => (
      <>
        {names.map((name) => (
          <ChartSuspense key={name} fallback={<p>{`${name} placeholder`}</p>}>
            <p>{`${name} chart`}</p>
          </ChartSuspense>
        ))}
      </>
    );
    const { rerender } = render(<Page names={['first', 'second', 'third']} />);
    // The first holds its turn (waiting for a paint), the second waits in line: both leave.
    rerender(<Page names={['third']} />);
    step.frame();
    step.idle();
    step.frame();
    step.idle();
    expect(await screen.findByText('third chart')).toBeInTheDocument();
  });

  describe('with an observer of nearness', () => {
    beforeEach(() => {
      observed.clear();
      vi.stubGlobal('IntersectionObserver', FakeObserver);
    });

    it('waits until its place comes near the viewport before taking its turn', async () => {
      const ChartSuspense = await load();
      const step = stepByStep();
      render(
        <ChartSuspense fallback={<p>placeholder</p>}>
          <p>chart</p>
        </ChartSuspense>,
      );
      step.frame();
      step.idle();
      expect(step.pending()).toBe(0);
      expect(screen.queryByText('chart')).toBeNull();
      comeNear();
      step.frame();
      step.idle();
      expect(await screen.findByText('chart')).toBeInTheDocument();
      expect(observed.size).toBe(0);
    });

    it('mounts a far chart at once when the page is printed, and the line goes on', async () => {
      const ChartSuspense = await load();
      const step = stepByStep();
      render(
        <>
          <ChartSuspense fallback={<p>near placeholder</p>}>
            <p>near chart</p>
          </ChartSuspense>
          <ChartSuspense fallback={<p>far placeholder</p>}>
            <p>far chart</p>
          </ChartSuspense>
        </>,
      );
      // The near one holds its turn (waiting for a paint) when printing starts.
      const near = [...observed.keys()][0]!;
      act(() => observed.get(near)!([{ target: near, isIntersecting: true } as IntersectionObserverEntry]));
      act(() => window.dispatchEvent(new Event('beforeprint')));
      expect(screen.getByText('near chart')).toBeInTheDocument();
      expect(screen.getByText('far chart')).toBeInTheDocument();
      act(() => window.dispatchEvent(new Event('afterprint')));
      step.frame();
      step.idle();
      expect(step.pending()).toBe(0);
    });

    it('after the page has shown its charts, mounts a new chart at once only when it is in reach', async () => {
      const ChartSuspense = await load();
      const step = stepByStep();
      render(
        <ChartSuspense fallback={<p>first placeholder</p>}>
          <p>first chart</p>
        </ChartSuspense>,
      );
      comeNear();
      step.frame();
      step.idle();
      expect(await screen.findByText('first chart')).toBeInTheDocument();

      render(
        <ChartSuspense fallback={<p>in reach placeholder</p>}>
          <p>in reach chart</p>
        </ChartSuspense>,
      );
      expect(screen.getByText('in reach chart')).toBeInTheDocument();

      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue(
        new DOMRect(0, 5 * window.innerHeight, 300, 200),
      );
      render(
        <ChartSuspense fallback={<p>far placeholder</p>}>
          <p>far chart</p>
        </ChartSuspense>,
      );
      expect(screen.getByText('far placeholder')).toBeInTheDocument();
      expect(screen.queryByText('far chart')).toBeNull();
      comeNear();
      step.frame();
      step.idle();
      expect(await screen.findByText('far chart')).toBeInTheDocument();
    });

    it('mounts at once, without coming near or a turn, where every chart is wanted (a slide, a handout)', async () => {
      const ChartSuspense = await load();
      const EveryChartWanted = await loadWanted();
      const step = stepByStep();
      render(
        <EveryChartWanted value>
          <ChartSuspense fallback={<p>placeholder</p>}>
            <p>chart</p>
          </ChartSuspense>
        </EveryChartWanted>,
      );
      step.frame();
      step.idle();
      expect(await screen.findByText('chart')).toBeInTheDocument();
    });
  });

  describe('a chart in two steps (useSecondStep)', () => {
    const loadStep = async () => (await import('../../../src/ui/chart/ChartSuspense')).useSecondStep;

    /** Records what each commit showed: the frame alone, then the frame and its series. */
    async function twoStepChart() {
      const useSecondStep = await loadStep();
      const commits: boolean[] = [];
      function Chart() {
        const series = useSecondStep();
        useLayoutEffect(() => void commits.push(series));
        return <p>{series ? 'frame and series' : 'frame'}</p>;
      }
      return { Chart, commits };
    }

    it('on a page, commits the frame first and the series in a later task', async () => {
      vi.useFakeTimers();
      try {
        const ChartSuspense = await load();
        const step = stepByStep();
        const { Chart, commits } = await twoStepChart();
        render(
          <ChartSuspense fallback={<p>placeholder</p>}>
            <Chart />
          </ChartSuspense>,
        );
        step.frame();
        step.idle();
        expect(screen.getByText('frame')).toBeInTheDocument();
        expect(commits).toEqual([false]);
        await act(async () => {
          await vi.runAllTimersAsync();
        });
        expect(screen.getByText('frame and series')).toBeInTheDocument();
        expect(commits).toEqual([false, true]);
      } finally {
        vi.useRealTimers();
      }
    });

    it('draws the series at once when the page is printed meanwhile', async () => {
      vi.useFakeTimers();
      try {
        const ChartSuspense = await load();
        const step = stepByStep();
        const { Chart } = await twoStepChart();
        render(
          <ChartSuspense fallback={<p>placeholder</p>}>
            <Chart />
          </ChartSuspense>,
        );
        step.frame();
        step.idle();
        expect(screen.getByText('frame')).toBeInTheDocument();
        act(() => window.dispatchEvent(new Event('beforeprint')));
        expect(screen.getByText('frame and series')).toBeInTheDocument();
        act(() => window.dispatchEvent(new Event('afterprint')));
      } finally {
        vi.useRealTimers();
      }
    });

    it('draws a chart added to a painted page (a new indicator) whole, and a later part after the one before it', async () => {
      const ChartSuspense = await load();
      const useSecondStep = await loadStep();
      const step = stepByStep();
      const { Chart } = await twoStepChart();
      render(
        <ChartSuspense fallback={<p>placeholder</p>}>
          <Chart />
        </ChartSuspense>,
      );
      comeNear();
      step.frame();
      step.idle();
      expect(await screen.findByText('frame and series')).toBeInTheDocument();
      // Added after the page has painted, in reach: no step later.
      const commits: string[] = [];
      function ThreeParts() {
        const second = useSecondStep();
        const third = useSecondStep(second);
        const shown = [second && 'series', third && 'marks'].filter(Boolean).join(' and ') || 'frame';
        useLayoutEffect(() => void commits.push(shown));
        return <p>{`added: ${shown}`}</p>;
      }
      render(
        <ChartSuspense fallback={<p>added placeholder</p>}>
          <ThreeParts />
        </ChartSuspense>,
      );
      expect(screen.getByText('added: series and marks')).toBeInTheDocument();
      expect(commits).toEqual(['series and marks']);
    });

    it('draws frame and series in one commit where every chart is wanted, and outside any ChartSuspense', async () => {
      const ChartSuspense = await load();
      const EveryChartWanted = await loadWanted();
      const { Chart, commits } = await twoStepChart();
      render(
        <EveryChartWanted value>
          <ChartSuspense fallback={<p>placeholder</p>}>
            <Chart />
          </ChartSuspense>
        </EveryChartWanted>,
      );
      expect(screen.getByText('frame and series')).toBeInTheDocument();
      render(<Chart />);
      expect(screen.getAllByText('frame and series')).toHaveLength(2);
      expect(commits).toEqual([true, true]);
    });
  });
});
