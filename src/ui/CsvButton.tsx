import { useTranslation } from 'react-i18next';
import { downloadCsv, toCsv, type CsvCell } from './csv';

interface CsvButtonProps {
  /** File name without extension; the language is appended so zh and en downloads do not collide. */
  filename: string;
  /** Built on click, so large tables cost nothing until asked for. */
  build(): { header: string[]; rows: CsvCell[][] };
  label?: string;
}

/** Downloads what the table shows, sources included, as CSV. */
export function CsvButton({ filename, build, label }: CsvButtonProps) {
  const { t, i18n } = useTranslation();
  return (
    <button
      type="button"
      className="button button--quiet csv-button"
      onClick={() => {
        const { header, rows } = build();
        downloadCsv(`${filename}-${i18n.language}`, toCsv(header, rows));
      }}
    >
      {label ?? t('table.downloadCsv')}
    </button>
  );
}
