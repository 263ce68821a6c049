import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DATA_VERSION } from '../data/version';
import type { CsvCell } from './csv';
import { viewLink } from './export/viewLink';

interface CsvButtonProps {
  /** File name without extension; the language is appended so zh and en downloads do not collide. */
  filename: string;
  /**
   * Built on click, so large tables cost nothing until asked for. Without it (while the table's data is
   * on its way) the button holds its place, unavailable.
   */
  build?: () => { header: string[]; rows: CsvCell[][] };
  label?: string;
}

/** Downloads what the table shows, sources included, as CSV headed by the dataset version and the view's link. */
export function CsvButton({ filename, build, label }: CsvButtonProps) {
  const { t, i18n } = useTranslation();
  const [failed, setFailed] = useState(false);
  const download = async () => {
    if (!build) return;
    // The table as it is at the click, in the language of the click.
    const { header, rows } = build();
    const lng = i18n.language;
    const meta = { ...DATA_VERSION, link: viewLink(window.location.href, lng) };
    let csv: typeof import('./csv');
    try {
      // The CSV writer (Papa Parse, 7 kB) loads on the first download, not with every view that has a table.
      csv = await import('./csv');
    } catch {
      // The browser has logged which file did not arrive; the reader is told what to do.
      setFailed(true);
      return;
    }
    setFailed(false);
    const line = csv.csvMetadataLine((m) => t('download.csvMetadata', { ...m, lng }), meta);
    csv.downloadCsv(`${filename}-${lng}`, csv.withMetadataLine(line, csv.toCsv(header, rows)));
  };
  return (
    <>
      <button
        type="button"
        className="button button--quiet csv-button"
        disabled={!build}
        onClick={() => void download()}
      >
        {label ?? t('table.downloadCsv')}
      </button>
      {failed && (
        <span role="alert" className="csv-button__failed small">
          {t('table.downloadFailed')}
        </span>
      )}
    </>
  );
}
