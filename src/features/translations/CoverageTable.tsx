import { useTranslation } from 'react-i18next';
import { nativeName } from '../../i18n/languages';
import type { LanguageStatus } from '../../i18n/status/translationStatus';
import { useFormat } from '../../i18n/useFormat';

/** Namespaces down, languages across: how many texts each language translates. */
export function CoverageTable({ languages }: { languages: LanguageStatus[] }) {
  const { t } = useTranslation('translations');
  const format = useFormat();
  const cell = (done: number, all: number) =>
    t('coverage.cell', {
      done: format.number(done),
      all: format.number(all),
      percent: format.amount(all ? (done / all) * 100 : 0, '%', 'derived'),
    });
  const namespaces = languages[0]?.namespaces.map((n) => n.ns) ?? [];
  return (
    <section className="panel" aria-labelledby="translation-coverage">
      <h2 id="translation-coverage">{t('coverage.heading')}</h2>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('coverage.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('coverage.namespace')}</th>
              {languages.map((l) => (
                <th scope="col" key={l.lng} lang={l.lng}>
                  {nativeName(l.lng)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {namespaces.map((ns) => (
              <tr key={ns}>
                <th scope="row">
                  <code>{ns}</code>
                </th>
                {languages.map((l) => {
                  const n = l.namespaces.find((x) => x.ns === ns);
                  return (
                    <td key={l.lng} className="num">
                      {n ? cell(n.translated, n.total) : null}
                    </td>
                  );
                })}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('coverage.total')}</th>
              {languages.map((l) => (
                <td key={l.lng} className="num">
                  <strong>{cell(l.translated, l.total)}</strong>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}
