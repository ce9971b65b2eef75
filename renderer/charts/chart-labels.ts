/**
 * Calendar days of a report ("2026-11-17") as people read them, never shifted by the kiosk's time zone: one
 * form ("17 Nov") for every date on the reports screen.
 */
const dayMonth = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const utcNoon = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);

/** "17 Nov" */
export function shortDay(isoDate: string): string {
  return dayMonth.format(utcNoon(isoDate));
}

/** "17 Nov 2026": the ends of a report's range, in the same form as its bars' labels. */
export function longDay(isoDate: string): string {
  return `${shortDay(isoDate)} ${isoDate.slice(0, 4)}`;
}

/** A bar's label: the day, or the week it starts ("w/c" is how British school calendars write it). */
export function bucketLabel(isoDate: string, interval: 'day' | 'week'): string {
  switch (interval) {
    case 'day':
      return shortDay(isoDate);
    case 'week':
      return `w/c ${shortDay(isoDate)}`;
    default: {
      const unreachable: never = interval;
      return unreachable;
    }
  }
}

const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });

/** A share of 0 to 1 as "37.5%". */
export function formatShare(share: number): string {
  return percent.format(share);
}

const whole = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** "1,234" */
export function formatCount(n: number): string {
  return whole.format(n);
}
