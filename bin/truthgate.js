#!/usr/bin/env node
// Plain JavaScript that parses and runs on old Node too, so an old Node gets one line naming the
// version it needs instead of a stack trace from the code further in.
import { existsSync } from 'node:fs';
import * as nodeModule from 'node:module';

const MIN = [22, 18];
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < MIN[0] || (major === MIN[0] && minor < MIN[1])) {
  process.stderr.write(
    `truthgate needs Node.js >= ${MIN.join('.')} (this is Node.js ${process.versions.node})\n`,
  );
  process.exit(2);
}

// Caches compiled code and stripped TypeScript between runs: start-up is mostly module loading.
nodeModule.enableCompileCache?.();

// nodejs-polars' loader tells glibc from musl with process.report.getReport(), which by default
// also lists the network interfaces and reverse-resolves the peers of open sockets (a DNS wait).
if (process.report) process.report.excludeNetwork = true;

// In a clone the CLI runs from src/ (Node strips the types); the npm package ships lib/, built by
// `npm run build` at prepack, because Node never strips types under node_modules.
const source = new URL('../src/cli/main.ts', import.meta.url);
import(existsSync(source) ? source.href : new URL('../lib/cli.js', import.meta.url).href);
