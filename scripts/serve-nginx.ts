// npm run serve:nginx -- [--port N] [--root DIR]
// Serve the built site with Debian's nginx and the shipped deploy/nginx.conf on 127.0.0.1, as the
// tests do (scripts/lib/nginx.ts). Ctrl-C stops nginx and deletes its temporary folder.
import { parseArgs } from 'node:util';
import { startNginx } from './lib/nginx';

const { values } = parseArgs({
  options: { port: { type: 'string', default: '8080' }, root: { type: 'string' } },
});
const port = Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`--port takes a port number, not "${values.port}"`);
  process.exit(2);
}

try {
  const nginx = await startNginx({ port, root: values.root });
  console.log(`nginx serves ${values.root ?? 'dist/'} with deploy/nginx.conf at ${nginx.origin}/`);
  console.log(`Configuration and logs: ${nginx.prefix} (deleted on exit). Ctrl-C to stop.`);
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await nginx.stop();
    console.log('nginx stopped.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  const code = await nginx.exited;
  if (!stopping) {
    await nginx.stop();
    console.error(`nginx exited by itself (code ${code}).`);
    process.exit(1);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
