import { localConfig } from '../localConfig.ts';
import { nextRun } from './nextRun.ts';

/**
 * The Functions emulator loads scheduled functions but never fires them (it would need a Pub/Sub emulator and
 * Cloud Scheduler). Under `npm start` this runs each one on its schedule: it asks the emulator which functions
 * have a schedule (`GET /backends`, the same list the emulator loaded from functions/src/index.ts), and fires
 * each when due through the emulator's own trigger route, so it runs in the emulator with its params and secrets
 * as in production. A new `onSchedule` export (reminders, backups) is picked up without wiring.
 */
export interface LocalSchedule {
  /** `us-central1-retryMailSchedule` */
  id: string;
  name: string;
  schedule: string;
}

const functionsOrigin = `http://${localConfig.host}:${localConfig.ports.functions}`;

export async function discoverSchedules(): Promise<LocalSchedule[]> {
  const response = await fetch(`${functionsOrigin}/backends`);
  const { backends } = (await response.json()) as {
    backends: { functionTriggers: { id: string; name: string; schedule?: { schedule: string } }[] }[];
  };
  return backends
    .flatMap((backend) => backend.functionTriggers)
    .filter((trigger) => trigger.schedule)
    .map((trigger) => ({ id: trigger.id, name: trigger.name, schedule: trigger.schedule?.schedule as string }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Fires one scheduled function now, as Cloud Scheduler would; answers the HTTP status of its run. */
export async function triggerSchedule(schedule: LocalSchedule, scheduledAt = new Date()): Promise<number> {
  const fire = (key: string) =>
    fetch(`${functionsOrigin}/functions/projects/${localConfig.projectId}/triggers/${key}`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-cloudscheduler-jobname': `firebase-schedule-${schedule.id}`,
        'x-cloudscheduler-scheduletime': scheduledAt.toISOString(),
      },
      body: '{}',
    });
  // The emulator keys a background trigger by its id and a generation that grows when it reloads the code.
  let response = await fire(`${schedule.id}-0`);
  if (response.status === 404) {
    const listed = new RegExp(`${schedule.id}-\\d+`).exec(await response.text())?.[0];
    if (listed) response = await fire(listed);
  }
  await response.arrayBuffer().catch(() => undefined);
  return response.status;
}

export interface RunningSchedules {
  schedules: LocalSchedule[];
  /** Schedules whose expression is not understood here, so they do not run locally. */
  skipped: LocalSchedule[];
  stop(): void;
}

/** Runs every discovered schedule on its schedule until `stop()`; failures go to `onFailure`, never throw. */
export async function startSchedules(
  onFailure: (schedule: LocalSchedule, problem: string) => void = () => {},
): Promise<RunningSchedules> {
  const discovered = await discoverSchedules();
  const runnable = discovered.filter((schedule) => nextRun(schedule.schedule, new Date()) !== null);
  const timers = new Set<NodeJS.Timeout>();
  let stopped = false;
  const plan = (schedule: LocalSchedule, after: Date) => {
    const due = nextRun(schedule.schedule, after) as Date;
    const timer = setTimeout(
      async () => {
        timers.delete(timer);
        if (stopped) return;
        try {
          const status = await triggerSchedule(schedule, due);
          if (status >= 400) onFailure(schedule, `HTTP ${status}`);
        } catch (error) {
          onFailure(schedule, (error as Error).message);
        }
        if (!stopped) plan(schedule, due);
      },
      Math.max(0, due.getTime() - Date.now()),
    );
    timer.unref();
    timers.add(timer);
  };
  for (const schedule of runnable) plan(schedule, new Date());
  return {
    schedules: runnable,
    skipped: discovered.filter((schedule) => !runnable.includes(schedule)),
    stop: () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
