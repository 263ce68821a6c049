import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_VERSION } from '../data/version';
import type { CsvCell } from './csv';
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
  const [failed, setFailed] = useState<string | null>(null);
  const download = async () => {
    // The table as it is at the click, in the language of the click.
    const { header, rows } = build();
    const lng = i18n.language;
    const meta = { ...DATA_VERSION, link: viewLink(window.location.href, lng) };
    try {
      // The CSV writer (Papa Parse, 7 kB) loads on the first download, not with every view that has a table.
      const { csvMetadataLine, downloadCsv, toCsv, withMetadataLine } = await import('./csv');
      const line = csvMetadataLine((m) => t('download.csvMetadata', { ...m, lng }), meta);
      downloadCsv(`${filename}-${lng}`, withMetadataLine(line, toCsv(header, rows)));
      setFailed(null);
    } catch (error) {
      setFailed(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <>
      <button type="button" className="button button--quiet csv-button" onClick={() => void download()}>
        {label ?? t('table.downloadCsv')}
      </button>
      {failed !== null && (
        <span role="alert" className="csv-button__failed small">
          {t('table.downloadFailed', { reason: failed })}
        </span>
      )}
    </>
  );
}
