/**
 * Parameter codecs for the shareable URL. Parsing is total: a value that does not fit is replaced
 * by the default and reported as an IgnoredParam, never thrown.
 */
export type IgnoreReason =
  | 'unknownParam'
  | 'duplicate'
  | 'unknownValue'
  | 'notAYear'
  | 'badRange'
  | 'badId'
  | 'tooMany'
  | 'tooLong'
  | 'unknownId'
  | 'badSlide'
  | 'noSuchSlide';

export interface IgnoredParam {
  name: string;
  /** The offending text, shortened for display. */
  value: string;
  reason: IgnoreReason;
}

export interface ParseContext {
  ignore(name: string, value: string, reason: IgnoreReason): void;
}

export const MAX_PARAM_LENGTH = 500;
export const ID_PATTERN = /^[a-z0-9][a-z0-9_.-]{0,79}$/i;

export function shorten(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

export function parseEnum<T extends string>(
  ctx: ParseContext,
  name: string,
  raw: string | null,
  allowed: readonly T[],
  fallback: T,
): T {
  if (raw === null) return fallback;
  if ((allowed as readonly string[]).includes(raw)) return raw as T;
  ctx.ignore(name, raw, 'unknownValue');
  return fallback;
}

export function parseYear(
  ctx: ParseContext,
  name: string,
  raw: string | null,
  min: number,
  max: number,
): number | null {
  if (raw === null || raw === '') return null;
  if (!/^\d{4}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    ctx.ignore(name, raw, 'notAYear');
    return null;
  }
  return Number(raw);
}

export function parseId(ctx: ParseContext, name: string, raw: string | null): string | null {
  if (raw === null || raw === '') return null;
  if (!ID_PATTERN.test(raw)) {
    ctx.ignore(name, raw, 'badId');
    return null;
  }
  return raw;
}

/** A comma-separated list of ids or enum values, de-duplicated, order kept. */
export function parseList<T extends string>(
  ctx: ParseContext,
  name: string,
  raw: string | null,
  accept: (item: string) => item is T,
  max: number,
  reason: IgnoreReason = 'badId',
): T[] | null {
  if (raw === null) return null;
  const out: T[] = [];
  for (const item of raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    if (!accept(item)) {
      ctx.ignore(name, item, reason);
      continue;
    }
    if (out.includes(item)) continue;
    if (out.length >= max) {
      ctx.ignore(name, item, 'tooMany');
      continue;
    }
    out.push(item);
  }
  return out;
}

export function isId(item: string): item is string {
  return ID_PATTERN.test(item);
}

export function parseText(ctx: ParseContext, name: string, raw: string | null, max = 100): string {
  if (raw === null) return '';
  if (raw.length > max) {
    ctx.ignore(name, raw, 'tooLong');
    return '';
  }
  return raw;
}

/**
 * Like URLSearchParams.toString, but lists keep their commas readable (ind=gdp,fdi_actual_usd).
 * Names in `keepEscaped` keep their escaped commas (a deck's commas separate its slides).
 */
export function readableQuery(
  entries: Iterable<[string, string]>,
  keepEscaped: readonly string[] = [],
): string {
  return [...entries]
    .map(([name, value]) => {
      const encoded = new URLSearchParams({ [name]: value }).toString();
      return keepEscaped.includes(name) ? encoded : encoded.replace(/%2C/gi, ',');
    })
    .join('&');
}
