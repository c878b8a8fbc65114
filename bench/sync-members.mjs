// Worker-thread entry for bench/sync.ts: lets the thread load TypeScript, then runs the members.
import { register } from 'tsx/esm/api';

register();
await import('./sync-members.ts');
