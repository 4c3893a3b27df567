#!/usr/bin/env node
import { run } from './main.js';

// A reader that stops early (`cdto-kpi catalogue --edition 2025 | head`) closes the pipe: end
// quietly, as a filter does, with no stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

process.exitCode = run(process.argv.slice(2));
