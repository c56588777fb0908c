/**
 * Figures that leave a survey: counts with small groups hidden, a CSV of them, and bar charts
 * drawn as SVG on the server. Pure functions, so the rules can be tested on their own.
 */

/** The smallest group whose size is shown. */
export const SMALLEST_SHOWN = 5;

/**
 * A count as shown: its number, or hidden because the group is smaller than five (`small`), or
 * hidden so that a small group elsewhere cannot be worked out by subtraction (`protects`).
 */
export type Figure =
	{ shown: true; count: number } | { shown: false; reason: 'small' | 'protects' };

const isSmall = (count: number) => count > 0 && count < SMALLEST_SHOWN;

/** Counts where each stands alone (options of a multiple-choice question): small ones hidden. */
export function protectEach(counts: readonly number[]): Figure[] {
	return counts.map((count) =>
		isSmall(count) ? { shown: false, reason: 'small' } : { shown: true, count }
	);
}

type Hidden = 'small' | 'protects' | null;

/**
 * Whether a reader who knows the total, the shown counts and the rule could name the exact value
 * of some hidden count. A `small` count is 1 to 4; a `protects` count is 0 or 5 and more; the
 * hidden counts add up to the total less the shown ones.
 */
function someHiddenCountFollows(counts: readonly number[], hidden: readonly Hidden[]): boolean {
	let sum = 0;
	let small = 0;
	let protecting = 0;
	counts.forEach((count, index) => {
		if (hidden[index] === null) return;
		sum += count;
		if (hidden[index] === 'small') small += 1;
		else protecting += 1;
	});
	// What the other hidden counts can add up to: small ones between 1 and 4 each; protecting ones
	// nothing at all, or anything from 5 up.
	const othersCanMake = (value: number, otherSmall: number, otherProtecting: number) =>
		(value >= otherSmall && value <= 4 * otherSmall) ||
		(otherProtecting > 0 && value >= otherSmall + SMALLEST_SHOWN);
	const possibleValues = (kind: 'small' | 'protects') => {
		const otherSmall = small - (kind === 'small' ? 1 : 0);
		const otherProtecting = protecting - (kind === 'protects' ? 1 : 0);
		let found = 0;
		for (let value = 0; value <= sum && found < 2; value += 1) {
			const fits = kind === 'small' ? isSmall(value) : !isSmall(value);
			if (fits && othersCanMake(sum - value, otherSmall, otherProtecting)) found += 1;
		}
		return found;
	};
	return hidden.some((kind) => kind !== null && possibleValues(kind) < 2);
}

/**
 * Counts that together make a total the reader knows (the options of a single-choice question or
 * a scale, with "no answer" among them). Counts of 1 to 4 are hidden; then, while any hidden count
 * could still be worked out by subtraction, the smallest count still shown is hidden too (a count
 * above zero first, since a hidden zero protects little). Null when nothing can be shown safely.
 */
export function protectPartition(counts: readonly number[]): Figure[] | null {
	const hidden: Hidden[] = counts.map((count) => (isSmall(count) ? 'small' : null));
	while (someHiddenCountFollows(counts, hidden)) {
		const shown = counts
			.map((count, index) => ({ count, index }))
			.filter(({ index }) => hidden[index] === null)
			.sort((a, b) => (a.count === 0 ? 1 : 0) - (b.count === 0 ? 1 : 0) || a.count - b.count);
		const next = shown[0];
		if (!next) return null;
		hidden[next.index] = 'protects';
	}
	return counts.map((count, index) => {
		const kind = hidden[index];
		return kind ? { shown: false, reason: kind } : { shown: true, count };
	});
}

/** A count's share of all responses, in whole percent, or null when the count is hidden. */
export function percentOf(figure: Figure, responses: number): number | null {
	if (!figure.shown || responses === 0) return null;
	return Math.round((figure.count * 100) / responses);
}

// A cell a spreadsheet would read as a formula (=, +, -, @, or a tab or return first) is sent
// with an apostrophe before it, so opening the file never runs anything.
const FORMULA = /^[=+\-@\t\r]/;

function csvCell(value: string | number): string {
	let text = String(value);
	if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Rows as CSV (RFC 4180: CRLF between rows, quotes doubled), after a UTF-8 byte order mark so that
 * Excel reads Polish and Arabic letters rightly.
 */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function escapeXml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

export interface Bar {
	label: string;
	/** Null when the count is hidden: no bar is drawn, and `value` says why. */
	count: number | null;
	/** What is written after the label: "12 (40%)", or "fewer than 5". */
	value: string;
}

const WIDTH = 600;
const ROW = 44;
const BAR = 18;
const LABEL_MAX = 70;

/**
 * A horizontal bar chart as SVG markup, each bar under its label and the figure written out, so
 * nothing depends on colour. Bars grow from the start of the line: from the right for a
 * right-to-left language. The bars take the text's colour, so forced colours and print keep them.
 */
export function barChart(options: {
	bars: readonly Bar[];
	dir: 'ltr' | 'rtl';
	title: string;
}): string {
	const { bars, dir, title } = options;
	const largest = Math.max(1, ...bars.map((bar) => bar.count ?? 0));
	const height = bars.length * ROW;
	const rtl = dir === 'rtl';
	const rows = bars.map((bar, index) => {
		const top = index * ROW;
		const label =
			[...bar.label].length > LABEL_MAX
				? [...bar.label].slice(0, LABEL_MAX - 1).join('') + '…'
				: bar.label;
		const text = `<text x="${rtl ? WIDTH : 0}" y="${top + 15}" font-size="14" fill="currentColor"${rtl ? ' direction="rtl"' : ''}>${escapeXml(label)} — ${escapeXml(bar.value)}</text>`;
		if (bar.count === null) {
			// A hidden count: an outline only, so it cannot be read as a size.
			return `${text}<rect x="${rtl ? WIDTH - 40 : 0}" y="${top + 21}" width="40" height="${BAR}" fill="none" stroke="currentColor" stroke-dasharray="4 3"/>`;
		}
		const width = bar.count === 0 ? 0 : Math.max(2, Math.round((bar.count / largest) * WIDTH));
		return `${text}<rect x="${rtl ? WIDTH - width : 0}" y="${top + 21}" width="${width}" height="${BAR}" fill="currentColor"/>`;
	});
	return (
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" width="100%" role="img" aria-label="${escapeXml(title)}" class="bar-chart">` +
		rows.join('') +
		'</svg>'
	);
}
