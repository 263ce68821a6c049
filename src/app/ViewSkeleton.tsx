import { useTranslation } from 'react-i18next';
import type { ViewId } from '../state/views';
import { namespaceOf, VIEW_HEADINGS } from './viewHeadings';

/**
 * What the view area shows while a view's chunk arrives: the same quiet bars as the page before the app
 * started (index.html), so the page does not change its look twice. For a view whose heading and lead
 * are plain texts already loaded, those instead of the first bars, as index.html showed them: the first
 * screen's largest text stays where it was painted first.
 */
export function ViewSkeleton({ view }: { view?: ViewId }) {
  const { t, i18n } = useTranslation();
  const keys = view ? VIEW_HEADINGS[view] : undefined;
  // A view opened later may not have its texts yet: then the bars.
  const ready = !!keys && i18n.hasLoadedNamespace([namespaceOf(keys.title), namespaceOf(keys.lead)]);
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('loading')}
      </p>
      {keys && ready ? (
        <header className="view-header">
          <p className="view-title">{i18n.t(keys.title)}</p>
          <p className="lead">{i18n.t(keys.lead)}</p>
        </header>
      ) : (
        <>
          <div className="skeleton skeleton--title" />
          <div className="skeleton skeleton--line" />
          <div className="skeleton skeleton--line skeleton--short" />
        </>
      )}
      <div className="skeleton skeleton--panel" />
    </div>
  );
}
