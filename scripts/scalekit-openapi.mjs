#!/usr/bin/env node
// Refreshes the copy of Scalekit's OpenAPI document the Scalekit adapter is typed from and the fake
// Scalekit validates against: reads the YAML (default ../shared/reference/scalekit-openapi.yaml, or the
// path given) and writes it as JSON, which loads in a fraction of the time YAML takes.
// `npm run generate:scalekit` runs this, then openapi-typescript over the JSON.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const source = path.resolve(
  process.argv[2] ?? path.join(root, '..', 'shared', 'reference', 'scalekit-openapi.yaml'),
);
const target = path.join(root, 'test', 'fakes', 'scalekit', 'scalekit-openapi.json');
const document = parse(readFileSync(source, 'utf8'));
writeFileSync(target, `${JSON.stringify(document, null, 1)}\n`);
console.log(`scalekit-openapi: ${path.relative(root, source)} -> ${path.relative(root, target)}`);
