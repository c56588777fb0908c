import type { Kysely, Transaction } from 'kysely';
import type { CentresTables } from './centres/centres.tables';
import type { ChildcareTables } from './centres/childcare.tables';
import type { EventsTables } from './centres/events.tables';
import type { RoomsTables } from './centres/rooms.tables';
import type { RotaTables } from './centres/rota.tables';
import type { CoursesTables } from './learning/courses.tables';
import type { GuidesTables } from './learning/guides.tables';
import type { DirectoryTables } from './directory/directory.tables';
import type { IdentityTables } from './identity/identity.tables';
import type { AuditTables } from './platform/audit.tables';
import type { AdvisersTables } from './support/advisers.tables';
import type { PlansTables } from './support/plans.tables';
import type { DropInTables } from './support/drop-in.tables';
import type { MutualTables } from './membership/mutual.tables';
import type { BallotsTables } from './governance/ballots.tables';
import type { SurveysTables } from './governance/surveys.tables';
import type { CaseworkTables } from './casework/casework.tables';
import type { OrganisingTables } from './organising/organising.tables';
import type { MessagesTables } from './messages/messages.tables';

/** Every table Hearth's modules own; a new module adds its table interface here. */
export interface Database
	extends
		AuditTables,
		CentresTables,
		IdentityTables,
		DirectoryTables,
		RoomsTables,
		ChildcareTables,
		EventsTables,
		RotaTables,
		CoursesTables,
		GuidesTables,
		AdvisersTables,
		PlansTables,
		DropInTables,
		MutualTables,
		BallotsTables,
		SurveysTables,
		CaseworkTables,
		OrganisingTables,
		MessagesTables {}

/** A database handle or a transaction: every repository function takes one first. */
export type Db = Kysely<Database> | Transaction<Database>;
