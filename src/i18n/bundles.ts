import type { i18n as I18n } from 'i18next';
import { isCompleteLanguage, isUntranslated } from './constants';

export type Resource = Record<string, unknown>;
export type LoadNamespace = (lng: string, ns: string) => Promise<Resource>;

interface Entry {
  state: 'loading' | 'loaded' | 'failed';
  /** Settles when the file has arrived or failed; never rejects, so React can wait on it. */
  settled: Promise<void>;
  error?: unknown;
}

export type BundleStatus =
  { kind: 'ready' } | { kind: 'loading'; settled: Promise<void> } | { kind: 'failed'; error: unknown };

/** Drops texts still marked as untranslated (or empty), so i18next looks them up in the fallback language. */
export function withoutUntranslated(resource: Resource): Resource {
  const out: Resource = {};
  for (const [key, value] of Object.entries(resource)) {
    if (typeof value === 'string') {
      if (!isUntranslated(value)) out[key] = value;
    } else if (value && typeof value === 'object') {
      out[key] = withoutUntranslated(value as Resource);
    }
  }
  return out;
}

/**
 * The texts i18next holds, loaded by us rather than by an i18next backend, because the backend counts a
 * language as ready when its own (possibly empty) file has come, before its fallbacks have, and counts
 * a file that failed as loaded: both put raw keys on screen. Here a namespace is ready in a language
 * only when the files of the language and of every language it falls back to are in; a failed file
 * stays failed, and says so, until retry() fetches it again.
 */
export class Bundles {
  private readonly entries = new Map<string, Entry>();
  private readonly listeners = new Set<() => void>();
  private version = 0;
  /** Every namespace asked for so far: what a language switch loads before it switches. */
  readonly requested = new Set<string>();

  constructor(
    private readonly i18n: I18n,
    private readonly load: LoadNamespace,
  ) {}

  /**
   * The languages whose files a language needs before it shows: a complete language its own only (the
   * other complete one loads when chosen); a partial one its own and every fallback, as i18next looks
   * them up (pt-BR → pt → en → zh); the show-keys mode none.
   */
  languagesFor(lng: string): string[] {
    if (lng === 'cimode') return [];
    if (isCompleteLanguage(lng)) return [lng];
    const chain = this.i18n.services.languageUtils.toResolveHierarchy(lng);
    return [...new Set([lng, ...chain])];
  }

  status(lng: string, namespaces: readonly string[]): BundleStatus {
    let pending: Entry | null = null;
    for (const ns of namespaces) {
      this.requested.add(ns);
      for (const l of this.languagesFor(lng)) {
        const entry = this.entry(l, ns);
        if (entry.state === 'failed') return { kind: 'failed', error: entry.error };
        if (entry.state === 'loading') pending ??= entry;
      }
    }
    return pending ? { kind: 'loading', settled: pending.settled } : { kind: 'ready' };
  }

  /** Loads what the language needs for the namespaces; rejects with the first failure. */
  async ensure(lng: string, namespaces: readonly string[]): Promise<void> {
    for (;;) {
      const status = this.status(lng, namespaces);
      if (status.kind === 'ready') return;
      if (status.kind === 'failed') throw status.error;
      await status.settled;
    }
  }

  /** Lets every file that failed load again on its next use ("Try again", or the connection coming back). */
  retryFailed(): void {
    for (const [id, entry] of this.entries) if (entry.state === 'failed') this.entries.delete(id);
    this.changed();
  }

  hasFailed(): boolean {
    return [...this.entries.values()].some((e) => e.state === 'failed');
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getVersion = (): number => this.version;

  private changed() {
    this.version += 1;
    for (const listener of this.listeners) listener();
  }

  private entry(lng: string, ns: string): Entry {
    const id = `${lng}|${ns}`;
    const existing = this.entries.get(id);
    if (existing) return existing;
    const entry: Entry = { state: 'loading', settled: Promise.resolve() };
    entry.settled = this.load(lng, ns).then(
      (resource) => {
        this.i18n.addResourceBundle(lng, ns, withoutUntranslated(resource), true, true);
        entry.state = 'loaded';
        this.changed();
      },
      (error: unknown) => {
        entry.state = 'failed';
        entry.error = error;
        this.changed();
      },
    );
    this.entries.set(id, entry);
    return entry;
  }
}

const registry = new WeakMap<I18n, Bundles>();

export function attachBundles(i18n: I18n, load: LoadNamespace): Bundles {
  const bundles = new Bundles(i18n, load);
  registry.set(i18n, bundles);
  return bundles;
}

/** The loader of an instance made by createI18n. */
export function bundlesOf(i18n: I18n): Bundles {
  const bundles = registry.get(i18n);
  if (!bundles) throw new Error('This i18next instance was not made by createI18n');
  return bundles;
}
