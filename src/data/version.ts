/** The bundled dataset's version, stamped by the build (scripts/build/dataVersion.ts). */
export interface DataVersion {
  version: string;
  /** yyyy-mm-dd of the changelog entry. */
  date: string;
  /** Content hash of the data files. */
  hash: string;
}

declare const __DATA_VERSION__: DataVersion;

export const DATA_VERSION: DataVersion = __DATA_VERSION__;
