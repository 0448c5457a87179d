/**
 * A Vite plugin: `virtual:bundled-data` is the bundled CSV files of `data/`, read by the
 * ingestion engine at build time (and again whenever one changes under `npm run dev`), as the
 * JSON text of their datasets (`src/lib/state/dataset-json.ts`). The page then shows them
 * without loading or running the engine.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';
import { datasetsToJson } from '../src/lib/state/dataset-json.ts';
import { datasetsFromTexts } from '../src/lib/state/read-files.ts';

const ID = 'virtual:bundled-data';
const RESOLVED = '\0' + ID;

/** The plugin; `dir` is the folder of the CSV files. */
export function bundledData(dir: string): Plugin {
  return {
    name: 'bundled-data',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    load(id) {
      if (id !== RESOLVED) return null;
      const files: Record<string, string> = {};
      for (const name of readdirSync(dir).filter((f) => f.endsWith('.csv'))) {
        const path = join(dir, name);
        this.addWatchFile(path);
        files[`/data/${name}`] = readFileSync(path, 'utf8');
      }
      return `export default ${JSON.stringify(datasetsToJson(datasetsFromTexts(files, 'bundled')))};`;
    },
  };
}
