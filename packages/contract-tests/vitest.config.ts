import { defineProject, mergeConfig } from 'vitest/config';
import shared from '../../vitest.shared.js';
import { liveSettings } from './src/target.js';

export default mergeConfig(
  shared,
  defineProject({
    test: {
      name: 'contract',
      include: ['test/**/*.test.ts'],
      globalSetup: ['src/global-setup.ts'],
      tags: [
        {
          name: 'mock-only',
          description: 'Relies on the mock: example selection with Prefer, or fixed ids.',
        },
      ],
      // A live store has none of the mock's fixed ids and ignores `Prefer`.
      ...(liveSettings() ? { tagsFilter: ['!mock-only'] } : {}),
    },
  }),
);
