/**
 * Vite plugin: how the app loads locales/, written from the folder itself. `virtual:etdz-locales` lists
 * every texts file (a folder with a language code's name is a language: adding one adds it to the
 * switch) and loads them:
 * - each language's start-up texts (every namespace no view asks for on its own, src/i18n/constants.ts)
 *   as one module, `virtual:etdz-locales/start/<lng>`, built as one file (`startTexts-<lng>`, vite.config.ts).
 *   One file per namespace made six requests before any view could draw; they were a third of
 *   Sources' requests before its largest paint (Lighthouse, mobile);
 * - a view's own texts one file per namespace and language, when the view asks for them;
 * - the notes for translators (locales/_context/) for their status page.
 *
 * In the dev server a texts file added or removed reloads the page with the new list; an edited one
 * reloads it as any edited module does.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { normalizePath, type Plugin } from 'vite';
import { LANGUAGE_CODE, ON_DEMAND_NAMESPACES } from '../../src/i18n/constants';

export const LOCALES_MODULE = 'virtual:etdz-locales';
const START_PREFIX = `${LOCALES_MODULE}/start/`;
/** The built start-up texts of a language: the chunk's module, for the preload hints and the chunk's name. */
export const START_TEXTS_MODULE = /^\0virtual:etdz-locales\/start\/([^/]+)$/;
const CONTEXT = '_context';

/** The texts files under locales/: language folders only, in a stable order. */
export function localeFiles(root: string): { lng: string; ns: string }[] {
  const dir = join(root, 'locales');
  const jsonIn = (folder: string) =>
    readdirSync(join(dir, folder))
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.slice(0, -'.json'.length))
      .sort();
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && LANGUAGE_CODE.test(d.name))
    .map((d) => d.name)
    .sort()
    .flatMap((lng) => jsonIn(lng).map((ns) => ({ lng, ns })));
}

const isStartup = (ns: string) => !ON_DEMAND_NAMESPACES.includes(ns);

export function localeModules(root: string): Plugin {
  const dir = join(root, 'locales');
  const file = (folder: string, ns: string) => JSON.stringify(normalizePath(join(dir, folder, `${ns}.json`)));

  const index = () => {
    const files = localeFiles(root);
    const languages = [...new Set(files.map((f) => f.lng))];
    const contexts = existsSync(join(dir, CONTEXT))
      ? readdirSync(join(dir, CONTEXT)).filter((f) => f.endsWith('.json'))
      : [];
    const loader = (path: string) => `() => import(${path}).then((m) => m.default)`;
    return [
      `export const FILES = ${JSON.stringify(files.map((f) => [f.lng, f.ns]))};`,
      `export const START = {${languages
        .map((lng) => `${JSON.stringify(lng)}: ${loader(JSON.stringify(START_PREFIX + lng))}`)
        .join(',\n')}};`,
      `export const ON_DEMAND = {${files
        .filter((f) => !isStartup(f.ns))
        .map((f) => `${JSON.stringify(`${f.lng}/${f.ns}`)}: ${loader(file(f.lng, f.ns))}`)
        .join(',\n')}};`,
      `export const CONTEXT = {${contexts
        .map((f) => f.slice(0, -'.json'.length))
        .map((ns) => `${JSON.stringify(ns)}: ${loader(file(CONTEXT, ns))}`)
        .join(',\n')}};`,
    ].join('\n');
  };

  const start = (lng: string) => {
    const namespaces = localeFiles(root)
      .filter((f) => f.lng === lng && isStartup(f.ns))
      .map((f) => f.ns);
    return [
      ...namespaces.map((ns, i) => `import t${i} from ${file(lng, ns)};`),
      `export default {${namespaces.map((ns, i) => `${JSON.stringify(ns)}: t${i}`).join(', ')}};`,
    ].join('\n');
  };

  return {
    name: 'etdz:locale-modules',
    resolveId(id) {
      if (id === LOCALES_MODULE || id.startsWith(START_PREFIX)) return `\0${id}`;
    },
    load(id) {
      if (id === `\0${LOCALES_MODULE}`) return index();
      if (id.startsWith(`\0${START_PREFIX}`)) return start(id.slice(`\0${START_PREFIX}`.length));
    },
    configureServer(server) {
      // A file added or removed changes the lists: the modules that hold them are written again.
      const changed = (path: string) => {
        const changedFile = normalizePath(path);
        if (!changedFile.startsWith(`${normalizePath(dir)}/`) || !changedFile.endsWith('.json')) return;
        for (const module of server.moduleGraph.idToModuleMap.values())
          if (module.id === `\0${LOCALES_MODULE}` || module.id?.startsWith(`\0${START_PREFIX}`))
            server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('add', changed);
      server.watcher.on('unlink', changed);
    },
  };
}
