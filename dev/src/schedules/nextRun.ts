/**
 * When a Cloud Scheduler schedule next fires after `after`, in UTC. Understands what `onSchedule` takes:
 * App Engine syntax `every N minutes|hours` (measured from the last run) and `every day HH:MM`, and unix cron
 * (`m h dom mon dow` with `*`, `*\/n`, `a-b`, `a-b/n` and lists). Anything else answers null: the caller says
 * the schedule is not run locally, rather than guessing.
 */
export function nextRun(schedule: string, after: Date): Date | null {
  const text = schedule.trim().toLowerCase();
  const every = /^every (\d+) (minute|minutes|mins|hour|hours)$/.exec(text);
  if (every) {
    const unitMs = every[2]?.startsWith('h') ? 3_600_000 : 60_000;
    return new Date(after.getTime() + Number(every[1]) * unitMs);
  }
  const daily = /^every day (\d{1,2}):(\d{2})$/.exec(text);
  if (daily) return nextCron(`${Number(daily[2])} ${Number(daily[1])} * * *`, after);
  return nextCron(text, after);
}

const FIELD_RANGES: [number, number][] = [
  [0, 59],
  [0, 23],
  [1, 31],
  [1, 12],
  [0, 6],
];

function nextCron(expression: string, after: Date): Date | null {
  const fields = expression.split(/\s+/);
  if (fields.length !== 5) return null;
  const sets = fields.map((field, index) => parseField(field, FIELD_RANGES[index] as [number, number]));
  if (sets.some((set) => set === null)) return null;
  const [minutes, hours, days, months, weekdays] = sets as Set<number>[];
  const candidate = new Date(after.getTime());
  candidate.setUTCSeconds(0, 0);
  // Minute by minute for at most a year: simple, and at most ~500,000 cheap steps for the rarest schedule.
  for (let step = 0; step < 366 * 24 * 60; step += 1) {
    candidate.setUTCMinutes(candidate.getUTCMinutes() + 1);
    if (
      minutes?.has(candidate.getUTCMinutes()) &&
      hours?.has(candidate.getUTCHours()) &&
      days?.has(candidate.getUTCDate()) &&
      months?.has(candidate.getUTCMonth() + 1) &&
      weekdays?.has(candidate.getUTCDay())
    ) {
      return candidate;
    }
  }
  return null;
}

function parseField(field: string, [low, high]: [number, number]): Set<number> | null {
  const values = new Set<number>();
  for (const part of field.split(',')) {
    const match = /^(?:(\*)|(\d+)(?:-(\d+))?)(?:\/(\d+))?$/.exec(part);
    if (!match) return null;
    const [, star, from, to, step] = match;
    const start = star ? low : Number(from);
    // `5/10` runs from 5 to the end of the range; a plain `5` is one value.
    const end = star ? high : to ? Number(to) : step ? high : start;
    const stride = Number(step ?? 1);
    if (start < low || end > high || start > end || stride < 1) return null;
    for (let value = start; value <= end; value += stride) values.add(value);
  }
  return values;
}
