/** Every time zone the runtime knows, for a centre to choose its own. */
export const timeZones: string[] = Intl.supportedValuesOf('timeZone');
