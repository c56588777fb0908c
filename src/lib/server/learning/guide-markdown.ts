/**
 * The small part of Markdown a rights guide is written in: headings (`## `), paragraphs (a blank
 * line between them), lists (`- ` or `1. `) and **bold** for a few words. It becomes plain data
 * that a page renders with Svelte's escaping, so whatever a guide says, even `<script>`, is
 * shown as the words typed and never runs. Anything else Markdown knows reads as plain text.
 */

/** A run of text, bold or not. */
export interface GuideSpan {
	text: string;
	strong: boolean;
}

export type GuideBlock =
	| { kind: 'heading'; level: 2 | 3; spans: GuideSpan[] }
	| { kind: 'paragraph'; spans: GuideSpan[] }
	| { kind: 'list'; ordered: boolean; items: GuideSpan[][] };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s{0,3}[-*•]\s+(.*)$/;
const NUMBERED = /^\s{0,3}\d{1,3}[.)]\s+(.*)$/;
const CONTINUATION = /^\s{2,}\S/;

// As in Markdown, the words made bold start and end with a letter, not a space: '2 ** 3' is
// arithmetic, not bold.
const STRONG = /\*\*(?=\S)([\s\S]*?\S)\*\*/g;

/** Splits `**bold**` from plain text; a `**` without its pair stays as typed. */
export function spans(text: string): GuideSpan[] {
	const found: GuideSpan[] = [];
	const push = (piece: string, strong: boolean) => {
		if (!piece) return;
		const last = found.at(-1);
		if (last && last.strong === strong) last.text += piece;
		else found.push({ text: piece, strong });
	};
	let from = 0;
	for (const match of text.matchAll(STRONG)) {
		push(text.slice(from, match.index), false);
		push(match[1] ?? '', true);
		from = match.index + match[0].length;
	}
	push(text.slice(from), false);
	return found;
}

/** The blocks of a guide's body, in order. */
export function parseGuide(body: string): GuideBlock[] {
	const blocks: GuideBlock[] = [];
	let paragraph: string[] = [];
	let list: { ordered: boolean; items: string[] } | null = null;
	let seenSection = false;

	const flush = () => {
		if (paragraph.length > 0) {
			blocks.push({ kind: 'paragraph', spans: spans(paragraph.join(' ')) });
			paragraph = [];
		}
		if (list) {
			blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(spans) });
			list = null;
		}
	};

	for (const raw of body.replace(/\r\n?/g, '\n').split('\n')) {
		const line = raw.trimEnd();
		if (!line.trim()) {
			flush();
			continue;
		}
		const heading = HEADING.exec(line);
		if (heading) {
			flush();
			const text = heading[2] ?? '';
			if (text) {
				// The page's title is the only first-level heading, and no level is skipped, so a
				// screen reader's list of headings reads as an outline.
				const level: 2 | 3 = (heading[1] ?? '').length <= 2 || !seenSection ? 2 : 3;
				seenSection ||= level === 2;
				blocks.push({ kind: 'heading', level, spans: spans(text) });
			}
			continue;
		}
		const bullet = BULLET.exec(line);
		const numbered = bullet ? null : NUMBERED.exec(line);
		const item = bullet ?? numbered;
		if (item) {
			const ordered = numbered !== null;
			if (paragraph.length > 0 || (list && list.ordered !== ordered)) flush();
			list ??= { ordered, items: [] };
			list.items.push((item[1] ?? '').trim());
			continue;
		}
		if (list && CONTINUATION.test(raw)) {
			list.items[list.items.length - 1] += ` ${line.trim()}`;
			continue;
		}
		if (list) flush();
		paragraph.push(line.trim());
	}
	flush();
	return blocks;
}

/** About how many words a body holds, to show the coordinator. */
export function wordCount(body: string): number {
	return body.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}
