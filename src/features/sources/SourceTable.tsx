import type { i18n as I18n, TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Source } from '../../data/model';
import { SOURCE_QUALITY, type SourceQuality } from '../../data/schema/enums';
import { figuresBacked } from '../../data/selectors/sources';
import { nativeName } from '../../i18n/languages';
import { useFormat, type Formatters } from '../../i18n/useFormat';
import {
  publisherMark,
  publisherName,
  qualityMark,
  qualityWords,
  sourceDateText,
  type QualityWords,
} from '../../ui/Citation';
import { CsvButton } from '../../ui/CsvButton';
import { DataTable, type Column } from '../../ui/DataTable';
import { Icon } from '../../ui/Icon';
import { useDataset } from '../../ui/useDataset';
import { useDrawnLater } from '../../ui/useDrawnLater';

/** Every source with publisher, date, address, quality and how many figures it backs. */
export function SourceTable() {
  const { t, i18n } = useTranslation(['common', 'notes']);
  const format = useFormat();
  const dataset = useDataset();
  const figures = figuresBacked(dataset);
  const words = useMemo(
    () => sourceWords(dataset.sources.values(), i18n, t, format),
    [dataset, i18n, t, format],
  );
  const publisher = (s: Source) => words.get(s.id)!.publisher;
  const [quality, setQuality] = useState<SourceQuality | 'all'>('all');
  // Its ≈2,400 elements lie screens below the conflict list: drawn with it they held back the view's first
  // paint and made its longest task. The title, filter and count above them come at once.
  const drawn = useDrawnLater();
  // Newest first, as the table opens, so the CSV lists them in the same order.
  const rows = useMemo(
    () =>
      [...dataset.sources.values()]
        .filter((s) => quality === 'all' || s.quality === quality)
        .sort((a, b) => (b.date || '0').localeCompare(a.date || '0')),
    [dataset, quality],
  );
  const columns: Column<Source>[] = [
    {
      id: 'title',
      header: t('source.title'),
      cell: (s) => (
        <>
          <span lang={s.language}>{s.title}</span>
          {!s.title_is_published && <span className="muted small"> {t('source.descriptiveMark')}</span>}
          {s.seed && <span className="badge badge--seed">{t('source.seedBadge')}</span>}
        </>
      ),
      sortValue: (s) => s.title,
    },
    {
      id: 'publisher',
      header: t('source.publisher'),
      cell: (s) => publisherMark(publisher(s)),
      sortValue: (s) => publisher(s).text,
    },
    {
      id: 'date',
      header: t('source.date'),
      cell: (s) => words.get(s.id)!.date,
      // Undated sources sort last either way.
      sortValue: (s) => s.date || null,
    },
    {
      id: 'quality',
      header: t('source.quality.label'),
      cell: (s) => qualityMark(s.quality, words.get(s.id)!.quality),
      sortValue: (s) => SOURCE_QUALITY.indexOf(s.quality),
    },
    {
      id: 'language',
      header: t('source.language'),
      // A language's own name is in that language: marked so, for screen readers and fonts.
      cell: (s) => <span lang={s.language}>{words.get(s.id)!.language}</span>,
      sortValue: (s) => words.get(s.id)!.language,
    },
    {
      id: 'figures',
      header: t('sources.figures'),
      cell: (s) => format.number(figures.get(s.id) ?? 0),
      sortValue: (s) => figures.get(s.id) ?? 0,
      numeric: true,
    },
    {
      id: 'address',
      header: t('source.address'),
      cell: (s) =>
        s.url ? (
          <a href={s.url} target="_blank" rel="noreferrer noopener">
            {words.get(s.id)!.host}
            {/* The name starts with the visible host, so speech input can say what it sees. */}
            <span className="visually-hidden">{t('sources.openAddress', { title: s.title })}</span>{' '}
            <Icon glyph="external" />
          </a>
        ) : (
          <span className="muted">{t(s.seed ? 'source.seedNoAddress' : 'source.noAddress')}</span>
        ),
      sortValue: (s) => words.get(s.id)!.host,
    },
  ];
  return (
    <section aria-labelledby="source-table-title" className="panel">
      <header className="chart-frame__header">
        <h2 id="source-table-title">{t('sources.tableTitle')}</h2>
        <div className="chart-frame__actions">
          <CsvButton
            filename="etdz-sources"
            build={() => sourceCsv(rows, figures, (s) => publisher(s).text, t)}
          />
        </div>
      </header>
      <p className="muted">{t('sources.qualityIntro')}</p>
      <label className="field">
        <span>{t('sources.filterQuality')}</span>
        <select value={quality} onChange={(e) => setQuality(e.target.value as SourceQuality | 'all')}>
          <option value="all">{t('sources.allQualities')}</option>
          {SOURCE_QUALITY.map((q) => (
            <option key={q} value={q}>
              {t(`source.quality.${q}`)}
            </option>
          ))}
        </select>
      </label>
      <p role="status" className="muted small">
        {t('sources.shown', { count: rows.length })}
      </p>
      {drawn && (
        <DataTable
          caption={t('sources.tableTitle')}
          rows={rows}
          columns={columns}
          rowKey={(s) => s.id}
          rowId={(s) => `source-${s.id}`}
          initialSort={{ column: 'date', direction: 'descending' }}
        />
      )}
    </section>
  );
}

interface SourceWords {
  publisher: { text: string; lang?: string };
  date: string;
  quality: QualityWords;
  language: string;
  host: string | null;
}

/**
 * What the table writes in each source's row, in the reader's language, worked out once per language and
 * dataset: the cells then only place it (a translation hook in each of its ≈1,000 cells was most of the
 * view's render time). The words every row shares are resolved once: the five qualities, each language's name.
 */
function sourceWords(
  sources: Iterable<Source>,
  i18n: I18n,
  t: TFunction<['common', 'notes']>,
  format: Formatters,
): Map<string, SourceWords> {
  const qualities = new Map(SOURCE_QUALITY.map((q) => [q, qualityWords(t, q)]));
  const languages = new Map<string, string>();
  const languageName = (lng: string) => {
    let name = languages.get(lng);
    if (name === undefined) languages.set(lng, (name = nativeName(lng)));
    return name;
  };
  const words = new Map<string, SourceWords>();
  for (const s of sources)
    words.set(s.id, {
      publisher: publisherName(s, i18n, t),
      date: sourceDateText(s, t, format),
      quality: qualities.get(s.quality)!,
      language: languageName(s.language),
      host: s.url ? new URL(s.url).hostname : null,
    });
  return words;
}

/** The sources shown, as CSV in the reader's language: the table's columns with the full address. */
export function sourceCsv(
  sources: readonly Source[],
  figures: ReadonlyMap<string, number>,
  publisher: (s: Source) => string,
  t: TFunction,
) {
  return {
    header: [
      t('source.title'),
      t('source.titleIsPublished'),
      t('source.publisher'),
      t('source.date'),
      t('source.quality.label'),
      t('source.language'),
      t('sources.figures'),
      t('source.address'),
    ],
    rows: sources.map((s) => [
      s.title,
      s.title_is_published ? t('source.yes') : t('source.no'),
      publisher(s),
      s.date && s.date_approx ? t('source.approxDate', { date: s.date }) : s.date,
      t(`source.quality.${s.quality}`),
      nativeName(s.language),
      figures.get(s.id) ?? 0,
      s.url,
    ]),
  };
}
