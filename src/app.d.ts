import type { Locale } from '$lib/i18n/locales';
import type { Centre } from '$lib/server/centres/centres.service';
import type { Actor, SignedIn } from '$lib/server/identity/identity.service';

declare global {
	namespace App {
		interface Error {
			/** A key of the message catalogue. */
			message: string;
			/** Quoted by a person reporting a fault, to find it in the logs. */
			reference?: string;
		}
		interface Locals {
			locale: Locale;
			session: SignedIn | null;
			/** The centre whose pages are being used, from the address. */
			centre: Centre | null;
			/** The signed-in person's roles at that centre. */
			actor: Actor | null;
		}
	}
}

export {};
