/** What one indicator's checkbox says, worded once per language by the picker. */
export interface OptionTexts {
  name: string;
  /** The years it covers and how many figures. */
  coverage: string;
  /** Its definition and unit, shown on hover or focus. */
  definition: string;
}

/**
 * One indicator's checkbox, with its years, and its definition and unit on hover or focus. It takes
 * its words as props and subscribes to nothing: the picker lists about a hundred of these, and one
 * translation hook each made a language switch re-render (and re-subscribe) every one of them.
 */
export function IndicatorOption({
  id,
  texts,
  checked,
  describedBy,
  onToggle,
}: {
  id: string;
  texts: OptionTexts;
  checked: boolean;
  /** The id of the definition's element, unique on the page. */
  describedBy: string;
  onToggle(id: string, on: boolean): void;
}) {
  return (
    <li className="compare-ind">
      <label>
        <input
          type="checkbox"
          checked={checked}
          onChange={(e) => onToggle(id, e.target.checked)}
          aria-describedby={describedBy}
        />
        <span>{texts.name}</span>
        <span className="muted small compare-ind__years">{texts.coverage}</span>
      </label>
      <span id={describedBy} className="compare-ind__def small">
        {texts.definition}
      </span>
    </li>
  );
}
