// TMX dates are ISO 8601 in its basic form, always UTC: 20261127T105600Z.

const tmxDatePattern = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/;

/** Milliseconds since 1970, or null when the attribute is missing or not a TMX date. */
export function parseTmxDate(value: string): number | null {
  const match = tmxDatePattern.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hours, minutes, seconds] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const time = Date.UTC(year, month - 1, day, hours, minutes, seconds);
  const date = new Date(time);
  // Date.UTC rolls 20261345 over into another date; a real TMX date round-trips.
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hours < 24 ? time : null;
}

export function formatTmxDate(time: number): string {
  return new Date(time)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}
