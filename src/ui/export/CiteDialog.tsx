import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../Dialog';
import type { CiteSource } from './cite';
import { Citations } from './Citations';
import { useCiteInput } from './useCiteInput';
import { useTakeAwaySources } from './useTakeAwaySources';
import './export.css';

interface CiteDialogProps {
  subject: string;
  sourceIds: readonly string[];
  documents: readonly CiteSource[];
  onClose(): void;
}

/** The citation of a whole view: no picture, since a view of lists and tables is not one chart. */
export default function CiteDialog({ subject, sourceIds, documents, onClose }: CiteDialogProps) {
  const { t } = useTranslation('export');
  const [status, setStatus] = useState('');
  const input = useCiteInput(subject, [...documents, ...useTakeAwaySources(sourceIds)]);
  return (
    <Dialog open onClose={onClose} title={t('citeTitle', { subject })}>
      <div className="export-dialog">
        <p role="status" className="export-dialog__status">
          {status}
        </p>
        <Citations input={input} onStatus={setStatus} />
      </div>
    </Dialog>
  );
}
