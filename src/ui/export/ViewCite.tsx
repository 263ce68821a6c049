import { Suspense, useState } from 'react';
import { viewNamespaces } from '../../i18n/constants';
import { TextsGate } from '../../i18n/gate/TextsGate';
import { useActionHandlers } from '../../state/actions/useActionHandlers';
import { ActionButton } from '../ActionButton';
import { lazyRetry } from '../lazyRetry';
import type { CiteSource } from './cite';

const CiteDialog = lazyRetry(() => import('./CiteDialog'));
const EXPORT_NAMESPACES = viewNamespaces('export');

interface ViewCiteProps {
  /** What is cited: the view's or the page's title. */
  subject: string;
  /** Ids of every dataset source behind what the view shows, disagreeing ones included; repeats are fine. */
  sourceIds: readonly string[];
  /** Cited texts that are not rows of the sources table (policy documents), listed first. */
  documents?: readonly CiteSource[];
}

/** "Cite this" for a whole view; the dialog and its texts load only when it is opened. */
export function ViewCite({ subject, sourceIds, documents = [] }: ViewCiteProps) {
  const [open, setOpen] = useState(false);
  const show = () => setOpen(true);
  useActionHandlers({ 'page.cite': show });
  return (
    <>
      <ActionButton
        action="page.cite"
        className="button button--quiet view-cite"
        onClick={show}
        onPointerEnter={() => CiteDialog.preload()}
        onFocus={() => CiteDialog.preload()}
      />
      {open && (
        <Suspense fallback={null}>
          <TextsGate namespaces={EXPORT_NAMESPACES}>
            <CiteDialog
              subject={subject}
              sourceIds={sourceIds}
              documents={documents}
              onClose={() => setOpen(false)}
            />
          </TextsGate>
        </Suspense>
      )}
    </>
  );
}
