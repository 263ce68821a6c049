import { Suspense, useState, type RefObject } from 'react';
import { viewNamespaces } from '../../i18n/constants';
import { TextsGate } from '../../i18n/gate/TextsGate';
import { useActionHandlers } from '../../state/actions/useActionHandlers';
import { ActionButton } from '../ActionButton';
import { drawEveryChart } from '../chart/DrawnWhenNear';
import { lazyRetry } from '../lazyRetry';
import type { TakeAway } from './takeAway';

const ExportDialog = lazyRetry(() => import('./ExportDialog'));
const EXPORT_NAMESPACES = viewNamespaces('export');

/** "Save & cite" on a chart frame: the dialog and the image library load only when it is opened. */
export function ExportButton({
  frameRef,
  title,
  takeAway,
}: {
  frameRef: RefObject<HTMLElement | null>;
  title: string;
  takeAway: TakeAway;
}) {
  // The frame element, taken when the dialog opens; null while it is closed.
  const [frame, setFrame] = useState<HTMLElement | null>(null);
  const open = () => {
    // The image is a copy of the chart as drawn: a chart kept as it was while off screen catches up first.
    drawEveryChart();
    setFrame(frameRef.current);
  };
  useActionHandlers({ 'chart.export': open }, { ref: frameRef });
  return (
    <>
      <ActionButton
        action="chart.export"
        className="button button--quiet"
        onClick={open}
        onPointerEnter={() => ExportDialog.preload()}
        onFocus={() => ExportDialog.preload()}
      />
      {frame && (
        <Suspense fallback={null}>
          <TextsGate namespaces={EXPORT_NAMESPACES}>
            <ExportDialog frame={frame} title={title} takeAway={takeAway} onClose={() => setFrame(null)} />
          </TextsGate>
        </Suspense>
      )}
    </>
  );
}
