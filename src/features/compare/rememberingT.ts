type Plain = string | number | boolean | null | undefined;

/** Beyond this many texts the memory is emptied: a long session of filter changes cannot grow it without end. */
const MEMORY_LIMIT = 4000;

/**
 * `t` remembering what it returned, for one language: a filter change words every panel again (its
 * title, key, summary), and i18next resolved each of those dozens of texts per panel anew, the largest
 * app item of a region toggle's profile. Only a key with plain options (names, counts, years) is
 * remembered; the language's texts are all loaded before the panels render (the view suspends until
 * then), and a new language brings a new `t`, so a new memory.
 */
export function rememberingT<Translate>(t: Translate): Translate {
  const translate = t as unknown as (...args: unknown[]) => unknown;
  const memory = new Map<string, string>();
  const remembering = (...args: unknown[]) => {
    const [key, options] = args;
    const id = args.length <= 2 && typeof key === 'string' ? memoryId(key, options) : null;
    if (id === null) return translate(...args);
    const known = memory.get(id);
    if (known !== undefined) return known;
    const text = translate(...args);
    if (typeof text === 'string') {
      if (memory.size >= MEMORY_LIMIT) memory.clear();
      memory.set(id, text);
    }
    return text;
  };
  return remembering as unknown as Translate;
}

/** A key and its options as one string, or null when an option is not a plain value (it is not remembered). */
function memoryId(key: string, options: unknown): string | null {
  if (options === undefined) return key;
  if (typeof options !== 'object' || options === null) return null;
  const values = Object.values(options) as unknown[];
  if (!values.every((v): v is Plain => v === null || (typeof v !== 'object' && typeof v !== 'function')))
    return null;
  return `${key}\u0000${JSON.stringify(options)}`;
}
