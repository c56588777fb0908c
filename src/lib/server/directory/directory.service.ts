import type { Db } from '../schema';
import { inCentre } from '../platform/database';
import { uuidv7 } from '../platform/ids';
import * as repo from './directory.repository';

export interface Service {
	id: string;
	name: string;
	description: string;
}

export function listServices(db: Db, centreId: string): Promise<Service[]> {
	return inCentre(db, centreId, (trx) => repo.listServices(trx, centreId));
}

/** Adds a service inside a transaction already scoped to the centre (set-up and demo data). */
export async function addService(
	trx: Db,
	centreId: string,
	service: Omit<Service, 'id'>
): Promise<void> {
	await repo.insertService(trx, { centreId, id: uuidv7(), ...service });
}
