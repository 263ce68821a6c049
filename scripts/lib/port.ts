import { execFileSync } from 'node:child_process';

/**
 * The preferred port when it is free, else one the system picks. Synchronous (a child process
 * probes), because Playwright reads its config synchronously.
 */
export function freePortSync(preferred: number, host = '127.0.0.1'): number {
  const script = [
    "const net = require('net');",
    'const [preferred, host] = process.argv.slice(1);',
    'const any = () => { const t = net.createServer(); t.listen(0, host, () => { process.stdout.write(String(t.address().port)); t.close(); }); };',
    "const s = net.createServer(); s.once('error', any);",
    's.listen(Number(preferred), host, () => { process.stdout.write(preferred); s.close(); });',
  ].join('\n');
  return Number(
    execFileSync(process.execPath, ['-e', script, String(preferred), host], { encoding: 'utf8' }),
  );
}
