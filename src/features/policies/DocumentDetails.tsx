import { useTranslation } from 'react-i18next';
import type { PolicyData, PolicyDocument } from '../../data/policy/model';
import { useFormat } from '../../i18n/useFormat';
import { DocumentCounts } from './DocumentCounts';
import { SourceLinks } from './SourceLinks';
import { dataKey, optionalText } from '../../i18n/keys';

/** Everything known about the selected document, with what is uncertain said beside it. */
export function DocumentDetails({ data, doc }: { data: PolicyData; doc: PolicyDocument }) {
  const { t, i18n } = useTranslation(['policies']);
  const format = useFormat();
  const key = `documents.${doc.id}` as const;
  const note = (field: 'dateNote' | 'numberNote') =>
    optionalText(i18n, t, dataKey('policies', `${key}.${field}`));
  const dateNote = note('dateNote');
  const numberNote = note('numberNote');
  return (
    <section className="panel policy-document" aria-labelledby="policy-document-title">
      <p className="policy-document__kind">{t(`ui.kind.${doc.kind}`)}</p>
      <h2 id="policy-document-title">{t(dataKey('policies', `${key}.title`))}</h2>
      <dl className="policy-document__facts">
        <dt>{t('ui.document.issuer')}</dt>
        <dd>{t(dataKey('policies', `${key}.issuer`))}</dd>
        {/* A leader's statement has no document number; saying "none found" would suggest a gap. */}
        {(doc.kind === 'document' || doc.docNumber !== null) && (
          <>
            <dt>{t('ui.document.number')}</dt>
            <dd>
              {doc.docNumber ?? <span className="muted">{t('ui.document.noNumber')}</span>}
              {doc.numberConfidence && (
                <span className="badge badge--reprint">
                  {t(`ui.document.confidence.${doc.numberConfidence}`)}
                </span>
              )}
              {numberNote && <span className="policy-note">{numberNote}</span>}
            </dd>
          </>
        )}
        <dt>{t('ui.document.date')}</dt>
        <dd>
          <time dateTime={doc.date}>{format.date(doc.date)}</time>
          {dateNote && <span className="policy-note">{dateNote}</span>}
        </dd>
        <dt>{t('ui.document.completeness')}</dt>
        <dd>
          <span className={`badge policy-completeness--${doc.completeness}`}>
            {t(`ui.completeness.${doc.completeness}`)}
          </span>
          <span className="policy-note">{t(dataKey('policies', `${key}.completeness`))}</span>
        </dd>
        <dt>{t('ui.document.sources')}</dt>
        <dd>
          <SourceLinks
            urls={doc.sources}
            emptyText={t('ui.noAddress')}
            subject={t(dataKey('policies', `${key}.title`))}
          />
        </dd>
      </dl>
      <p>{t(dataKey('policies', `${key}.summary`))}</p>
      <DocumentCounts data={data} doc={doc} />
    </section>
  );
}
