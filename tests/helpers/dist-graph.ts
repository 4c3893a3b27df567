/**
 * The files a built module loads statically, following its imports (ESM) or requires (CJS), and the
 * packages it loads: what a cold import reads, and what a bundler puts in the first load.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * Walks a built module's static graph.
 *
 * @param entry - the module's absolute path
 * @returns the files (the entry first) and the packages, sorted
 */
export function staticGraphOf(entry: string): { readonly files: readonly string[]; readonly packages: readonly string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  for (let file = pending.pop(); file !== undefined; file = pending.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const text = readFileSync(file, 'utf8');
    const specifiers = [...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|(?:^|\n)\s*import\s*["']([^"']+)["']|\brequire\(["']([^"']+)["']\)/gu)].map((match) => match[1] ?? match[2] ?? match[3]!);
    for (const specifier of specifiers) {
      if (specifier.startsWith('.')) pending.push(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  }
  return { files: [...files], packages: [...packages].sort() };
}
