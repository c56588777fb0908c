import type { Locale } from '../../i18n/locales';
import type { Centre } from '../centres/centres.service';
import {
	describeNext,
	openingStatus,
	type OpeningDescription,
	type Weekday
} from '../centres/opening-hours';
import { inCentre } from '../platform/database';
import { NotFoundError } from '../platform/errors';
import type { Db } from '../schema';
import {
	readLocations,
	readOrganizations,
	readService,
	type LocationRecord,
	type OrganizationRecord,
	type ServiceRecord
} from './records';
import * as repo from './directory.repository';

export interface Service {
	id: string;
	name: string;
	description: string;
	/** Name and description in other languages than the centre's, by locale. */
	texts: Record<string, { name: string; description: string }>;
}

/** The centre's own running services, for its page; partners' are found through the directory. */
export function listServices(db: Db, centreId: string): Promise<Service[]> {
	return inCentre(db, centreId, (trx) => repo.listOwnServices(trx, centreId));
}

export interface ServicePage {
	service: ServiceRecord;
	/** Name and description in the reader's language, or the centre's when there are none. */
	name: string;
	description: string;
	inCentreLanguage: boolean;
	organization: OrganizationRecord | null;
	locations: LocationRecord[];
	open: boolean;
	next: OpeningDescription;
}

/** One service as a person looking for help reads it. */
export async function serviceForReader(
	db: Db,
	centre: Centre,
	id: string,
	locale: Locale,
	now: Date
): Promise<ServicePage> {
	return inCentre(db, centre.id, async (trx) => {
		const service = await readService(trx, centre.id, id);
		if (!service || service.status === 'defunct' || service.status === 'inactive') {
			throw new NotFoundError();
		}
		const [organization] = service.organizationId
			? await readOrganizations(trx, centre.id, [service.organizationId])
			: [];
		const locations = await readLocations(
			trx,
			centre.id,
			service.locations.map((place) => place.locationId)
		);
		const text = service.texts.find((each) => each.locale === locale);
		const closed = service.status === 'temporarily closed';
		const status = closed
			? ({ open: false, opensAt: null } as const)
			: openingStatus(
					service.weekly.map((opening) => ({ ...opening, weekday: opening.weekday as Weekday })),
					service.exceptions.map((exception) =>
						exception.kind === 'closed'
							? { date: exception.date, kind: 'closed' as const }
							: {
									date: exception.date,
									kind: 'open' as const,
									opens: exception.opens ?? '00:00',
									closes: exception.closes ?? '00:00'
								}
					),
					now,
					centre.timeZone
				);
		return {
			service,
			name: text?.name ?? service.name,
			description: text ? text.description : service.description,
			inCentreLanguage: !text && locale !== centre.defaultLocale,
			organization: organization ?? null,
			locations,
			open: status.open,
			next: describeNext(status, now, centre.timeZone)
		};
	});
}
