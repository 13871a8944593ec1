#!/usr/bin/env node
// `npm run demo:server`: the full-stack demo. The settings app in the page talks to the kit's handler
// on this server (127.0.0.1) over the HTTP adapter; a sign-in switcher picks who is signed in.
//
//   npm run demo:server                          over the in-memory backend, page from Vite (dev)
//   npm run demo:server -- --backend scalekit    over a local fake Scalekit (also: npm run demo:scalekit)
//   npm run demo:server -- --backend auth0       over a local fake Auth0 tenant (also: npm run demo:auth0)
//   npm run demo:server -- --port 5180           another port (default 5174; 0 picks a free one)
//   npm run demo:server -- --dist                the built demo (demo-dist/, `vite build -c vite.demo.config.ts`)
//
// TEAMKIT_DEMO_BACKEND=<name> chooses the backend too. Plain Node 20 cannot load TypeScript, so the
// server's modules are loaded through Vite's module runner.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = process.argv.slice(2);
const optionValue = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : args.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
};

const { chooseDemoBackend, startDemoServer } = (
  await runnerImport(path.join(root, 'demo/server/start-demo-server.ts'))
).module;

let backend;
try {
  backend = chooseDemoBackend(args, process.env);
} catch (error) {
  console.error(`demo server: ${error.message}`);
  process.exit(2);
}
const port = Number.parseInt(optionValue('--port') ?? '5174', 10);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`demo server: --port takes a number from 0 to 65535, not "${optionValue('--port')}".`);
  process.exit(2);
}
const page = args.includes('--dist') ? { mode: 'dist', dir: path.join(root, 'demo-dist') } : { mode: 'vite' };

let server;
try {
  server = await startDemoServer({ backend, port, page });
} catch (error) {
  console.error(`demo server: could not start over ${backend}: ${error.message}`);
  process.exit(1);
}
console.log(`Teamkit full-stack demo over ${server.backend.label}: ${server.url}/`);
console.log(`Sign in as: ${server.backend.people.map((p) => `${p.name} (${p.description})`).join(' · ')}`);

const stop = () => {
  server.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
