import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useI18nInstance } from '../../i18n/useI18nInstance';
import { useActionHandlers } from '../../state/actions/useActionHandlers';
import { ActionButton } from '../ActionButton';

/** The whole dataset as a zip, with its codebook, sources, licence and citation file. */
export function DatasetDownload() {
  const { t } = useTranslation('export');
  const i18n = useI18nInstance();
  const [status, setStatus] = useState('');
  const download = async () => {
    setStatus(t('zip.working'));
    try {
      // Both only on a click: the view's first screen loads neither.
      const [{ buildDatasetZip }, { saveBlob }] = await Promise.all([
        import('./datasetZip'),
        import('../saveFile'),
      ]);
      const { blob, name } = await buildDatasetZip(i18n);
      saveBlob(blob, name);
      setStatus(t('zip.saved', { file: name }));
    } catch (e) {
      setStatus(t('zip.failed', { reason: String(e) }));
    }
  };
  useActionHandlers({ 'dataset.download': () => void download() });
  return (
    <section aria-labelledby="dataset-download" className="dataset-download">
      <h2 id="dataset-download">{t('zip.heading')}</h2>
      <p>{t('zip.intro')}</p>
      <ActionButton action="dataset.download" className="button" onClick={() => void download()} />
      <p role="status" className="muted small">
        {status}
      </p>
    </section>
  );
}
