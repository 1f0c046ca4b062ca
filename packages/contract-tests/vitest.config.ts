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
      // Several files send multipart uploads (the harness, the examples, the client's own), and
      // Prism is unreliable with multipart bodies from parallel workers: one file at a time.
      // On a live store, one request at a time also spares its rate limit.
      fileParallelism: false,
      tags: [
        {
          name: 'mock-only',
          description:
            'Relies on the mock: example selection with Prefer, fixed ids, or writes a live ' +
            'store could not undo.',
        },
      ],
      // A live store has none of the mock's fixed ids and ignores `Prefer`.
      ...(liveSettings() ? { tagsFilter: ['!mock-only'] } : {}),
    },
  }),
);
