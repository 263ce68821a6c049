import type { i18n as I18n, ParseKeys, TypeOptions } from 'i18next';

type Resources = TypeOptions['resources'];

/** A text of the common namespace, always loaded: what the list of actions and the deck's captions name. */
export type CommonKey = ParseKeys<'common'>;

/** The fields that the entries of a group keyed by id carry (an indicator's `name` and `definition`). */
type FieldOf<Entries> = { [Id in keyof Entries]: keyof Entries[Id] & string }[keyof Entries];

/**
 * Where an id from the data sits in each namespace's keys (`${string}` is the id). These are the only
 * keys built from data; everything else the code names is a literal or a typed union, checked by tsc.
 */
interface DataPaths {
  /** indicators.csv: `<indicator>.name`, `<indicator>.definition`. */
  indicators: `${string}.${FieldOf<Resources['indicators']>}`;
  /** `province.<province id>`; `region.<region>` where the data states a province's region as text. */
  regions: `${keyof Resources['regions'] & string}.${string}`;
  /** `name.<zone id>`, `batch.<batch id>`. */
  zones: `${keyof Resources['zones'] & string}.${string}`;
  /** The note columns of every table: `<group>.<note key>`. */
  notes: `${keyof Resources['notes'] & string}.${string}`;
  /** The policy tables: documents and measures with their fields, a document's areas, tags and bodies. */
  policies:
    | `documents.${string}.${FieldOf<Resources['policies']['documents']>}`
    | `measures.${string}.${FieldOf<Resources['policies']['measures']>}`
    | `areas.${string}.${string}`
    | `tags.${string}`
    | `bodies.${string}`;
  /** The dataset's codebook: `codebook.columns.<column>`, `codebook.types.<kind of column>`. */
  export: `codebook.columns.${string}` | `codebook.types.${string}`;
}

export type DataNamespace = keyof DataPaths;

/** A path of the namespace built from data, without the namespace: what a table keeps to name a text later. */
export type DataPath<Ns extends DataNamespace> = DataPaths[Ns];

/** The keys of the namespace that match the path: what t() is told the built key is. */
type DataKey<Ns extends DataNamespace, Path extends string> = Extract<
  `${Ns}:${ParseKeys<Ns>}`,
  `${Ns}:${Path}`
>;

/**
 * The key of a text named by an id from the data (an indicator, a province, a zone, a note, a policy
 * document or measure): `t(dataKey('indicators', `${id}.name`))`.
 *
 * TypeScript cannot know which ids the data holds, so such a key is built here and only here: the
 * namespace and the fixed parts of the path are checked against the English texts, the id is taken
 * on trust. `npm run data:check` is what holds that trust: it fails when an id in the data has no
 * text in a complete language, or a text names an id the data no longer has. A translation-key
 * extractor allows exactly the keys built through this function.
 */
export function dataKey<Ns extends DataNamespace, Path extends DataPaths[Ns]>(
  ns: Ns,
  path: Path,
): DataKey<Ns, Path> {
  return `${ns}:${path}` as DataKey<Ns, Path>;
}

/**
 * The text of a key that may have none (an optional note, a publisher's name in the reader's
 * language), or null. i18next's own `exists` narrows the key to its selector type, which t() then
 * misreads; here the check and the lookup stay together.
 */
export function optionalText<Key extends string>(
  i18n: I18n,
  t: (key: Key) => string,
  key: Key,
): string | null {
  return i18n.exists(key) ? t(key) : null;
}
