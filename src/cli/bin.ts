#!/usr/bin/env node
import { run } from './main.js';

// A reader that stops early (`cdto-kpi catalogue --edition 2025 | head`) closes the pipe: end
// quietly, as a filter does, with no stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// A workbook is written or read asynchronously: the exit code then comes when it is done.
const code = run(process.argv.slice(2));
if (typeof code === 'number') process.exitCode = code;
else void code.then((done) => (process.exitCode = done));
