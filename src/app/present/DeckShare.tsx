import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { isDefaultDeck, type Deck } from '../../state/deck';
import { encodeDeck } from '../../state/deckCodec';
import { defaultUrlState, MAX_DECK_LENGTH, toSearch } from '../../state/url';

/** The deck's link with its length against what a link may carry, said before the limit bites. */
export function DeckShare({ deck }: { deck: Deck }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [copied, setCopied] = useState(false);
  const search = toSearch({ ...defaultUrlState(), present: 0, deck });
  const link = `${window.location.origin}${window.location.pathname}${search}`;
  const used = isDefaultDeck(deck) ? 0 : encodeDeck(deck).length;
  const tooLong = used > MAX_DECK_LENGTH;
  const copy = () => {
    navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  };
  const lengths = { length: format.number(used), max: format.number(MAX_DECK_LENGTH) };
  return (
    <div className="deck-share">
      <label className="field">
        <span>{t('deck.link')}</span>
        <input type="text" readOnly value={link} onFocus={(e) => e.currentTarget.select()} />
      </label>
      <p className={tooLong ? 'notice' : 'muted small'} role={tooLong ? 'alert' : undefined}>
        {tooLong ? t('deck.linkTooLong', lengths) : t('deck.linkLength', lengths)}
      </p>
      <button type="button" className="button button--quiet" onClick={copy}>
        {t('deck.copy')}
      </button>
      <span role="status" className="muted small">
        {copied ? t('deck.copied') : ''}
      </span>
    </div>
  );
}
