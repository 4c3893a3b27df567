/** The built command as a process: a closed pipe, no build log. Needs `dist/` (the test command builds first). */
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the built command', () => {
  it('ends quietly when the reader closes the pipe', () => {
    const result = spawnSync('sh', ['-c', `${JSON.stringify(process.execPath)} dist/cli.js catalogue --edition 2025 | head -n 2`], { encoding: 'utf8' });
    expect(result.stdout).toBe('[\n  {\n');
    expect(result.stderr).toBe('');
  });

  it('prints the JSON Schema that the zod schema gives (the file shipped is current)', () => {
    execFileSync(process.execPath, ['--import', 'tsx', 'scripts/write-json-schema.ts', '--check'], { stdio: 'pipe' });
  });
});
