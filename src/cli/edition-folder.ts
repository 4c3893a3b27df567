/**
 * Reading an edition's data folder (`edition.json`, the folder its layout names, and an optional
 * `bodies.json`), so that the command line can use an edition that is not bundled.
 *
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EditionData } from '../editions/create-edition.js';

/**
 * Reads an edition's files from its folder (`data/editions/2025`, or a new decree's folder laid out
 * the same way), parsed, as `createEdition` takes them.
 *
 * @throws Error (from the file system or `JSON.parse`) naming the file that could not be read
 */
export function readEditionFolder(folder: string): EditionData {
  const read = (path: string, optional = false): unknown => {
    try {
      return JSON.parse(readFileSync(path, 'utf8')) as unknown;
    } catch (error) {
      if (optional && (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
    }
  };
  const edition = read(join(folder, 'edition.json'));
  const layout = typeof edition === 'object' && edition !== null && typeof (edition as { layout?: unknown }).layout === 'string' ? (edition as { layout: string }).layout : 'blocks';
  const filesFolder = join(folder, layout === 'directions' ? 'directions' : 'blocks');
  const names = readdirSync(filesFolder).filter((name) => name.endsWith('.json')).sort();
  const files = names.map((name) => read(join(filesFolder, name)));
  const bodies = read(join(folder, 'bodies.json'), true);
  return bodies === undefined ? { edition, files } : { edition, files, bodies };
}
