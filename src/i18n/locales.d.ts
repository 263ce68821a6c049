/** locales/ as the build finds it (scripts/build/localeModules.ts). */
declare module 'virtual:etdz-locales' {
  type Resource = import('./pseudo').Resource;
  /** Every texts file, as [language, namespace]. */
  export const FILES: readonly (readonly [lng: string, ns: string])[];
  /** Each language's start-up texts, every namespace of them at once. */
  export const START: Readonly<Record<string, () => Promise<Readonly<Record<string, Resource>>>>>;
  /** A view's own texts, by `<lng>/<ns>`. */
  export const ON_DEMAND: Readonly<Record<string, () => Promise<Resource>>>;
  /** The notes for translators on a namespace's keys (locales/_context/<ns>.json). */
  export const CONTEXT: Readonly<Record<string, () => Promise<Resource>>>;
}
