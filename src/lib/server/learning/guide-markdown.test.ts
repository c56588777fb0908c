import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseGuide, spans, wordCount, type GuideBlock } from './guide-markdown';

describe('a guide’s Markdown', () => {
	it('reads headings, paragraphs and both kinds of list', () => {
		const blocks = parseGuide(
			[
				'You have rights.',
				'Even on a zero-hours contract.',
				'',
				'## Breaks',
				'- 20 minutes',
				'- 11 hours between',
				'  working days',
				'',
				'### Steps',
				'1. Write it down',
				'2) Ask in writing',
				'After the list.'
			].join('\r\n')
		);
		expect(blocks).toEqual([
			{
				kind: 'paragraph',
				spans: [{ text: 'You have rights. Even on a zero-hours contract.', strong: false }]
			},
			{ kind: 'heading', level: 2, spans: [{ text: 'Breaks', strong: false }] },
			{
				kind: 'list',
				ordered: false,
				items: [
					[{ text: '20 minutes', strong: false }],
					[{ text: '11 hours between working days', strong: false }]
				]
			},
			{ kind: 'heading', level: 3, spans: [{ text: 'Steps', strong: false }] },
			{
				kind: 'list',
				ordered: true,
				items: [
					[{ text: 'Write it down', strong: false }],
					[{ text: 'Ask in writing', strong: false }]
				]
			},
			{ kind: 'paragraph', spans: [{ text: 'After the list.', strong: false }] }
		] satisfies GuideBlock[]);
	});

	it('never skips a heading level, so the outline reads from the page’s title down', () => {
		const levels = parseGuide('### First\n\n# Second\n\n#### Third')
			.filter((block) => block.kind === 'heading')
			.map((block) => block.level);
		expect(levels).toEqual([2, 2, 3]);
	});

	it('makes **words** bold and leaves a lone ** as typed', () => {
		expect(spans('at least **£12.71** an hour')).toEqual([
			{ text: 'at least ', strong: false },
			{ text: '£12.71', strong: true },
			{ text: ' an hour', strong: false }
		]);
		expect(spans('2 ** 3 and ****')).toEqual([{ text: '2 ** 3 and ****', strong: false }]);
	});

	it('keeps markup as the words typed: it is data for the page to escape, never HTML', () => {
		const blocks = parseGuide('<script>alert(1)</script>\n\n- <img src=x onerror=alert(2)>');
		expect(blocks).toEqual([
			{ kind: 'paragraph', spans: [{ text: '<script>alert(1)</script>', strong: false }] },
			{
				kind: 'list',
				ordered: false,
				items: [[{ text: '<img src=x onerror=alert(2)>', strong: false }]]
			}
		]);
	});

	it('loses no words, whatever is typed', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 300 }), (body) => {
				const text = parseGuide(body)
					.flatMap((block) =>
						block.kind === 'list' ? block.items.flat() : block.kind ? block.spans : []
					)
					.map((span) => span.text)
					.join(' ');
				const letters = (value: string) => value.replace(/[\s#*\-•.)\d]/g, '');
				expect(letters(text)).toBe(letters(body));
			})
		);
	});

	it('counts words, not punctuation', () => {
		expect(wordCount('## Pay\n\n- £12.71 an hour — at least')).toBe(6);
	});
});
