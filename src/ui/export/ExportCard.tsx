import type { Ref } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import type { CiteSource } from './cite';
import { firstFew } from './fileName';

interface ExportCardProps {
  ref: Ref<HTMLDivElement>;
  title: string;
  subtitle: string;
  years: readonly number[];
  sources: readonly CiteSource[];
  link: string;
  version: string;
}

/**
 * What an image shows, laid out off screen: the chart as the reader sees it, with everything a figure in
 * a paper or a slide needs around it, so the picture is never separated from its sources.
 */
export function ExportCard({ ref, title, subtitle, years, sources, link, version }: ExportCardProps) {
  const { t } = useTranslation(['export', 'common']);
  const format = useFormat();

  const { shown, more } = firstFew(sources);
  const list = shown
    .map((s) =>
      t('card.source', { publisher: s.publisher, date: s.date ? format.date(s.date) : t('cite.undated') }),
    )
    .join(t('common:list.separator'));
  const from = years.length ? Math.min(...years) : null;
  const to = years.length ? Math.max(...years) : null;

  return createPortal(
    <div className="export-stage" aria-hidden="true">
      <div ref={ref} className="export-card">
        <p className="export-card__title">{title}</p>
        {subtitle && <p className="export-card__subtitle">{subtitle}</p>}
        <div className="export-card__chart" />
        <p className="export-card__sources">
          {more ? t('card.sourcesMore', { list, count: more }) : t('card.sources', { list })}
        </p>
        {from !== null && to !== null && (
          <p className="export-card__meta">
            {t('card.years', { count: from === to ? 1 : 2, from: format.year(from), to: format.year(to) })}
          </p>
        )}
        <p className="export-card__meta">{t('card.version', { dashboard: t('dashboard'), version })}</p>
        <p className="export-card__meta export-card__link">{link}</p>
        <p className="export-card__meta">{t('card.licence')}</p>
      </div>
    </div>,
    document.body,
  );
}

/**
 * Puts a copy of the frame's chart (or table) as it is now into the card, just before the picture is
 * taken: a chart still loading when the dialog opened is drawn by then.
 */
export function placeChart(card: HTMLElement, frame: HTMLElement): void {
  const chart = frame.querySelector('.chart-frame__chart, .chart-frame__table');
  const slot = card.querySelector('.export-card__chart');
  if (!chart || !slot) return;
  const copy = chart.cloneNode(true) as Element;
  // Recharts draws inside a zero-height box that overflows its plot, so a plot the card's CSS lets shrink
  // to its content would collapse and the chart would cover the source line; and a card narrower than the
  // drawing cut off its last years. Each plot keeps its size on screen, and the card grows to hold it.
  const sizes = [...chart.querySelectorAll('.chart-plot')].map((p) => p.getBoundingClientRect());
  copy.querySelectorAll<HTMLElement>('.chart-plot').forEach((p, i) => {
    const size = sizes[i];
    if (!size?.height) return;
    p.style.height = `${size.height}px`;
    p.style.width = `${size.width}px`;
  });
  // What only a screen reader or a pointer needs has no place on paper.
  copy.querySelectorAll('.visually-hidden, button, .recharts-tooltip-wrapper').forEach((n) => n.remove());
  slot.replaceChildren(copy);
}
