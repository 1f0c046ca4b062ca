import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'cli',
      include: ['test/**/*.test.ts'],
      globalSetup: ['test/support/global-setup.ts'],
    },
  }),
);
