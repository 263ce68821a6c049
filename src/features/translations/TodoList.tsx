import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { COMPLETE_LANGUAGES, SHOW_KEYS_LANGUAGE } from '../../i18n/constants';
import { nativeName } from '../../i18n/languages';
import { contextOf } from '../../i18n/status/context';
import { mainForm } from '../../i18n/status/texts';
import type { LanguageStatus, Todo } from '../../i18n/status/translationStatus';
import { viewsOfNamespace, type TranslationStatus } from './statusQuery';

interface Props {
  status: TranslationStatus;
  language: LanguageStatus;
  choices: string[];
  onChoose(lng: string): void;
}

/** Every text a language has still to translate, by namespace, with its sources and where it shows. */
export function TodoList({ status, language, choices, onChoose }: Props) {
  const { t } = useTranslation('translations');
  const selectId = useId();
  const left = language.total - language.translated;
  return (
    <section className="panel" aria-labelledby="translation-todo">
      <h2 id="translation-todo">{t('todo.heading')}</h2>
      <div className="field">
        <label htmlFor={selectId}>{t('todo.language')}</label>
        <select id={selectId} value={language.lng} onChange={(e) => onChoose(e.target.value)}>
          {choices.map((lng) => (
            <option key={lng} value={lng} lang={lng}>
              {nativeName(lng)} ({lng})
            </option>
          ))}
        </select>
      </div>
      <p>
        {left === 0
          ? t('todo.none', { language: nativeName(language.lng) })
          : t('todo.count', { count: left })}
      </p>
      {language.namespaces
        .filter((n) => n.todo.length > 0)
        .map((n) => (
          <details key={n.ns} className="translation-ns">
            <summary>
              <code>{n.ns}</code> — {t('todo.count', { count: n.todo.length })}
            </summary>
            <div className="table-scroll">
              <table className="table">
                <thead>
                  <tr>
                    <th scope="col">{t('todo.key')}</th>
                    <th scope="col">{t('todo.source')}</th>
                    <th scope="col">{t('todo.note')}</th>
                    <th scope="col">{t('todo.where')}</th>
                  </tr>
                </thead>
                <tbody>
                  {n.todo.map((todo) => (
                    <TodoRow key={todo.key} status={status} todo={todo} />
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        ))}
    </section>
  );
}

function TodoRow({ status, todo }: { status: TranslationStatus; todo: Todo }) {
  const { t } = useTranslation(['translations', 'common']);
  const source = (lng: string) => {
    const text = status.texts.get(lng)?.get(todo.ns)?.get(todo.key);
    return text ? mainForm(text) : '';
  };
  const note = contextOf(status.context, todo.ns, todo.key);
  const views = viewsOfNamespace(todo.ns);
  const reason = todo.markedButEdited ? 'markedButEdited' : todo.reason;
  return (
    <tr>
      <th scope="row">
        <code>
          {todo.ns}:{todo.key}
        </code>
        <br />
        <span className="muted small">{t(`todo.reason.${reason}`)}</span>
      </th>
      <td>
        {COMPLETE_LANGUAGES.map((lng) => (
          <p key={lng} lang={lng}>
            {source(lng)}
          </p>
        ))}
      </td>
      <td>
        {note?.note && <p>{note.note}</p>}
        {note?.maxLength !== undefined && (
          <p className="muted small">{t('todo.maxLength', { count: note.maxLength })}</p>
        )}
        {Object.entries(note?.placeholders ?? {}).map(([name, meaning]) => (
          <p key={name} className="muted small">
            {t('todo.placeholder', { name: `{{${name}}}`, meaning })}
          </p>
        ))}
      </td>
      <td>
        {views.length === 0 ? (
          <span>{t('todo.everywhere')}</span>
        ) : (
          views.map((view) => (
            <a key={view} href={`?view=${view}`} className="translation-where">
              {t(`common:views.${view}.title`)}
            </a>
          ))
        )}
        <br />
        <a
          className="small"
          href={`?${new URLSearchParams({ ...(views[0] ? { view: views[0] } : {}), lang: SHOW_KEYS_LANGUAGE })}`}
        >
          {t('todo.showKey')}
        </a>
      </td>
    </tr>
  );
}
