/**
 * The one way the scripts write what they generate: write it, or, with `--check`, only say
 * whether the file on disk is what the script would write.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';

/**
 * Writes `text` to `path`, or, when `check` is set, compares them.
 *
 * @param path - the file
 * @param text - what it should hold
 * @param check - compare only, write nothing
 * @param remedy - the command that brings the file up to date, for the message
 * @returns `true` when the file is (now) up to date; `false` when a check found it stale
 */
export function writeOrCheck(path: string, text: string, check: boolean, remedy: string): boolean {
  let current: string | null = null;
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = null;
  }
  if (current === text) return true;
  if (check) {
    console.error(`${relative(process.cwd(), path)} is out of date: run \`${remedy}\``);
    return false;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`wrote ${relative(process.cwd(), path)}`);
  return true;
}
