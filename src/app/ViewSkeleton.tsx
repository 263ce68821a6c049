import { useTranslation } from 'react-i18next';
import type { ViewId } from '../state/views';
import { shellHeading } from './shellHeading';

/**
 * What the view area shows while a view's chunk arrives: the same quiet bars as the page before the app
 * started (index.html), so the page does not change its look twice — or, where index.html showed the
 * view's heading and lead, those, in the same place: the first screen's largest text never moves.
 */
export function ViewSkeleton({ view }: { view?: ViewId }) {
  const { t, i18n } = useTranslation();
  const heading = view ? shellHeading(view, i18n.language) : null;
  return (
    <div aria-busy="true">
      <p className="visually-hidden" role="status">
        {t('loading')}
      </p>
      {heading ? (
        <header className="view-header">
          <p className="view-title">{heading.title}</p>
          <p className="lead">{heading.lead}</p>
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
