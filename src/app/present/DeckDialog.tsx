import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useActionBridge } from '../../state/actions/context';
import { DEFAULT_DECK, isDefaultDeck, MAX_SLIDES, moveSlide, removeSlide } from '../../state/deck';
import { urlStateOf, useAppStore } from '../../state/store';
import { toSearch } from '../../state/url';
import { Dialog } from '../../ui/Dialog';
import { slideTitle } from './slideTitle';

/** The presenter's deck: add what is on screen, reorder, remove, start from any slide, share as a link. */
export function DeckDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bridge = useActionBridge();
  const deck = useAppStore((s) => s.deck);
  const view = useAppStore((s) => s.view);
  const setDeck = useAppStore((s) => s.setDeck);
  const addCurrentSlide = useAppStore((s) => s.addCurrentSlide);
  const search = useAppStore((s) => toSearch({ ...urlStateOf(s), lang: null, present: 0 }));
  const [copied, setCopied] = useState(false);
  const link = `${window.location.origin}${window.location.pathname}${search}`;
  const presentFrom = (i: number) => {
    onClose();
    bridge.run('present.start', i);
  };
  const copy = () => {
    navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };

  return (
    <Dialog open={open} onClose={onClose} title={t('deck.title')}>
      <p>{t('deck.intro')}</p>
      <p role="status" className="muted small">
        {t('deck.count', {
          count: deck.length,
          shown: format.number(deck.length),
          max: format.number(MAX_SLIDES),
        })}
      </p>
      {deck.length === 0 && <p className="empty">{t('deck.empty')}</p>}
      <ol className="deck-list">
        {deck.map((slide, i) => {
          const title = slideTitle(t, slide);
          return (
            <li key={`${i}-${slide}`} className="deck-list__item">
              <span className="deck-list__title">{title}</span>
              <code className="deck-list__link">{slide}</code>
              <span className="deck-list__buttons">
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => presentFrom(i)}
                  aria-label={t('deck.presentFromLabel', { title })}
                >
                  {t('deck.presentFrom')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={i === 0}
                  onClick={() => setDeck(moveSlide(deck, i, i - 1))}
                  aria-label={t('deck.upLabel', { title })}
                >
                  {t('deck.up')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  disabled={i === deck.length - 1}
                  onClick={() => setDeck(moveSlide(deck, i, i + 1))}
                  aria-label={t('deck.downLabel', { title })}
                >
                  {t('deck.down')}
                </button>
                <button
                  type="button"
                  className="button button--quiet"
                  onClick={() => setDeck(removeSlide(deck, i))}
                  aria-label={t('deck.removeLabel', { title })}
                >
                  {t('deck.remove')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <div className="deck-actions">
        <button
          type="button"
          className="button"
          disabled={deck.length >= MAX_SLIDES}
          onClick={() => addCurrentSlide()}
        >
          {t('deck.addCurrent', { view: t(`views.${view}.title`) })}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={isDefaultDeck(deck)}
          onClick={() => setDeck(DEFAULT_DECK)}
        >
          {t('deck.reset')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          disabled={deck.length === 0}
          onClick={() => presentFrom(0)}
        >
          {t('deck.present')}
        </button>
      </div>
      <label className="field deck-share">
        <span>{t('deck.link')}</span>
        <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" className="button button--quiet" onClick={copy}>
        {t('deck.copy')}
      </button>
      <span role="status" className="muted small">
        {copied ? t('deck.copied') : ''}
      </span>
    </Dialog>
  );
}
