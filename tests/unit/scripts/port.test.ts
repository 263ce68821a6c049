import { createServer, type Server } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { freePortSync } from '../../../scripts/lib/port';

let blocker: Server | null = null;
afterEach(() => new Promise<void>((done) => (blocker ? blocker.close(() => done()) : done())));

const listen = (port: number) =>
  new Promise<Server>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });

describe('the browser tests’ port', () => {
  it('is another free port when the preferred one is busy', async () => {
    blocker = await listen(0);
    const busy = (blocker.address() as { port: number }).port;
    const chosen = freePortSync(busy);
    expect(chosen).not.toBe(busy);
    expect(chosen).toBeGreaterThan(0);
    const probe = await listen(chosen);
    await new Promise<void>((done) => probe.close(() => done()));
  });

  it('is the preferred port when it is free', async () => {
    const probe = await listen(0);
    const port = (probe.address() as { port: number }).port;
    await new Promise<void>((done) => probe.close(() => done()));
    expect(freePortSync(port)).toBe(port);
  });
});
