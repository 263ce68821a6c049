const PATHS = {
  close: 'M6 6l12 12M18 6L6 18',
  external: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5',
  source: 'M5 4h11l3 3v13H5zM8 10h8M8 14h8M8 18h5',
  warning: 'M12 3l10 18H2zM12 10v5M12 18v.5',
} as const;

/** Decorative line icons; the text beside them carries the meaning. */
export function Icon({ glyph }: { glyph: keyof typeof PATHS }) {
  return (
    <svg className="icon" viewBox="0 0 24 24" width="1em" height="1em" aria-hidden="true" focusable="false">
      <path
        d={PATHS[glyph]}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
