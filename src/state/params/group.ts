import type { ParseContext } from './codec';

/** The URL parameters one view owns: their names, defaults, and a total parse / minimal serialize. */
export interface ParamGroup<T> {
  names: readonly string[];
  defaults: T;
  parse(get: (name: string) => string | null, ctx: ParseContext): T;
  /** Writes only what differs from the defaults, so shared links stay short. */
  serialize(value: T, set: (name: string, value: string) => void): void;
}
