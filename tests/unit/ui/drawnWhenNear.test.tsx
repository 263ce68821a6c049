import { act, render, screen } from '@testing-library/react';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DrawnWhenNear, drawEveryChart } from '../../../src/ui/chart/DrawnWhenNear';

/** A stand-in for the browser's observer: the test says when an element comes near or goes away. */
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
function report(isIntersecting: boolean) {
  act(() => {
    for (const [target, callback] of observed)
      callback([{ target, isIntersecting } as unknown as IntersectionObserverEntry]);
  });
}

/** A chart that counts its renders (one call per props object) and draws its label. */
const renders = new Set<object>();
function Chart(props: { label: string }) {
  renders.add(props);
  return <p>{props.label}</p>;
}

beforeAll(() => vi.stubGlobal('IntersectionObserver', FakeObserver));
afterAll(() => vi.unstubAllGlobals());
beforeEach(() => renders.clear());

describe('DrawnWhenNear', () => {
  it('keeps a far chart as it was drawn, and brings it up to date as it comes near', () => {
    const { rerender } = render(
      <DrawnWhenNear>
        <Chart label="first" />
      </DrawnWhenNear>,
    );
    expect(screen.getByText('first')).toBeInTheDocument();
    report(false);
    const before = renders.size;
    rerender(
      <DrawnWhenNear>
        <Chart label="second" />
      </DrawnWhenNear>,
    );
    expect(renders.size).toBe(before);
    expect(screen.getByText('first')).toBeInTheDocument();

    report(true);
    expect(screen.getByText('second')).toBeInTheDocument();
    expect(screen.queryByText('first')).toBeNull();
  });

  it('draws every change while near', () => {
    const { rerender } = render(
      <DrawnWhenNear>
        <Chart label="first" />
      </DrawnWhenNear>,
    );
    report(true);
    rerender(
      <DrawnWhenNear>
        <Chart label="second" />
      </DrawnWhenNear>,
    );
    expect(screen.getByText('second')).toBeInTheDocument();
  });

  it('brings far charts up to date for print and for an export', () => {
    const { rerender } = render(
      <DrawnWhenNear>
        <Chart label="first" />
      </DrawnWhenNear>,
    );
    report(false);
    rerender(
      <DrawnWhenNear>
        <Chart label="second" />
      </DrawnWhenNear>,
    );
    expect(screen.getByText('first')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('second')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });

    report(false);
    rerender(
      <DrawnWhenNear>
        <Chart label="third" />
      </DrawnWhenNear>,
    );
    expect(screen.getByText('second')).toBeInTheDocument();
    act(() => drawEveryChart());
    expect(screen.getByText('third')).toBeInTheDocument();
  });

  it('says which language a kept drawing is in, and catches up when focus moves into it', () => {
    const { container, rerender } = render(
      <DrawnWhenNear lang="en">
        <button type="button">Hollow marks</button>
      </DrawnWhenNear>,
    );
    const box = container.querySelector('.drawn-when-near')!;
    expect(box.getAttribute('lang')).toBe('en');
    report(false);
    rerender(
      <DrawnWhenNear lang="zh">
        <button type="button">空心标记</button>
      </DrawnWhenNear>,
    );
    expect(box.getAttribute('lang')).toBe('en');
    expect(screen.getByRole('button', { name: 'Hollow marks' })).toBeInTheDocument();

    // A screen reader's cursor or Tab reaches it without scrolling it into the observer's reach.
    act(() => screen.getByRole('button', { name: 'Hollow marks' }).focus());
    expect(screen.getByRole('button', { name: '空心标记' })).toBeInTheDocument();
    expect(box.getAttribute('lang')).toBe('zh');
  });
});
