import { useTranslation } from 'react-i18next';
import changelog from '../../data/changelog.json';
import { dataKey, type DataPath } from '../../i18n/keys';
import { useFormat } from '../../i18n/useFormat';

/** "What changed": the dataset's changelog, newest first, as the data check keeps it in step with the files. */
export function Changelog() {
  const { t } = useTranslation(['common', 'notes']);
  const format = useFormat();
  return (
    <section aria-labelledby="sources-changelog" className="changelog">
      <h2 id="sources-changelog">{t('sources.changelogTitle')}</h2>
      {changelog.map((entry) => (
        <article key={entry.version}>
          <h3>{t('sources.changelogEntry', { version: entry.version, date: format.date(entry.date) })}</h3>
          <ul>
            {entry.changes.map((key) => (
              <li key={key}>{t(dataKey('notes', `changelog.${key}` as DataPath<'notes'>))}</li>
            ))}
          </ul>
        </article>
      ))}
    </section>
  );
}
