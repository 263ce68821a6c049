import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from './i18n';
import { useBench } from './store';

// Like the dashboard's views, the chart library arrives in its own chunk after the first paint.
const Chart = lazy(() => import('./Chart'));

const nativeName = (lng: string) => new Intl.DisplayNames([lng], { type: 'language' }).of(lng) ?? lng;

export function App() {
  const { t, i18n } = useTranslation();
  const national = useBench((s) => s.national);
  const variant = useBench((s) => s.variant);
  const toggleNational = useBench((s) => s.toggleNational);
  const nextVariant = useBench((s) => s.nextVariant);
  const names = t('indicator', { returnObjects: true }) as string[];
  return (
    <main>
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="controls">
        <div role="group" aria-label={t('language')}>
          {LANGUAGES.map((lng) => (
            <button
              key={lng}
              type="button"
              lang={lng}
              aria-pressed={i18n.language === lng}
              onClick={() => void i18n.changeLanguage(lng)}
            >
              {nativeName(lng)}
            </button>
          ))}
        </div>
        <label>
          <input type="checkbox" checked={national} onChange={(e) => toggleNational(e.target.checked)} />{' '}
          {t('national')}
        </label>
        <button type="button" onClick={nextVariant}>
          {t('changeData')}
        </button>
      </div>
      <figure>
        <figcaption>
          {names[variant]} ({t('unit')})
        </figcaption>
        <Suspense fallback={<div className="plot__area" />}>
          <Chart />
        </Suspense>
      </figure>
    </main>
  );
}
