import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The packaging test installs the packed tarball into a scratch project.
    testTimeout: 20_000,
    hookTimeout: 240_000,
  },
});
