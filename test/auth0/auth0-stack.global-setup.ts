/**
 * Vitest global setup of the browser project: starts the Auth0 stack (fake Auth0, Auth0 adapter,
 * handler) on 127.0.0.1 in Node, and hands its address to the Chromium tests (`inject('auth0StackUrl')`).
 */
import type { TestProject } from 'vitest/node';
import { startAuth0Stack } from '../support/auth0-stack.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the Auth0 stack listens (`http://127.0.0.1:<port>`). */
    auth0StackUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const stack = await startAuth0Stack();
  project.provide('auth0StackUrl', stack.url);
  return () => stack.close();
}
