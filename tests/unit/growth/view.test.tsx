import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useAppStore } from '../../../src/state/store';
import { renderApp } from '../app/render';

const slider = () => screen.getByRole('slider', { name: /^(Year|年份)$/ });

// The whole view with its 130-row zone list renders slowly in jsdom: generous waits, no timing asserts.
const WAIT = { timeout: 8000 };

describe('Zone growth view', { timeout: 30_000 }, () => {
  it('draws milestones, places and zones a task after the first screen, and still scrolls to the zone in the link', async () => {
    const scrolled: string[] = [];
    // jsdom has no scrollIntoView: the view calls it only where the browser has one.
    const scroll = vi.fn(function (this: Element) {
      scrolled.push(this.id);
    });
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: scroll, configurable: true });
    // What appears, in order: the held place first, then the zone list in its stead.
    const seen: string[] = [];
    const watch = new MutationObserver(() => {
      const now = document.querySelector('.growth .drawn-later')
        ? 'held'
        : document.getElementById('growth-zones')
          ? 'zones'
          : null;
      if (now && seen.at(-1) !== now) seen.push(now);
    });
    watch.observe(document.body, { childList: true, subtree: true });
    const { stop } = await renderApp('?lang=en&view=growth&zone=dalian');
    expect(
      await screen.findByRole('heading', { name: 'The zones in the dataset' }, WAIT),
    ).toBeInTheDocument();
    watch.disconnect();
    expect(seen).toEqual(['held', 'zones']);
    await waitFor(() => expect(scrolled).toContain('growth-zone-dalian'), WAIT);
    Reflect.deleteProperty(Element.prototype, 'scrollIntoView');
    stop();
  });

  it('opens at the year of the link and shows what the data says then, with sources', async () => {
    const { stop } = await renderApp('?lang=en&view=growth&year=2021');
    expect(await screen.findByRole('heading', { level: 1, name: 'Zone growth' }, WAIT)).toBeInTheDocument();
    expect(slider()).toHaveAttribute('aria-valuenow', '2021');
    const count = screen
      .getByRole('heading', { name: 'Number of national ETDZs, as stated' })
      .closest('.card') as HTMLElement;
    expect(within(count).getByText('Sources state 2 different figures')).toBeInTheDocument();
    expect(within(count).getByText('230')).toBeInTheDocument();
    expect(within(count).getByText('232')).toBeInTheDocument();
    // The one rule holds zones existing against zones existing: 232 (a Q&A page) against MOFCOM's 230.
    expect(within(count).getByText(/dated differently within the year/)).toBeInTheDocument();
    expect(
      within(count).getByText(/counts every zone ever approved, including the 2 that later exited/),
    ).toBeInTheDocument();
    expect(
      within(count).getAllByRole('button', {
        name: /^(\d+ sources|Source) of the number of national ETDZs in 2021$/,
      }).length,
    ).toBe(2);
    stop();
  });

  it('names the first batch’s 14 zones at 1984, with its two datings flagged and explained', async () => {
    const { stop } = await renderApp('?lang=en&view=growth&year=1984');
    const first = (
      await screen.findByRole('heading', { name: 'First batch (1984–1988): the first zones' }, WAIT)
    ).closest('.card') as HTMLElement;
    expect(within(first).getByText('Sources date this batch differently')).toBeInTheDocument();
    expect(within(first).getByText(/1984 – 1988/)).toBeInTheDocument();
    expect(within(first).getByText(/1984 – 1986/)).toBeInTheDocument();
    expect(within(first).getByText(/Caohejing was approved in June 1988/)).toBeInTheDocument();
    const links = within(first).getAllByRole('link');
    expect(links).toHaveLength(14);
    const dalian = links.find((l) => /^Dalian/.test(l.textContent ?? ''));
    expect(dalian?.getAttribute('href')).toMatch(/view=zones.*zone=dalian/);
    expect(first.querySelector('[data-conflict]')).toHaveAttribute(
      'data-conflict',
      'zone-counts|batch|first',
    );
    stop();
  });

  it('says when the count shown is from an earlier year, and never invents one', async () => {
    const { stop } = await renderApp('?lang=en&view=growth&year=1990');
    const count = (
      await screen.findByRole('heading', { name: 'Number of national ETDZs, as stated' }, WAIT)
    ).closest('.card') as HTMLElement;
    expect(within(count).getByText(/latest earlier statements are from 1988/)).toBeInTheDocument();
    expect(within(count).getByText('14')).toBeInTheDocument();
    stop();
  });

  it('steps with the buttons and the declared keys, and writes the year to the URL', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2000');
    await screen.findByRole('heading', { level: 1, name: 'Zone growth' }, WAIT);
    await user.click(screen.getByRole('button', { name: 'Year forward' }));
    expect(slider()).toHaveAttribute('aria-valuenow', '2001');
    await waitFor(() => expect(window.location.search).toContain('year=2001'));
    await user.keyboard(',,');
    await waitFor(() => expect(slider()).toHaveAttribute('aria-valuenow', '1999'));
    await user.click(screen.getByRole('button', { name: 'To latest' }));
    expect(slider()).toHaveAttribute('aria-valuenow', '2025');
    await waitFor(() => expect(window.location.search).not.toContain('year='));
    expect(screen.getByRole('button', { name: 'Play' })).toHaveAttribute('aria-keyshortcuts', 'k');
    stop();
  });

  // Each tick used to write the year to the store: a new address per tick, every subscriber re-rendered.
  it('leaves the address alone while playing and writes the year when playback stops', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2000');
    await screen.findByRole('heading', { level: 1, name: 'Zone growth' }, WAIT);
    const writes: string[] = [];
    const unsubscribe = useAppStore.subscribe((s) => writes.push(String(s.growth.year)));
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(
      () => expect(Number(slider().getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(2002),
      WAIT,
    );
    expect(window.location.search).toContain('year=2000');
    expect(writes).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const shown = slider().getAttribute('aria-valuenow');
    await waitFor(() => expect(window.location.search).toContain(`year=${shown}`));
    unsubscribe();
    stop();
  });

  // Ticks are transitions (rendered in slices so no task blocks the page): the year, the slider and
  // the section that follows the playhead still change in one commit, never one ahead of the other.
  it('while playing, shows one year at a time in the slider, the year text and the year section', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2000');
    await screen.findByRole('heading', { level: 1, name: 'Zone growth' }, WAIT);
    const seen: string[] = [];
    const record = () => {
      const year = slider().getAttribute('aria-valuenow');
      const text = document.querySelector('.timeline__year')?.textContent;
      const section = screen.queryByRole('heading', { name: /^In \d{4}$/ })?.textContent;
      seen.push(`${year} ${text} ${section}`);
    };
    const observer = new MutationObserver(record);
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    await user.click(screen.getByRole('button', { name: 'Play' }));
    await waitFor(
      () => expect(Number(slider().getAttribute('aria-valuenow'))).toBeGreaterThanOrEqual(2003),
      WAIT,
    );
    observer.disconnect();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const years = new Set(seen.map((s) => s.split(' ')[0]));
    expect(years.size).toBeGreaterThanOrEqual(3);
    for (const s of seen) {
      const [year] = s.split(' ');
      expect(s).toBe(`${year} ${year} In ${year}`);
    }
    stop();
  });

  it('follows a year set from outside (a deck slide or Back)', async () => {
    const { stop } = await renderApp('?lang=en&view=growth');
    await screen.findByRole('heading', { level: 1, name: 'Zone growth' }, WAIT);
    act(() => useAppStore.getState().setGrowth({ year: 2010 }));
    await waitFor(() => expect(slider()).toHaveAttribute('aria-valuenow', '2010'), WAIT);
    expect(screen.getByRole('heading', { name: 'In 2010' })).toBeInTheDocument();
    stop();
  });

  it('lets the user switch the province measure and keeps no data apart from zero', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2024');
    const map = await screen.findByRole('group', { name: /Province tile map: Stated zone count/ }, WAIT);
    expect(within(map).getByRole('button', { name: 'Beijing no data' })).toBeInTheDocument();
    expect(within(map).getByRole('button', { name: 'Jiangsu 27' })).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: 'Listed in the dataset' }));
    const listed = screen.getByRole('group', { name: /Province tile map: Listed in the dataset/ });
    expect(within(listed).getByRole('button', { name: 'Beijing 1' })).toBeInTheDocument();
    expect(screen.getByText(/never the province's total/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('pm=listed'));
    stop();
  });

  it('shows the provinces as a sortable table with both measures', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2024');
    const frame = (await screen.findByRole('heading', { name: /^Provinces:/ }, WAIT)).closest(
      'figure',
    ) as HTMLElement;
    await user.click(within(frame).getByRole('button', { name: 'Show table' }));
    const table = within(frame).getByRole('table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(31);
    expect(within(rows[0] as HTMLElement).getByRole('button', { name: 'Jiangsu' })).toBeInTheDocument();
    expect(within(rows[30] as HTMLElement).getByText('no data')).toBeInTheDocument();
    stop();
  });

  it('names unknown ids from the link instead of going blank', async () => {
    const { stop } = await renderApp('?lang=en&view=growth&prov=atlantis&zone=nowhere');
    expect(
      await screen.findByText(/province “atlantis”, which is not one of the 31/, undefined, WAIT),
    ).toBeInTheDocument();
    expect(screen.getByText(/zone “nowhere”, which this dataset does not list/)).toBeInTheDocument();
    stop();
  });

  it('names an unknown milestone once the policy documents have loaded', async () => {
    const { stop } = await renderApp('?lang=en&view=growth&ms=batch.nonsense');
    expect(
      await screen.findByText(/milestone “batch.nonsense”, which is not in the data/, undefined, WAIT),
    ).toBeInTheDocument();
    stop();
  });

  it('selects a milestone, moves the playhead to it and shows its statements', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth');
    await user.click(
      await screen.findByRole('button', { name: /Jiuquan ETDZ leaves the national list/ }, WAIT),
    );
    expect(slider()).toHaveAttribute('aria-valuenow', '2020');
    const detail = screen.getByRole('article', { name: /Jiuquan ETDZ leaves the national list/ });
    expect(within(detail).getByText(/Jiuquan ETDZ ordered to exit/)).toBeInTheDocument();
    await waitFor(() => expect(window.location.search).toContain('ms=exit.jiuquan'));
    stop();
  });

  it('states the zone list coverage and searches in Chinese', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=zh&view=growth');
    expect(await screen.findByText(/^已列出\d+家，全国约232家$/, undefined, WAIT)).toBeInTheDocument();
    await user.type(screen.getByRole('searchbox', { name: '搜索经开区或省份' }), '酒泉');
    expect(screen.getByText(/^显示1家 · 分地区：西部1家$/)).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: '数据集中的经开区' })).getByText(/退出$/),
    ).toBeInTheDocument();
    stop();
  });

  it('answers "where were zones added after 2010?" with the dated zones it holds, marked partial', async () => {
    const user = userEvent.setup();
    const { stop } = await renderApp('?lang=en&view=growth&year=2010');
    await user.click(await screen.findByRole('checkbox', { name: 'Only zones approved after 2010' }, WAIT));
    expect(screen.getByText(/A partial answer/)).toBeInTheDocument();
    const status = screen.getByText(/zones? shown · by region:/);
    expect(status.textContent).toMatch(/East \d+/);
    const table = screen.getByRole('table', { name: 'The zones in the dataset' });
    // Each zone's name is a link to its own page.
    const caofeidian = within(table).getByRole('link', { name: /^Caofeidian/ });
    expect(caofeidian.getAttribute('href')).toMatch(/view=zones.*zone=caofeidian/);
    expect(within(table).queryByRole('link', { name: /^Jiangning/ })).toBeNull();
    stop();
  });
});
