// An S3-compatible server for the tests (s3rver), in a process of its own so a test can stop it
// the hard way (SIGKILL) in the middle of an upload. Usage: node s3-server.mjs <port> <dir> <bucket>.
// Prints "ready" once it listens, then one JSON line per object event ({ name, key }).
import S3rver from 's3rver';

const [port, directory, bucket] = process.argv.slice(2);
const server = new S3rver({
  port: Number(port),
  address: '127.0.0.1',
  silent: true,
  directory,
  configureBuckets: [{ name: bucket, configs: [] }],
});
server.on('event', (e) => {
  for (const r of e.Records)
    process.stdout.write(
      `${JSON.stringify({ name: r.eventName, key: decodeURIComponent(r.s3.object.key) })}\n`,
    );
});
await server.run();
process.stdout.write('ready\n');
