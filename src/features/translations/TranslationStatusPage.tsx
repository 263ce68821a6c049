import { useSuspenseQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isCompleteLanguage, PSEUDO_LANGUAGE, SHOW_KEYS_LANGUAGE } from '../../i18n/constants';
import { CoverageTable } from './CoverageTable';
import { statusQuery } from './statusQuery';
import { TodoList } from './TodoList';

/** The language whose work is listed first: the one on screen if it is still partial, else the least done. */
function firstLanguage(current: string, partial: Array<{ lng: string; translated: number; total: number }>) {
  if (partial.some((l) => l.lng === current)) return current;
  return [...partial].sort((a, b) => a.translated / a.total - b.translated / b.total)[0]?.lng ?? null;
}

/** Reached from the footer (#translations): how far each language is and what is left, for translators. */
export default function TranslationStatusPage() {
  const { t, i18n } = useTranslation('translations');
  const status = useSuspenseQuery(statusQuery).data;
  const partial = status.languages.filter((l) => !isCompleteLanguage(l.lng));
  const [chosen, setChosen] = useState<string | null>(null);
  const lng = chosen ?? firstLanguage(i18n.language, partial);
  const listed = status.languages.find((l) => l.lng === lng);
  return (
    <div className="translation-status">
      <header className="view-header">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      <section className="panel" aria-labelledby="translation-howto">
        <h2 id="translation-howto">{t('howTo.heading')}</h2>
        <ul>
          <li>{t('howTo.start')}</li>
          <li>{t('howTo.check')}</li>
          <li>
            <a href={`?lang=${SHOW_KEYS_LANGUAGE}`}>{t('howTo.showKeys')}</a> ·{' '}
            <a href={`?lang=${PSEUDO_LANGUAGE}`}>{t('howTo.pseudo')}</a>
          </li>
        </ul>
      </section>
      <CoverageTable languages={status.languages} />
      {listed && (
        <TodoList
          status={status}
          language={listed}
          choices={status.languages.map((l) => l.lng)}
          onChoose={setChosen}
        />
      )}
    </div>
  );
}
