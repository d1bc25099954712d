import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';

export interface RunningServer {
	url: string;
	port: number;
	proc: ChildProcess;
	logs: string[];
	/** Sends a signal and waits for the process to exit; resolves with its exit code. */
	stop(signal?: NodeJS.Signals): Promise<number | null>;
}

const START = path.resolve('build/start.js');

/**
 * Starts the real production server (`node build/start.js`, as `npm start` runs it) on a free port,
 * and resolves once it logs that it is listening.
 */
export async function startServer(
	env: Record<string, string>,
	timeoutMs = 30_000
): Promise<RunningServer> {
	if (!existsSync(START)) throw new Error('build/start.js is missing: run `npm run build` first');
	const proc = spawn(process.execPath, [START], {
		env: {
			...process.env,
			NODE_ENV: 'production',
			PORT: '0',
			HOST: '127.0.0.1',
			LOG_LEVEL: 'info',
			...env
		},
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const logs: string[] = [];
	const exited = new Promise<number | null>((resolve) =>
		proc.once('exit', (code) => resolve(code))
	);
	const port = await new Promise<number>((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`server did not start:\n${logs.join('\n')}`)),
			timeoutMs
		);
		const onLine = (line: string) => {
			logs.push(line);
			try {
				const entry = JSON.parse(line);
				if (typeof entry.port === 'number' && /listening/.test(entry.msg)) {
					clearTimeout(timer);
					resolve(entry.port);
				}
			} catch {
				// not a JSON log line
			}
		};
		createInterface({ input: proc.stdout! }).on('line', onLine);
		createInterface({ input: proc.stderr! }).on('line', (l) => logs.push(l));
		void exited.then((code) => {
			clearTimeout(timer);
			reject(new Error(`server exited with ${code} before listening:\n${logs.join('\n')}`));
		});
	});
	return {
		url: `http://127.0.0.1:${port}`,
		port,
		proc,
		logs,
		async stop(signal = 'SIGTERM') {
			if (proc.exitCode !== null || proc.signalCode !== null) return proc.exitCode;
			proc.kill(signal);
			return exited;
		}
	};
}
