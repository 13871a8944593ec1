/**
 * The browser project's globalSetup: starts the fault hub (fault-hub.ts) in Node, where the real
 * handler runs, and hands its URL to the tests in Chromium as `inject('faultHubUrl')`.
 */
import type { TestProject } from 'vitest/node';
import { startFaultHub } from './fault-hub.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:<port>` of the fault hub. */
    faultHubUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const hub = await startFaultHub();
  project.provide('faultHubUrl', hub.url);
  return () => hub.close();
}
