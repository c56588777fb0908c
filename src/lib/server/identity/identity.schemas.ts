import { z } from 'zod';
import { plain, secret, someOf, text, ticked } from '../forms';
import { passphraseProblem } from './passphrase';
import { roles } from './identity.service';

export const chosenName = text({ max: 60, required: 'identity.nameRequired', tooLong: 'identity.nameTooLong' });

const passphrase = secret('identity.passphraseRequired', 'identity.passphraseTooLong');

/** A new passphrase typed twice, checked against the rules and the person's chosen name. */
function newPassphrase<T extends z.ZodRawShape>(shape: T, nameOf: (data: z.infer<z.ZodObject<T>>) => string) {
	return z
		.object({ ...shape, passphrase, passphraseAgain: plain })
		.superRefine((data, ctx) => {
			const problem = passphraseProblem(data.passphrase, nameOf(data as z.infer<z.ZodObject<T>>));
			if (problem) {
				ctx.addIssue({ code: 'custom', path: ['passphrase'], message: `identity.${problem}` });
			} else if (data.passphraseAgain !== data.passphrase) {
				ctx.addIssue({ code: 'custom', path: ['passphraseAgain'], message: 'identity.passphrasesDiffer' });
			}
		});
}

export const joinSchema = newPassphrase({ chosenName }, (data) => data.chosenName);

export const signInSchema = z.object({ chosenName, passphrase });

export const codeSchema = newPassphrase(
	{ code: text({ max: 40, required: 'identity.codeRequired', tooLong: 'identity.codeWrong' }) },
	() => ''
);

export const enrolSchema = z.object({
	chosenName,
	consent: ticked('identity.consentRequired')
});

export const rolesSchema = z.object({ roles: someOf(roles as ['member', ...typeof roles[number][]], 'identity.roleUnknown') });
