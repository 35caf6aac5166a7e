// Calendar arithmetic without Date (forbidden in the core): UTC only, which is what a container sees.

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export interface CivilTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number; // 0 = Sunday
  yday: number; // 1-366
  epochSeconds: number;
}

/** Howard Hinnant's days-from-civil inverse. */
export function civil(epochMs: number): CivilTime {
  const epochSeconds = Math.floor(epochMs / 1000);
  const days = Math.floor(epochSeconds / 86400);
  const secs = epochSeconds - days * 86400;
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const cum = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  const yday = cum[month - 1] + day + (leap && month > 2 ? 1 : 0);
  return {
    year,
    month,
    day,
    hour: Math.floor(secs / 3600),
    minute: Math.floor((secs % 3600) / 60),
    second: secs % 60,
    weekday: (((days + 4) % 7) + 7) % 7,
    yday,
    epochSeconds,
  };
}

const p2 = (n: number): string => String(n).padStart(2, '0');

/** strftime for the codes people use in container scripts. */
export function strftime(fmt: string, epochMs: number): string {
  const t = civil(epochMs);
  return fmt.replace(/%([a-zA-Z%])/g, (m, c: string) => {
    switch (c) {
      case 'a':
        return DAYS[t.weekday];
      case 'A':
        return ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][t.weekday];
      case 'b':
      case 'h':
        return MONTHS[t.month - 1];
      case 'd':
        return p2(t.day);
      case 'e':
        return String(t.day).padStart(2, ' ');
      case 'H':
        return p2(t.hour);
      case 'I':
        return p2(((t.hour + 11) % 12) + 1);
      case 'p':
        return t.hour < 12 ? 'AM' : 'PM';
      case 'M':
        return p2(t.minute);
      case 'S':
        return p2(t.second);
      case 'T':
        return `${p2(t.hour)}:${p2(t.minute)}:${p2(t.second)}`;
      case 'R':
        return `${p2(t.hour)}:${p2(t.minute)}`;
      case 'Y':
        return String(t.year);
      case 'y':
        return p2(t.year % 100);
      case 'm':
        return p2(t.month);
      case 'j':
        return String(t.yday).padStart(3, '0');
      case 'F':
        return `${t.year}-${p2(t.month)}-${p2(t.day)}`;
      case 'D':
        return `${p2(t.month)}/${p2(t.day)}/${p2(t.year % 100)}`;
      case 's':
        return String(t.epochSeconds);
      case 'N':
        return String(((epochMs % 1000) + 1000) % 1000).padStart(3, '0') + '000000';
      case 'Z':
        return 'UTC';
      case 'z':
        return '+0000';
      case 'u':
        return String(t.weekday === 0 ? 7 : t.weekday);
      case 'w':
        return String(t.weekday);
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case '%':
        return '%';
      default:
        return m;
    }
  });
}

/** busybox `date` default output: `Fri Nov 27 22:09:03 UTC 2026`. */
export const DATE_DEFAULT_FORMAT = '%a %b %e %H:%M:%S %Z %Y';
