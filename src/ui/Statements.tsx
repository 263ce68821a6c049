import type { ConflictExplanation, StatedNumber } from '../data/model';
import type { Agreement } from '../data/selectors/disagreement';
import type { Statement } from '../data/selectors/statements';
import type { CitationItem } from './Citation';
import { AgreementMarks, Explanation } from './Disagreement';
import { Figure } from './Figure';
import { Icon } from './Icon';
import { SourceButton } from './SourceButton';

interface StatementsProps<T extends StatedNumber> {
  statements: Statement<T>[];
  conflict: boolean;
  subject: string;
  cite: (items: T[]) => CitationItem[];
  /** Extra words per statement, e.g. which publication series states it. */
  describe?: (items: T[]) => string;
  size: 'large' | 'small';
  /** Said above the list when the statements disagree; each view words it for what it counts. */
  conflictLabel: string;
  /** Why they disagree (conflicts.csv), shown under a conflict. */
  explanation?: ConflictExplanation | null;
  /** Quiet marks when the figures differ but agree (rounded, a bound, approximate). */
  marks?: readonly Agreement[];
  /** `scope|key` of a flagged disagreement, so a reader (or a test) can match it to the Sources list. */
  conflictId?: string;
  className?: string;
}

/** Every distinct statement of one figure, each with its sources; disagreement is said in words, not only colour. */
export function Statements<T extends StatedNumber>({
  statements,
  conflict,
  subject,
  cite,
  describe,
  size,
  conflictLabel,
  explanation,
  marks = [],
  conflictId,
  className,
}: StatementsProps<T>) {
  return (
    <div
      className={`statements statements--${size} ${className ?? ''}`}
      data-conflict={conflict ? conflictId : undefined}
    >
      {conflict && (
        <p className="conflict">
          <Icon glyph="warning" /> {conflictLabel}
        </p>
      )}
      <ul className="statements__list">
        {statements.map((s, i) => (
          <li key={i} className="statement">
            <Figure figure={s.figure} className={`figure figure--${size}`} />
            {describe && <span className="statement__detail">{describe(s.items)}</span>}
            <SourceButton items={cite(s.items)} subject={subject} />
          </li>
        ))}
      </ul>
      {conflict && explanation !== undefined && <Explanation explanation={explanation} />}
      {!conflict && statements.length > 1 && <AgreementMarks marks={marks} />}
    </div>
  );
}
