import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { viewNamespaces } from '../../i18n/constants';
import { TextsGate } from '../../i18n/gate/TextsGate';
import { DatasetDownload } from '../../ui/export/DatasetDownload';
import { ViewCite } from '../../ui/export/ViewCite';
import { useDataset } from '../../ui/useDataset';
import { useDrawnLater } from '../../ui/useDrawnLater';
import { Changelog } from './Changelog';
import { ConflictList } from './ConflictList';
import { SeedClaims } from './SeedClaims';
import { SourceTable } from './SourceTable';
import { useEveryPart } from './useEveryPart';

export default function SourcesView() {
  const { t } = useTranslation();
  const dataset = useDataset();
  const ready = useEveryPart();
  // The source table and the seed claims a task after the conflict list: drawn with it, one long task.
  const below = useDrawnLater(ready);
  return (
    <div className="sources-view">
      <header className="view-header">
        <h1>{t('views.sources.title')}</h1>
        <p className="lead">{t('sources.lead', { count: dataset.sources.size })}</p>
        <ViewCite subject={t('views.sources.title')} sourceIds={[...dataset.sources.keys()]} />
      </header>
      {/* Its texts load on demand: the tables do not wait for them. */}
      <Suspense fallback={null}>
        <TextsGate namespaces={viewNamespaces('export')}>
          <DatasetDownload />
        </TextsGate>
      </Suspense>
      <ConflictList ready={ready} />
      {/* They need every figure group and the detail tables, asked for once the first screen is drawn; they
          arrive below the conflict list's place. */}
      {below && (
        <Suspense fallback={null}>
          <SourceTable />
          <SeedClaims />
        </Suspense>
      )}
      <Changelog />
    </div>
  );
}
