import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';
import type * as Load from '../src/scenario/load';
import type * as Summary from '../src/ui/catalogue/scenario-summary';

/*
 * `virtual:scenario-index`: the catalogue's view of scenarios/*.json, checked at build time by the
 * same loader the app uses. The scenarios are bundled at build time, so checking them then gives the
 * same result as checking them in the browser, and the catalogue's first download carries a few
 * kilobytes of titles and tags instead of every conversation and the schema library. A broken file
 * is listed in `errors` and left out, exactly as the runtime loader would. The full scenarios still
 * load (and are checked again) in the player's chunk.
 */

const ID = 'virtual:scenario-index';
const RESOLVED = `\0${ID}`;

export function scenarioIndex(folder = 'scenarios'): Plugin {
  let root = process.cwd();
  let dir = resolve(folder);
  const isScenarioFile = (name: string) => name.endsWith('.json') && !name.endsWith('.schema.json');

  return {
    name: 'scenario-index',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, folder);
    },
    resolveId(id) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(id) {
      if (id !== RESOLVED) return undefined;
      // Through Vite's module runner, like any app module: the config file itself stays free of app code.
      const [{ module: load }, { module: summary }] = await Promise.all([
        runnerImport<typeof Load>(resolve(root, 'src/scenario/load.ts')),
        runnerImport<typeof Summary>(resolve(root, 'src/ui/catalogue/scenario-summary.ts')),
      ]);
      const files = readdirSync(dir)
        .filter(isScenarioFile)
        .map((name) => {
          this.addWatchFile(join(dir, name));
          const fileName = relative(root, join(dir, name)).split('\\').join('/');
          return { fileName, raw: readFileSync(join(dir, name), 'utf8') };
        });
      const { scenarios, errors } = load.loadScenarios(files);
      return `export default ${JSON.stringify({ scenarios: scenarios.map(summary.summariseScenario), errors })};`;
    },
    configureServer(server) {
      // An author editing a scenario in `npm run dev` sees the catalogue follow.
      const refresh = (file: string) => {
        if (!file.startsWith(dir) || !isScenarioFile(file)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.add(dir);
      server.watcher.on('add', refresh);
      server.watcher.on('change', refresh);
      server.watcher.on('unlink', refresh);
    },
  };
}
