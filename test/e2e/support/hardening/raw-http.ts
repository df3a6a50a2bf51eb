import { connect } from 'node:net';
import type { ReceivedResponse } from './envelope-check.js';

/**
 * Writes `request` as raw bytes (what fetch refuses to send: bad request lines, huge headers, broken lengths) and
 * reads the first response. Resolves undefined when the server closed the connection without answering.
 */
export function rawRequest(port: number, request: string | Buffer, timeoutMs = 3_000): Promise<ReceivedResponse | undefined> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = () => {
      socket.destroy();
      resolve(parseResponse(Buffer.concat(chunks)));
    };
    socket.setTimeout(timeoutMs, finish);
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      if (isComplete(Buffer.concat(chunks))) finish();
    });
    socket.on('end', finish);
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? finish() : reject(error)));
    socket.write(request);
  });
}

function splitHead(raw: Buffer): { head: string; body: Buffer } | undefined {
  const end = raw.indexOf('\r\n\r\n');
  return end < 0 ? undefined : { head: raw.subarray(0, end).toString('latin1'), body: raw.subarray(end + 4) };
}

function headersOf(head: string): Record<string, string> {
  return Object.fromEntries(
    head
      .split('\r\n')
      .slice(1)
      .map((line) => [line.slice(0, line.indexOf(':')).trim().toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

function isComplete(raw: Buffer): boolean {
  const parts = splitHead(raw);
  if (!parts) return false;
  const length = headersOf(parts.head)['content-length'];
  return length !== undefined && parts.body.length >= Number(length);
}

function parseResponse(raw: Buffer): ReceivedResponse | undefined {
  const parts = splitHead(raw);
  if (!parts) return undefined;
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(parts.head)?.[1]);
  const headers = headersOf(parts.head);
  const body = headers['transfer-encoding'] === 'chunked' ? dechunk(parts.body) : parts.body.toString('utf8');
  return { status, headers, body };
}

function dechunk(body: Buffer): string {
  let text = '';
  let rest = body.toString('latin1');
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, lineEnd), 16);
    if (!size) break;
    text += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
  return Buffer.from(text, 'latin1').toString('utf8');
}
