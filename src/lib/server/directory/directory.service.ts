import type { Db } from '../schema';
import { inCentre } from '../platform/database';
import * as repo from './directory.repository';

export interface Service {
	id: string;
	name: string;
	description: string;
}

export function listServices(db: Db, centreId: string): Promise<Service[]> {
	return inCentre(db, centreId, (trx) => repo.listServices(trx, centreId));
}
