import { useTranslation } from 'react-i18next';
import type { StatedNumber } from '../../data/model';
import type { Statement } from '../../data/selectors/statements';
import type { CitationItem } from '../../ui/Citation';
import { Figure } from '../../ui/Figure';
import { Icon } from '../../ui/Icon';
import { SourceButton } from '../../ui/SourceButton';

interface Props<T extends StatedNumber> {
  statements: Statement<T>[];
  conflict: boolean;
  subject: string;
  cite(items: T[]): CitationItem[];
  describe?(items: T[]): string;
}

/** Every distinct figure with its sources; a disagreement is said in words, not only by colour. */
export function StatementList<T extends StatedNumber>({ statements, conflict, subject, cite, describe }: Props<T>) {
  const { t } = useTranslation('growth');
  return (
    <div className="growth-statements">
      {conflict && (
        <p className="conflict">
          <Icon glyph="warning" /> {t('conflict.badge', { count: statements.length })}
        </p>
      )}
      <ul className="statements__list">
        {statements.map((s, i) => (
          <li key={i} className="statement">
            <Figure figure={s.figure} className="figure figure--large" />
            {describe && <span className="statement__detail">{describe(s.items)}</span>}
            <SourceButton items={cite(s.items)} subject={subject} />
          </li>
        ))}
      </ul>
    </div>
  );
}
