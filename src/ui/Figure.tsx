import type { StatedNumber } from '../data/model';
import { useFormat, type Formatters } from '../i18n/useFormat';

/**
 * A figure as stated. The qualifier stays on screen (">", "≈") and its words are in the title and
 * the accessible name, so "more than 85,000" is never read as exactly 85,000.
 */
export function Figure({ figure, className }: { figure: StatedNumber; className?: string }) {
  return figureMark(figure, useFormat(), className);
}

/** What Figure draws, with formatters the caller already has: a list of hundreds of figures needs no hook each. */
export function figureMark(figure: StatedNumber, format: Formatters, className?: string) {
  const text = format.stated(figure);
  if (figure.qualifier === '') return <span className={className}>{text}</span>;
  // The words carry the qualifier, so the number they read is the bare one: "more than 200", not "more than >200".
  const words = `${format.qualifierWords(figure)} ${format.stated({ ...figure, qualifier: '' })}`;
  return (
    <span className={className} title={words}>
      <span aria-hidden="true">{text}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}
