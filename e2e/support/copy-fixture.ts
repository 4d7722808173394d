/**
 * The deck fixture on a throwaway copy of the project with a dev server of its own (see
 * src/testing/project-copy.ts): for tests that break slides, and for long runs that a file saved in the real
 * project meanwhile (a hot update, a reload) must not disturb.
 */
import { test as deckTest } from '../deck.ts';
import { startProjectCopy, type ProjectCopy } from '../../src/testing/project-copy.ts';

/** How long copying the project and starting its Vite may take on a busy machine. */
const COPY_START_TIMEOUT_MS = 90_000;

export const test = deckTest.extend<object, { project: ProjectCopy }>({
  project: [
    async ({}, use) => {
      const project = await startProjectCopy();
      await use(project);
      await project.close();
    },
    { scope: 'worker', timeout: COPY_START_TIMEOUT_MS },
  ],
  baseURL: async ({ project }, use) => use(project.url),
});

export { expect } from '../deck.ts';
