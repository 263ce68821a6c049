import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/store';
import { useDataset } from '../../ui/useDataset';
import { ZoneIndex } from './ZoneIndex';
import { ZoneProfile } from './ZoneProfile';
import './zones.css';
import { ZONE_NS } from './texts';
import { ViewCite } from '../../ui/export/ViewCite';

/** A page per zone: the profile the link names, or the list of every zone the dataset holds. */
export default function ZonesView() {
  const { t } = useTranslation(ZONE_NS);
  const dataset = useDataset();
  const zone = useAppStore((s) => s.zones.zone);
  const known = zone !== null && dataset.zones.some((z) => z.id === zone);
  if (zone !== null && known) return <ZoneProfile id={zone} />;
  return (
    <div className="zones-view">
      <header className="view-header">
        <h1>{t('index.title')}</h1>
        <p className="lead">{t('index.lead', { count: dataset.zones.length })}</p>
        <ViewCite subject={t('index.title')} sourceIds={dataset.zones.map((z) => z.source)} />
      </header>
      {zone !== null && (
        <p className="notice" role="status">
          {t('index.unknown', { id: zone })}
        </p>
      )}
      <ZoneIndex />
    </div>
  );
}
