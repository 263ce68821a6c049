import { useTranslation } from 'react-i18next';

/** An honest placeholder for a view that a later release builds: what it will hold, no fake content. */
export function ComingPanel({ view }: { view: string }) {
  const { t } = useTranslation();
  return (
    <section className="panel coming" aria-labelledby={`coming-${view}`}>
      <h1 id={`coming-${view}`}>{t(`views.${view}.title`)}</h1>
      <p>{t(`views.${view}.summary`)}</p>
      <p className="muted">{t('coming.body')}</p>
    </section>
  );
}
