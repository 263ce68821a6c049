import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/useFormat';

interface YearRangeProps {
  from: number;
  to: number;
  min: number;
  max: number;
  onChange(range: { from: number | null; to: number | null }): void;
}

/**
 * A typed year that commits once it has four digits, so typing "20…" never jumps. A year outside the
 * bounds is corrected at once to the nearest bound, in the box too, and `onCorrect` says so: the field
 * never shows a year the chart is not showing.
 */
function YearInput({
  label,
  value,
  min,
  max,
  onCommit,
  onCorrect,
}: {
  label: string;
  value: number;
  min: number;
  max: number;
  onCommit(v: number): void;
  /** Every four-digit entry: what was typed and the year it became (the same when within bounds). */
  onCorrect(typed: number, year: number): void;
}) {
  const [draft, setDraft] = useState(String(value));
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(String(value));
  }
  return (
    <label className="field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={draft}
        onChange={(e) => {
          const text = e.target.value;
          if (!/^\d{4}$/.test(text)) {
            setDraft(text);
            return;
          }
          const typed = Number(text);
          const year = Math.min(max, Math.max(min, typed));
          setDraft(String(year));
          onCorrect(typed, year);
          onCommit(year);
        }}
        onBlur={() => setDraft(String(value))}
      />
    </label>
  );
}

/** Two typed years and two native range sliders (arrow keys, Home, End); the ends never cross. */
export function YearRange({ from, to, min, max, onChange }: YearRangeProps) {
  const { t } = useTranslation('compare');
  const format = useFormat();
  const [corrected, setCorrected] = useState('');
  // Said while the correction is news; a year typed within bounds clears it.
  const correct = (typed: number, year: number) =>
    setCorrected(
      typed === year
        ? ''
        : t('filters.yearCorrected', {
            typed: String(typed),
            min: format.year(min),
            max: format.year(max),
            year: format.year(year),
          }),
    );
  const setFrom = (v: number) => onChange({ from: v, to: Math.max(v, to) });
  const setTo = (v: number) => onChange({ from: Math.min(v, from), to: v });
  // A slider moves only its own end and stops at the other (Home on "to" must not reset "from").
  const slideFrom = (v: number) => onChange({ from: Math.min(v, to), to });
  const slideTo = (v: number) => onChange({ from, to: Math.max(v, from) });
  return (
    <fieldset className="compare-filter compare-years">
      <legend>{t('filters.years')}</legend>
      <div className="compare-years__inputs">
        <YearInput
          label={t('filters.from')}
          value={from}
          min={min}
          max={max}
          onCommit={setFrom}
          onCorrect={correct}
        />
        <YearInput
          label={t('filters.to')}
          value={to}
          min={min}
          max={max}
          onCommit={setTo}
          onCorrect={correct}
        />
        <button
          type="button"
          className="button button--quiet"
          onClick={() => onChange({ from: null, to: null })}
        >
          {t('filters.allYears')}
        </button>
      </div>
      <p className="small compare-years__status" role="status">
        {corrected}
      </p>
      <div className="compare-years__sliders">
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={from}
          aria-label={t('filters.fromSlider')}
          aria-valuetext={format.year(from)}
          onChange={(e) => slideFrom(Number(e.target.value))}
        />
        <input
          type="range"
          min={min}
          max={max}
          step={1}
          value={to}
          aria-label={t('filters.toSlider')}
          aria-valuetext={format.year(to)}
          onChange={(e) => slideTo(Number(e.target.value))}
        />
      </div>
    </fieldset>
  );
}
