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

// A fresh module each time: whether the page has shown its charts is the module's memory.
const load = async () => {
  vi.resetModules();
  return (await import('../../../src/ui/chart/ChartSuspense')).ChartSuspense;
};

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
});
