import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The packaging test installs the packed tarball into a scratch project.
    testTimeout: 20_000,
    hookTimeout: 240_000,
    // A fixed English environment for every test and every command line it starts: the command
    // line speaks the language of LC_ALL, LC_MESSAGES or LANG (a test of another language says so).
    env: { LC_ALL: 'C.UTF-8', LC_MESSAGES: 'C.UTF-8', LANG: 'C.UTF-8' },
  },
});
