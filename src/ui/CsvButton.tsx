import { useTranslation } from 'react-i18next';
import { DATA_VERSION } from '../data/version';
import { csvMetadataLine, downloadCsv, toCsv, withMetadataLine, type CsvCell } from './csv';
import { viewLink } from './export/viewLink';

interface CsvButtonProps {
  /** File name without extension; the language is appended so zh and en downloads do not collide. */
  filename: string;
  /** Built on click, so large tables cost nothing until asked for. */
  build(): { header: string[]; rows: CsvCell[][] };
  label?: string;
}

/** Downloads what the table shows, sources included, as CSV headed by the dataset version and the view's link. */
export function CsvButton({ filename, build, label }: CsvButtonProps) {
  const { t, i18n } = useTranslation();
  return (
    <button
      type="button"
      className="button button--quiet csv-button"
      onClick={() => {
        const { header, rows } = build();
        const meta = { ...DATA_VERSION, link: viewLink(window.location.href, i18n.language) };
        const line = csvMetadataLine((m) => t('download.csvMetadata', { ...m }), meta);
        downloadCsv(`${filename}-${i18n.language}`, withMetadataLine(line, toCsv(header, rows)));
      }}
    >
      {label ?? t('table.downloadCsv')}
    </button>
  );
}
