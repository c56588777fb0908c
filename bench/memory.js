// Reads resident memory from /proc (Linux). Root can read other users' entries, so this works
// when PostgreSQL runs as its own system user.
import fs from 'node:fs';
import path from 'node:path';

function readOrEmpty(file) {
	try {
		return fs.readFileSync(file, 'utf8');
	} catch {
		// The process may have exited between listing /proc and reading it.
		return '';
	}
}

function statusField(pid, field) {
	const match = readOrEmpty(`/proc/${pid}/status`).match(new RegExp(`^${field}:\\s+(\\d+)`, 'm'));
	return match ? Number(match[1]) : undefined;
}

/** Resident set size in bytes, from VmRSS. */
export function rssBytes(pid) {
	return (statusField(pid, 'VmRSS') ?? 0) * 1024;
}

/**
 * Proportional set size in bytes: shared pages divided among the processes that map them.
 * RSS counts PostgreSQL's shared buffers once per process; PSS counts them once in all.
 */
export function pssBytes(pid) {
	const match = readOrEmpty(`/proc/${pid}/smaps_rollup`).match(/^Pss:\s+(\d+)/m);
	return match ? Number(match[1]) * 1024 : undefined;
}

function processIds() {
	return fs.readdirSync('/proc').filter((name) => /^\d+$/.test(name));
}

/**
 * The PostgreSQL server running on `pgData`: the postmaster, found by the data directory on its
 * command line, and its descendants, whose titles no longer name the folder.
 */
export function postgresProcesses(pgData) {
	const all = processIds();
	const found = new Set();
	for (const pid of all) {
		const args = readOrEmpty(`/proc/${pid}/cmdline`).split('\0');
		if (path.basename(args[0] ?? '') === 'postgres' && args.includes(pgData)) found.add(pid);
	}
	// Walk down the tree; a few passes cover postmaster → backend, bounded by the process count.
	for (let pass = 0, grew = found.size > 0; grew && pass < all.length; pass += 1) {
		grew = false;
		for (const pid of all) {
			if (found.has(pid)) continue;
			const parent = statusField(pid, 'PPid');
			if (parent !== undefined && found.has(String(parent))) {
				found.add(pid);
				grew = true;
			}
		}
	}
	return [...found];
}
