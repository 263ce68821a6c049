import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_VERSION } from '../../data/version';
import { Dialog } from '../Dialog';
import { Citations } from './Citations';
import { ExportCard, placeChart } from './ExportCard';
import { exportFileName } from './fileName';
import { canCopyImage, copyImage, renderImage, type ImageKind } from './image';
import { saveBlob } from '../saveFile';
import type { TakeAway } from './takeAway';
import { useTakeAwaySources } from './useTakeAwaySources';
import { useCiteInput } from './useCiteInput';
import { iframeCode, viewLink } from './viewLink';
import './export.css';

interface ExportDialogProps {
  frame: HTMLElement;
  title: string;
  takeAway: TakeAway;
  onClose(): void;
}

/** Everything a reader carries away from one chart: its picture, its citation and its embed code. */
export default function ExportDialog({ frame, title, takeAway, onClose }: ExportDialogProps) {
  const { t, i18n } = useTranslation(['export', 'common']);
  const lang = i18n.language;
  const card = useRef<HTMLDivElement>(null);
  const [status, setStatus] = useState('');
  const sources = useTakeAwaySources(takeAway.sources);
  const link = viewLink(window.location.href, lang);
  const subtitle = frame.querySelector('.chart-frame__subtitle')?.textContent ?? '';

  const input = useCiteInput(title, sources);

  const image = async (kind: ImageKind) => {
    if (!card.current) return;
    setStatus(t('image.working'));
    placeChart(card.current, frame);
    try {
      const file = exportFileName(takeAway.name, takeAway.years, lang, kind);
      saveBlob(await renderImage(card.current, kind), file);
      setStatus(t('image.saved', { file }));
    } catch (e) {
      setStatus(t('image.failed', { reason: String(e) }));
    }
  };
  const copyPicture = async () => {
    if (!card.current) return;
    placeChart(card.current, frame);
    try {
      await copyImage(card.current);
      setStatus(t('image.copied'));
    } catch (e) {
      setStatus(t('image.failed', { reason: String(e) }));
    }
  };
  const copyText = async (text: string, done: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus(done);
    } catch {
      setStatus(t('cite.copyFailed'));
    }
  };
  const embed = iframeCode(viewLink(window.location.href, lang, true), title);

  return (
    <Dialog open onClose={onClose} title={t('dialogTitle', { subject: title })}>
      <div className="export-dialog">
        <p role="status" className="export-dialog__status">
          {status}
        </p>
        <section aria-labelledby="export-image">
          <h3 id="export-image">{t('image.heading')}</h3>
          <p className="muted small">{t('image.intro')}</p>
          <div className="export-dialog__buttons">
            <button type="button" className="button" onClick={() => void image('png')}>
              {t('image.png')}
            </button>
            <button type="button" className="button" onClick={() => void image('svg')}>
              {t('image.svg')}
            </button>
            {canCopyImage() && (
              <button type="button" className="button" onClick={() => void copyPicture()}>
                {t('image.copy')}
              </button>
            )}
          </div>
          {!canCopyImage() && <p className="muted small">{t('image.noCopy')}</p>}
        </section>
        <Citations input={input} onStatus={setStatus} />
        <section aria-labelledby="export-embed">
          <h3 id="export-embed">{t('embed.heading')}</h3>
          <p className="muted small">{t('embed.intro')}</p>
          <label>
            {t('embed.code')}
            <textarea readOnly rows={3} value={embed} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => void copyText(embed, t('embed.copied'))}
          >
            {t('embed.copy')}
          </button>
        </section>
      </div>
      <ExportCard
        ref={card}
        title={title}
        subtitle={subtitle}
        years={takeAway.years}
        sources={sources}
        link={link}
        version={DATA_VERSION.version}
      />
    </Dialog>
  );
}
