import { useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { useActionBridge } from '../../state/actions/context';
import {
  DEFAULT_DECK,
  duplicateSlide,
  isDefaultDeck,
  MAX_SLIDES,
  moveSlide,
  removeSlide,
  TEXT_LIMITS,
  updateSlide,
} from '../../state/deck';
import { useAppStore } from '../../state/store';
import { Dialog } from '../../ui/Dialog';
import { DeckItem, type DeckControl, type DeckItemActions } from './DeckItem';
import { DeckShare } from './DeckShare';

/** Where focus goes once the list has been drawn again: a control of a slide, or the add button. */
type FocusTarget = { control: DeckControl; index: number } | { control: 'add' };

function targetAfterMove(to: number, count: number, control: DeckControl): FocusTarget {
  // A button that the move has disabled (Up on the first slide) hands focus to its opposite.
  if (control === 'up' && to === 0) return { control: 'down', index: to };
  if (control === 'down' && to === count - 1) return { control: 'up', index: to };
  return { control, index: to };
}

/**
 * The presenter's deck: add what is on screen, name and caption each slide, write speaker notes,
 * reorder (Up and Down, or drag), duplicate, remove, present from any slide,
 * print it, and share it as a link. After a change, focus stays on the neighbouring control.
 */
export function DeckDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const bridge = useActionBridge();
  const deck = useAppStore((s) => s.deck);
  const origin = useAppStore((s) => s.deckOrigin);
  const saveFailed = useAppStore((s) => s.deckSaveFailed);
  const view = useAppStore((s) => s.view);
  const setDeck = useAppStore((s) => s.setDeck);
  const addCurrentSlide = useAppStore((s) => s.addCurrentSlide);
  const focusTarget = useRef<FocusTarget | null>(null);
  const setFocusTarget = (target: FocusTarget) => {
    focusTarget.current = target;
  };
  const [said, setSaid] = useState('');
  const dragFrom = useRef<number | null>(null);
  const listRef = useRef<HTMLDivElement>(null);

  // Once the changed list is drawn, focus the control the change asked for.
  useLayoutEffect(() => {
    const target = focusTarget.current;
    if (!target) return;
    focusTarget.current = null;
    const name = target.control === 'add' ? 'add' : `${target.control}-${target.index}`;
    listRef.current?.querySelector<HTMLElement>(`[data-deck-control="${name}"]`)?.focus();
  }, [deck]);

  const titleAt = (i: number) =>
    listRef.current?.querySelectorAll('.deck-item__title')[i]?.textContent ?? format.number(i + 1);
  const move = (from: number, to: number, control: DeckControl | null) => {
    if (from === to) return;
    const title = titleAt(from);
    setDeck(moveSlide(deck, from, to));
    if (control) setFocusTarget(targetAfterMove(to, deck.length, control));
    setSaid(t('deck.moved', { title, n: format.number(to + 1) }));
  };
  const actions: DeckItemActions = {
    present: (i) => {
      onClose();
      bridge.run('present.start', i);
    },
    duplicate: (i) => {
      setDeck(duplicateSlide(deck, i));
      setFocusTarget({ control: 'title', index: i + 1 });
    },
    move,
    remove: (i) => {
      const title = titleAt(i);
      setDeck(removeSlide(deck, i));
      setFocusTarget(
        deck.length > 1 ? { control: 'remove', index: Math.min(i, deck.length - 2) } : { control: 'add' },
      );
      setSaid(t('deck.removed', { title }));
    },
    update: (i, patch) => setDeck(updateSlide(deck, i, patch)),
    dragStart: (i) => {
      dragFrom.current = i;
    },
    drop: (i) => {
      const from = dragFrom.current;
      dragFrom.current = null;
      if (from !== null) move(from, i, null);
    },
  };
  const full = deck.length >= MAX_SLIDES;

  return (
    <Dialog open={open} onClose={onClose} title={t('deck.title')}>
      <div className="deck-editor" ref={listRef}>
        <p>{t('deck.intro')}</p>
        <p className="muted small">
          {t('deck.limits', {
            max: format.number(MAX_SLIDES),
            title: format.number(TEXT_LIMITS.title),
            caption: format.number(TEXT_LIMITS.caption),
            notes: format.number(TEXT_LIMITS.notes),
          })}
        </p>
        {origin === 'link' && <p className="notice">{t('deck.fromLink')}</p>}
        {saveFailed && (
          <p className="notice" role="alert">
            {t('deck.saveFailed')}
          </p>
        )}
        <p className="muted small">
          {t('deck.count', {
            count: deck.length,
            shown: format.number(deck.length),
            max: format.number(MAX_SLIDES),
          })}
        </p>
        <p className="visually-hidden" role="status">
          {said}
        </p>
        {deck.length === 0 && <p className="empty">{t('deck.empty')}</p>}
        <ol className="deck-list">
          {deck.map((slide, i) => (
            <DeckItem key={i} slide={slide} index={i} count={deck.length} actions={actions} />
          ))}
        </ol>
        <div className="deck-actions">
          <button
            type="button"
            className="button"
            disabled={full}
            onClick={() => addCurrentSlide()}
            data-deck-control="add"
          >
            {t('deck.addCurrent', { view: t(`views.${view}.title`) })}
          </button>
          {full && <span className="muted small">{t('deck.full', { max: format.number(MAX_SLIDES) })}</span>}
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
            onClick={() => actions.present(0)}
          >
            {t('deck.present')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={deck.length === 0}
            onClick={() => {
              onClose();
              bridge.run('deck.print');
            }}
          >
            {t('actions.handout')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => bridge.run('present.notes')}>
            {t('actions.presenterWindow')}
          </button>
        </div>
        <DeckShare deck={deck} />
      </div>
    </Dialog>
  );
}
