import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findFreePort } from './free-port.js';
import { OutputBuffer } from './output-buffer.js';

export interface StartPrismOptions {
  /**
   * A live origin to forward requests to (`prism proxy`), checking both directions against the
   * document. Without it Prism answers from the document's examples (`prism mock`).
   */
  upstream?: string;
  /** Path of the OpenAPI document. @default the copy shipped in this package */
  spec?: string;
  /** @default '127.0.0.1' */
  host?: string;
  /** @default a free port chosen at start */
  port?: number;
  /** How long to wait for Prism to answer before giving up. @default 60000 */
  readyTimeoutMs?: number;
}

export interface PrismServer {
  /** The origin Prism listens on, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  readonly mode: 'mock' | 'proxy';
  /** What Prism printed recently, for diagnosing a failure. */
  output(): string;
  /** Stops Prism and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

const defaultSpec = fileURLToPath(new URL('../openapi/inventories.yaml', import.meta.url));
const startAttempts = 3;

function prismEntry(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('@stoplight/prism-cli/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: { prism: string } };
  return join(dirname(manifestPath), manifest.bin.prism);
}

/**
 * Starts Prism with `--errors` on a loopback port and resolves once it answers HTTP.
 * The process is killed if this one exits first.
 *
 * @example
 * const mock = await startPrism();
 * try { await fetch(`${mock.url}/v2/inventories`); } finally { await mock.stop(); }
 */
export async function startPrism(options: StartPrismOptions = {}): Promise<PrismServer> {
  const attempts = options.port === undefined ? startAttempts : 1;
  let lastError: unknown;

  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await startOnce(options);
    } catch (error) {
      // A port found free can be taken by someone else before Prism binds it: try another.
      if (!String(error).includes('EADDRINUSE')) throw error;
      lastError = error;
    }
  }
  throw lastError;
}

async function startOnce(options: StartPrismOptions): Promise<PrismServer> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await findFreePort(host));
  const mode = options.upstream ? 'proxy' : 'mock';
  const spec = options.spec ?? defaultSpec;

  const args = [prismEntry(), mode, spec];
  if (options.upstream) args.push(options.upstream);
  args.push('--host', host, '--port', String(port), '--errors');

  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const output = new OutputBuffer();
  child.stdout?.on('data', (chunk: Buffer) => output.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => output.push(chunk));

  const forget = killWithThisProcess(child);
  const urlHost = host.includes(':') ? `[${host}]` : host;
  const url = `http://${urlHost}:${port}`;
  const stop = async () => {
    forget();
    await terminate(child);
  };

  try {
    await waitUntilAnswering(url, child, options.readyTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Prism did not start: ${reason}\n--- Prism output ---\n${output}`);
  }

  return { url, mode, output: () => output.toString(), stop };
}

async function waitUntilAnswering(url: string, child: ChildProcess, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });

  while (Date.now() < deadline) {
    if (exited) throw new Error(`it exited with code ${child.exitCode}`);
    try {
      // Any HTTP answer, even a 401 or 404, means Prism is listening.
      await fetch(`${url}/v2/inventories`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`no answer from ${url} within ${timeoutMs} ms`);
}

const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Kills Prism when this process exits or is told to stop, so no mock outlives its owner.
 * Returns the function that removes these handlers once Prism is stopped normally.
 */
function killWithThisProcess(child: ChildProcess): () => void {
  const onExit = () => child.kill('SIGKILL');
  const onSignal = (signal: NodeJS.Signals) => {
    child.kill('SIGKILL');
    forget();
    // With no other handler left, stop as the signal would have without ours.
    if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
  };
  const forget = () => {
    process.removeListener('exit', onExit);
    for (const signal of signals) process.removeListener(signal, onSignal);
  };

  process.once('exit', onExit);
  for (const signal of signals) process.once(signal, onSignal);
  return forget;
}

function terminate(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();

  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
