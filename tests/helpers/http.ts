import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: Buffer;
}

/**
 * One HTTP/1.1 GET over a plain socket, with the request target sent exactly as given (no
 * normalising of `..`, `//` or escapes, control bytes included), as an attacker would send it.
 * The response is read to the end of the connection.
 */
export function rawGet(
  origin: string,
  target: string | Buffer,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(origin);
  const head = Buffer.concat([
    Buffer.from('GET '),
    Buffer.isBuffer(target) ? target : Buffer.from(target, 'latin1'),
    Buffer.from(
      ` HTTP/1.1\r\nHost: ${hostname}\r\nConnection: close\r\n` +
        Object.entries(headers)
          .map(([k, v]) => `${k}: ${v}\r\n`)
          .join('') +
        '\r\n',
    ),
  ]);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to GET ${target}`)));
    socket.on('data', (d) => chunks.push(d));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      if (split < 0) return reject(new Error(`no HTTP response to GET ${target}: ${all.toString('latin1')}`));
      const [statusLine, ...lines] = all.subarray(0, split).toString('latin1').split('\r\n');
      const headerMap: Record<string, string> = {};
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        // Repeated headers are joined, as a browser sees them.
        const value = line.slice(colon + 1).trim();
        headerMap[name] = name in headerMap ? `${headerMap[name]}, ${value}` : value;
      }
      resolve({
        status: Number(statusLine.split(' ')[1]),
        headers: headerMap,
        body: all.subarray(split + 4),
      });
    });
    socket.write(head);
  });
}
