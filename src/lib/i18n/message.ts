/** A message is text with {placeholders}, or one text per plural category of the language. */
export type Plural = { other: string } & Partial<
	Record<'zero' | 'one' | 'two' | 'few' | 'many', string>
>;
export type Message = string | Plural;
