#!/usr/bin/env node
// The duiyi command: runs the TypeScript CLI in src/cli through tsx, so the command and the app
// share one domain layer with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
