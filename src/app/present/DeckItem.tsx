import { Suspense, useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { TEXT_LIMITS, type Slide } from '../../state/deck';
import { slideState } from '../../state/url';
import { useSlideNames } from './ViewSlide';

/** What the editor does to one slide; each returns nothing, the dialog moves focus afterwards. */
export interface DeckItemActions {
  present(i: number): void;
  duplicate(i: number): void;
  /** `control`: the button to keep focus on afterwards; none after a drag. */
  move(from: number, to: number, control: DeckControl | null): void;
  remove(i: number): void;
  update(i: number, patch: Partial<Pick<Slide, 'title' | 'caption' | 'notes' | 'part'>>): void;
  dragStart(i: number): void;
  drop(i: number): void;
}

const CONTROLS = ['present', 'duplicate', 'up', 'down', 'remove', 'title'] as const;
export type DeckControl = (typeof CONTROLS)[number];
/** Marks each control with its kind and slide, so the dialog can move focus after a change. */
const CONTROL_ATTRIBUTE = 'data-deck-control';

interface DeckItemProps {
  slide: Slide;
  index: number;
  count: number;
  actions: DeckItemActions;
}

/** A field whose visible label is short and whose accessible name says which slide it belongs to. */
function Field({
  short,
  full,
  wide = false,
  children,
}: {
  short: string;
  full: string;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <label className={`field deck-item__field ${wide ? 'deck-item__field--wide' : ''}`}>
      <span aria-hidden="true">{short}</span>
      <span className="visually-hidden">{full}</span>
      {children}
    </label>
  );
}

function DeckItemBody({ slide, index, count, actions }: DeckItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = useSlideNames(slide);
  const n = format.number(index + 1);
  const title = names.title;
  const control = (name: DeckControl) => ({ [CONTROL_ATTRIBUTE]: `${name}-${index}` });
  const ids = Object.fromEntries(CONTROLS.map((name) => [name, control(name)])) as Record<
    DeckControl,
    ReturnType<typeof control>
  >;
  return (
    <>
      {/* The row is what a mouse drags (the grip shows where); the keyboard moves a slide with Up and Down. */}
      <div className="deck-item__row" draggable>
        <span className="deck-item__grip" aria-hidden="true" />
        <span className="deck-item__number" aria-hidden="true">
          {n}
        </span>
        <div className="deck-item__names">
          <span className="deck-item__title">{title}</span>
          <span className="deck-item__description">{names.description}</span>
        </div>
        <div className="deck-item__buttons">
          <button
            type="button"
            className="button button--quiet"
            onClick={() => actions.present(index)}
            aria-label={t('deck.presentFromLabel', { title })}
            {...ids.present}
          >
            {t('deck.presentFrom')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => actions.duplicate(index)}
            aria-label={t('deck.duplicateLabel', { title })}
            {...ids.duplicate}
          >
            {t('deck.duplicate')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={index === 0}
            onClick={() => actions.move(index, index - 1, 'up')}
            aria-label={t('deck.upLabel', { title })}
            {...ids.up}
          >
            {t('deck.up')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            disabled={index === count - 1}
            onClick={() => actions.move(index, index + 1, 'down')}
            aria-label={t('deck.downLabel', { title })}
            {...ids.down}
          >
            {t('deck.down')}
          </button>
          <button
            type="button"
            className="button button--quiet"
            onClick={() => actions.remove(index)}
            aria-label={t('deck.removeLabel', { title })}
            {...ids.remove}
          >
            {t('deck.remove')}
          </button>
        </div>
      </div>
      <div className="deck-item__fields">
        <Field short={t('deck.titleField')} full={t('deck.titleFieldLabel', { n })}>
          <input
            type="text"
            value={slide.title}
            placeholder={names.defaultTitle}
            maxLength={TEXT_LIMITS.title}
            onChange={(e) => actions.update(index, { title: e.target.value })}
            {...ids.title}
          />
        </Field>
        <Field short={t('deck.captionField')} full={t('deck.captionFieldLabel', { n })}>
          <input
            type="text"
            value={slide.caption}
            maxLength={TEXT_LIMITS.caption}
            onChange={(e) => actions.update(index, { caption: e.target.value })}
          />
        </Field>
        {names.parts.length > 1 && (
          <Field short={t('deck.partField')} full={t('deck.partFieldLabel', { n })}>
            <select
              value={names.parts.some((p) => p.id === slide.part) ? slide.part : (names.parts[0]?.id ?? '')}
              onChange={(e) => actions.update(index, { part: e.target.value })}
            >
              {names.parts.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
            </select>
          </Field>
        )}
        <Field short={t('deck.notesField')} full={t('deck.notesFieldLabel', { n })} wide>
          <textarea
            rows={2}
            value={slide.notes}
            maxLength={TEXT_LIMITS.notes}
            onChange={(e) => actions.update(index, { notes: e.target.value })}
          />
        </Field>
      </div>
    </>
  );
}

/** One slide in the editor: its title and what it shows in words, its buttons and the presenter's fields. */
export function DeckItem(props: DeckItemProps) {
  const { index, actions } = props;
  const ref = useRef<HTMLLIElement>(null);
  const drop = useEffectEvent(() => actions.drop(index));
  const start = useEffectEvent(() => actions.dragStart(index));
  // A slide's row is dragged (its buttons stay buttons); the whole slide is where another one drops.
  useEffect(() => {
    const li = ref.current;
    if (!li) return;
    const onStart = (e: DragEvent) => {
      if (e.dataTransfer) {
        e.dataTransfer.effectAllowed = 'move';
        e.dataTransfer.setData('text/plain', '');
      }
      start();
    };
    const over = (e: Event) => e.preventDefault();
    const onDrop = (e: Event) => {
      e.preventDefault();
      drop();
    };
    li.addEventListener('dragstart', onStart);
    li.addEventListener('dragover', over);
    li.addEventListener('drop', onDrop);
    return () => {
      li.removeEventListener('dragstart', onStart);
      li.removeEventListener('dragover', over);
      li.removeEventListener('drop', onDrop);
    };
  }, []);
  return (
    <li className="deck-item" ref={ref}>
      <Suspense fallback={<div className="deck-item__row" aria-busy="true" />}>
        <DeckItemBody key={slideState(props.slide.search).view} {...props} />
      </Suspense>
    </li>
  );
}
