import { act, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../app/render';

/**
 * Every render of an indicator option, with the name it drew: a render count per interaction. The app
 * runs in StrictMode, which calls a component twice per render with the same props: one entry per props
 * object is one render.
 */
const calls = new Map<object, { id: string; name: string }>();
const renders = {
  get list() {
    return [...calls.values()];
  },
  clear: () => calls.clear(),
};

// The real option, counted: the picker's own memo decides whether it renders at all.
vi.mock('../../../src/features/compare/filters/IndicatorOption', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/compare/filters/IndicatorOption')>();
  return {
    IndicatorOption: (props: Parameters<typeof real.IndicatorOption>[0]) => {
      calls.set(props, { id: props.id, name: props.texts.name });
      return real.IndicatorOption(props);
    },
  };
});

/** Every render of a panel's chart, by the indicators it draws (one entry per props object, as above). */
const charts = new Map<object, string>();
vi.mock('../../../src/features/compare/chart/CompareChart', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/compare/chart/CompareChart')>();
  return {
    default: (props: Parameters<typeof real.default>[0]) => {
      const lines = props.chart.kind === 'line' ? props.chart.lines.map((m) => m.line.indicator) : [];
      charts.set(props, [...new Set(lines)].join());
      return real.default(props);
    },
  };
});

/**
 * The indicator picker and the region picker, each time the view hands one new props (one entry per
 * props object, as above). A picker's own state (its search texts arriving) renders it with the props it had.
 */
const pickers = new Map<object, 'indicators' | 'regions'>();
const seenProps = new WeakSet<object>();
const handed = (props: object, picker: 'indicators' | 'regions') => {
  if (!seenProps.has(props)) pickers.set(props, picker);
  seenProps.add(props);
};
vi.mock('../../../src/features/compare/filters/IndicatorPicker', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/compare/filters/IndicatorPicker')>();
  return {
    IndicatorPicker: (props: Parameters<typeof real.IndicatorPicker>[0]) => {
      handed(props, 'indicators');
      return real.IndicatorPicker(props);
    },
  };
});
vi.mock('../../../src/features/compare/filters/RegionPicker', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../src/features/compare/filters/RegionPicker')>();
  return {
    RegionPicker: (props: Parameters<typeof real.RegionPicker>[0]) => {
      handed(props, 'regions');
      return real.RegionPicker(props);
    },
  };
});

let stop: (() => void) | undefined;
afterEach(() => stop?.());

const PAGE = '?lang=en&view=compare&ind=gdp,fdi_actual_usd&reg=east,west';

async function open() {
  const app = await renderApp(PAGE);
  stop = app.stop;
  await screen.findByRole('heading', { level: 2, name: /Regional GDP/ }, { timeout: 8000 });
  // The closed themes' options come a task after the open ones'.
  await waitFor(() =>
    expect([...document.querySelectorAll('details.compare-theme')].every((d) => d.querySelector('li'))).toBe(
      true,
    ),
  );
  const options = screen.getAllByRole('checkbox').length;
  renders.clear();
  charts.clear();
  pickers.clear();
  return { ...app, options };
}

describe('Compare picker renders', { timeout: 20000 }, () => {
  it('a region toggle re-renders no indicator option; an indicator toggle re-renders only its own', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('checkbox', { name: 'All national ETDZs' }));
    await waitFor(() => expect(window.location.search).toContain('national'));
    expect(renders.list).toEqual([]);

    await user.click(screen.getByRole('checkbox', { name: /^Foreign trade \(CNY\)/ }));
    await waitFor(() => expect(window.location.search).toContain('trade_total_cny'));
    expect(renders.list.map((r) => r.id)).toEqual(['trade_total_cny']);
  });

  it('a region toggle renders the region picker only; an indicator toggle the indicator picker only', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('checkbox', { name: 'All national ETDZs' }));
    await waitFor(() => expect(window.location.search).toContain('national'));
    expect(new Set(pickers.values())).toEqual(new Set(['regions']));

    pickers.clear();
    await user.click(screen.getByRole('checkbox', { name: /^Foreign trade \(CNY\)/ }));
    await waitFor(() => expect(window.location.search).toContain('trade_total_cny'));
    expect(new Set(pickers.values())).toEqual(new Set(['indicators']));
  });

  it('an indicator added to one panel redraws that panel only', async () => {
    const user = userEvent.setup();
    await open();
    await user.click(screen.getByRole('checkbox', { name: /^Tax revenue\s*\d{4}/ }));
    await screen.findByRole('heading', { level: 2, name: /Tax revenue/ });
    await act(() => Promise.resolve());
    const drawn = [...charts.values()];
    expect(drawn.length).toBeGreaterThan(0);
    // The CNY panel gains the line; the USD panel (foreign investment) is not drawn again.
    expect(drawn.every((indicators) => indicators.includes('tax_revenue'))).toBe(true);
    expect(drawn.some((indicators) => indicators.includes('fdi_actual_usd'))).toBe(false);
  });

  it('a language switch renders each option once, already in the new language', async () => {
    const user = userEvent.setup();
    const { i18n } = await open();
    const offered = new Set(
      screen.getAllByRole('checkbox', { name: /\d{4}/ }).map((c) => c.getAttribute('aria-describedby')),
    ).size;
    await user.click(screen.getByRole('button', { name: '中文' }));
    await screen.findByRole('heading', { level: 1, name: '指标对比' });
    await act(() => Promise.resolve());
    const gdp = renders.list.filter((r) => r.id === 'gdp');
    expect(gdp).toEqual([{ id: 'gdp', name: i18n.t('indicators:gdp.name', { lng: 'zh' }) }]);
    expect(renders.list.length).toBe(offered);
    expect(new Set(renders.list.map((r) => r.id)).size).toBe(offered);
  });
});
