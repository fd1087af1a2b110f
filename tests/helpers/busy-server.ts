import { spawn } from 'node:child_process';
import { once } from 'node:events';

/** An HTTP server that answers every request 503, in a child process, counting the requests. */
export interface BusyServer {
  url: string;
  requests(): Promise<number>;
  stop(): void;
}

const SERVER = `
let n = 0;
const srv = require('node:http').createServer((req, res) => {
  if (req.url === '/__count') return res.end(String(n));
  n++;
  res.writeHead(503, { 'Content-Type': 'application/xml' });
  res.end('<?xml version="1.0"?><Error><Code>ServerBusy</Code><Message>busy</Message></Error>');
});
srv.listen(0, '127.0.0.1', () => console.log(srv.address().port));
`;

/**
 * Object-store listings block the calling thread (synckit), so a fault server in the test's own
 * process could never answer: it runs in a child process instead.
 */
export async function busyServer(): Promise<BusyServer> {
  const child = spawn(process.execPath, ['-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const [chunk] = (await once(child.stdout!, 'data')) as [Buffer];
  const url = `http://127.0.0.1:${Number(chunk.toString().trim())}`;
  return {
    url,
    requests: async () => Number(await (await fetch(`${url}/__count`)).text()),
    stop: () => child.kill(),
  };
}
