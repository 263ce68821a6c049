import { useState } from 'react';
import { Citation, type CitationItem } from './Citation';
import { Dialog } from './Dialog';
import { Icon } from './Icon';
import { useCommonT } from '../i18n/useCommonT';

/** "Source" next to a figure: one click or Enter opens who states it, where, and in which words. */
export function SourceButton({ items, subject }: { items: CitationItem[]; subject: string }) {
  const t = useCommonT();
  const [open, setOpen] = useState(false);
  // The dialog is mounted at the first click and stays (so closing returns focus to this button): a
  // table lists hundreds of these, and a dialog each, closed, doubled what a language switch re-rendered.
  const [opened, setOpened] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--link source-button"
        onClick={() => {
          setOpened(true);
          setOpen(true);
        }}
        aria-label={t('source.buttonLabel', { subject, count: items.length })}
      >
        <Icon glyph="source" /> {t('source.button', { count: items.length })}
      </button>
      {opened && (
        <Dialog open={open} onClose={() => setOpen(false)} title={t('source.dialogTitle', { subject })}>
          {items.map((item, i) => (
            <Citation key={`${item.source.id}-${i}`} item={item} />
          ))}
        </Dialog>
      )}
    </>
  );
}
