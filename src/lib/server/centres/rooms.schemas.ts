import { z } from 'zod';
import { oneOf, parsed, text } from '../forms';
import { isUuid } from '../platform/ids';
import { parseIsoDate } from './centres.schemas';
import { parseWallTime } from './opening-hours';
import { roomKinds } from './rooms.tables';

export const MAX_UNITS = 200;

const flag = z.preprocess((value) => value === 'yes', z.boolean());

/** A whole number typed in a form, within bounds; anything else is null. */
export function parseCount(input: string, min: number, max: number): number | null {
	const value = input.trim();
	if (!/^\d{1,4}$/.test(value)) return null;
	const count = Number(value);
	return count >= min && count <= max ? count : null;
}

/** A room as the coordinator describes it. */
export const roomSchema = z.object({
	name: text({ max: 80, required: 'rooms.nameRequired', tooLong: 'rooms.nameTooLong' }),
	kind: oneOf(roomKinds, 'rooms.kindRequired'),
	description: text({ max: 500, tooLong: 'rooms.descriptionTooLong', multiline: true }),
	units: parsed((value) => parseCount(value, 1, MAX_UNITS), 'rooms.unitsInvalid'),
	hours: oneOf(['centre', 'own'], 'rooms.hoursRequired'),
	membersBook: flag
});

export type RoomInput = z.infer<typeof roomSchema>;

/** A member's booking: a local date and times; "until" at or before "from" ends the next day. */
export const bookingSchema = z.object({
	date: parsed(parseIsoDate, 'rooms.dateInvalid'),
	from: parsed(parseWallTime, 'rooms.fromInvalid'),
	until: parsed(parseWallTime, 'rooms.untilInvalid'),
	inOwnName: flag
});

export type BookingInput = z.infer<typeof bookingSchema>;

/** A bed or place taken at the desk: no name field exists to fill. */
export const deskSchema = z.object({
	roomId: z.preprocess(
		(value) => (typeof value === 'string' ? value : ''),
		z.string().refine(isUuid, { message: 'rooms.roomUnknown' })
	),
	// Empty means the first one free.
	unit: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => value === '' || parseCount(value, 1, MAX_UNITS) !== null, {
				message: 'rooms.unitUnknown'
			})
			.transform((value) => (value === '' ? null : Number(value)))
	),
	// Empty means until the room closes.
	until: z.preprocess(
		(value) => (typeof value === 'string' ? value.trim() : ''),
		z
			.string()
			.refine((value) => value === '' || parseWallTime(value) !== null, {
				message: 'rooms.untilInvalid'
			})
			.transform((value) => (value === '' ? null : parseWallTime(value)))
	)
});

export type DeskInput = z.infer<typeof deskSchema>;
