import { z } from 'zod';
import { plain, secret, someOf, text, ticked } from '../forms';
import { passphraseProblem } from './passphrase';
import { roles } from './identity.service';

export const chosenName = text({
	max: 60,
	required: 'identity.nameRequired',
	tooLong: 'identity.nameTooLong'
});

const passphrase = secret('identity.passphraseRequired', 'identity.passphraseTooLong');

/** Checks a new passphrase typed twice against the rules and the person's chosen name. */
export function checkNewPassphrase(
	data: { passphrase: string; passphraseAgain: string },
	chosenName: string,
	ctx: z.RefinementCtx
): void {
	const problem = passphraseProblem(data.passphrase, chosenName);
	if (problem) {
		ctx.addIssue({ code: 'custom', path: ['passphrase'], message: `identity.${problem}` });
	} else if (data.passphraseAgain !== data.passphrase) {
		ctx.addIssue({
			code: 'custom',
			path: ['passphraseAgain'],
			message: 'identity.passphrasesDiffer'
		});
	}
}

export const joinSchema = z
	.object({ chosenName, passphrase, passphraseAgain: plain })
	.superRefine((data, ctx) => checkNewPassphrase(data, data.chosenName, ctx));

export const signInSchema = z.object({ chosenName, passphrase });

export const codeSchema = z
	.object({
		code: text({ max: 40, required: 'identity.codeRequired', tooLong: 'identity.codeWrong' }),
		passphrase,
		passphraseAgain: plain
	})
	.superRefine((data, ctx) => checkNewPassphrase(data, '', ctx));

export const enrolSchema = z.object({
	chosenName,
	consent: ticked('identity.consentRequired')
});

export const rolesSchema = z.object({
	roles: someOf(roles, 'identity.roleUnknown')
});
