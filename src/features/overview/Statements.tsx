import { useTranslation } from 'react-i18next';
import type { StatedNumber } from '../../data/model';
import type { Statement } from '../../data/selectors/statements';
import type { CitationItem } from '../../ui/Citation';
import { Figure } from '../../ui/Figure';
import { Icon } from '../../ui/Icon';
import { SourceButton } from '../../ui/SourceButton';

interface StatementsProps<T extends StatedNumber> {
  statements: Statement<T>[];
  conflict: boolean;
  subject: string;
  cite: (items: T[]) => CitationItem[];
  /** Extra words per statement, e.g. which publication series states it. */
  describe?: (items: T[]) => string;
  size: 'large' | 'small';
}

/** Every distinct statement of one figure, each with its sources; disagreement is said in words, not only colour. */
export function Statements<T extends StatedNumber>({ statements, conflict, subject, cite, describe, size }: StatementsProps<T>) {
  const { t } = useTranslation();
  return (
    <div className={`statements statements--${size}`}>
      {conflict && (
        <p className="conflict">
          <Icon glyph="warning" /> {t('overview.conflict', { count: statements.length })}
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
    </div>
  );
}
