import type { i18n as I18n, TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Source } from '../data/model';
import type { Series, SourceQuality } from '../data/schema/enums';
import { dataKey, optionalText, type DataPath } from '../i18n/keys';
import { nativeName } from '../i18n/languages';
import { useFormat, type Formatters } from '../i18n/useFormat';
import { Icon } from './Icon';

/** One figure's provenance: which source states it, in which words, and what to know about it. */
export interface CitationItem {
  source: Source;
  quote: string;
  /** Keys of locales/<lng>/notes.json, each as group.key. */
  notes: DataPath<'notes'>[];
  series?: Series;
  zoneBasis?: number | null;
  zoneBasisNotes?: string[];
}

/**
 * What SourceDate, Publisher and QualityBadge show, as plain functions of words already in the reader's
 * language: a table of every source resolves them once per render instead of through a translation hook
 * in each of its hundreds of cells (the Sources view's largest render cost).
 */
export function sourceDateText(source: Source, t: TFunction<'common'>, format: Formatters): string {
  if (!source.date) return t('source.undated');
  const date = format.date(source.date);
  return source.date_approx ? t('source.approxDate', { date }) : date;
}

export function publisherName(
  source: Source,
  i18n: I18n,
  t: TFunction<['common', 'notes']>,
): { text: string; lang?: string } {
  const text = optionalText(i18n, t, dataKey('notes', `publisher.${source.id}`));
  return text !== null ? { text } : { text: source.publisher, lang: source.language };
}

export const publisherMark = ({ text, lang }: { text: string; lang?: string }) =>
  lang ? <span lang={lang}>{text}</span> : <>{text}</>;

export interface QualityWords {
  label: string;
  help: string;
}

export function qualityWords(t: TFunction<'common'>, quality: SourceQuality): QualityWords {
  return { label: t(`source.quality.${quality}`), help: t(`source.qualityHelp.${quality}`) };
}

export const qualityMark = (quality: SourceQuality, words: QualityWords) => (
  <span className={`badge badge--${quality}`} title={words.help}>
    {words.label}
  </span>
);

export function SourceDate({ source }: { source: Source }) {
  const { t } = useTranslation();
  const format = useFormat();
  return <>{sourceDateText(source, t, format)}</>;
}

/**
 * The publisher as the source names itself, in its language; when the data only has an editor's
 * description ("unknown (repost)", "Wikipedia (mirror)"), that description in the reader's language.
 */
export function Publisher({ source }: { source: Source }) {
  return publisherMark(usePublisherName()(source));
}

/** The publisher as Publisher shows it, as text (to sort and export); `lang` is set when it is the source's own words. */
export function usePublisherName() {
  const { t, i18n } = useTranslation(['common', 'notes']);
  return (source: Source) => publisherName(source, i18n, t);
}

export function QualityBadge({ source }: { source: Source }) {
  const { t } = useTranslation();
  return qualityMark(source.quality, qualityWords(t, source.quality));
}

export function Citation({ item }: { item: CitationItem }) {
  const { t } = useTranslation(['common', 'notes']);
  const { source } = item;
  return (
    <article className="citation">
      <p className="citation__title" lang={source.language}>
        {source.title}
      </p>
      {!source.title_is_published && <p className="muted small">{t('source.titleDescriptive')}</p>}
      <dl className="citation__facts">
        <dt>{t('source.publisher')}</dt>
        <dd>
          <Publisher source={source} />
        </dd>
        <dt>{t('source.date')}</dt>
        <dd>
          <SourceDate source={source} />
        </dd>
        <dt>{t('source.quality.label')}</dt>
        <dd>
          <QualityBadge source={source} />{' '}
          <span className="muted">{t(`source.qualityHelp.${source.quality}`)}</span>
        </dd>
        <dt>{t('source.language')}</dt>
        <dd lang={source.language}>{nativeName(source.language)}</dd>
        {item.series && (
          <>
            <dt>{t('source.series')}</dt>
            <dd>{t(`series.${item.series}`)}</dd>
          </>
        )}
        {item.zoneBasis !== undefined && (
          <>
            <dt>{t('source.zoneBasis')}</dt>
            <dd>
              {item.zoneBasis === null
                ? t('source.zoneBasisUnknown')
                : t('source.zoneBasisCount', { count: item.zoneBasis })}
              {item.zoneBasisNotes?.map((k) => ` · ${t(dataKey('notes', `basis.${k}`))}`)}
            </dd>
          </>
        )}
        <dt>{t('source.address')}</dt>
        <dd>
          {source.url ? (
            <a href={source.url} target="_blank" rel="noreferrer noopener" className="citation__url">
              {source.url} <Icon glyph="external" />
              <span className="visually-hidden">{t('source.opensNewTab')}</span>
            </a>
          ) : (
            t(source.seed ? 'source.seedNoAddress' : 'source.noAddress')
          )}
        </dd>
      </dl>
      {item.quote ? (
        <blockquote className="citation__quote" lang={source.language}>
          {item.quote}
        </blockquote>
      ) : (
        <p className="muted small">{t('source.noQuote')}</p>
      )}
      {(item.notes.length > 0 || source.note.length > 0) && (
        <ul className="citation__notes">
          {item.notes.map((key) => (
            <li key={key}>{t(dataKey('notes', key))}</li>
          ))}
          {source.note.map((key) => (
            <li key={key}>{t(dataKey('notes', `source.${key}`))}</li>
          ))}
        </ul>
      )}
    </article>
  );
}
