/**
 * When Graph sends `reauthorizationRequired` ("Reduce missing subscriptions and change
 * notifications"). A subscription must be reauthorized before the earlier of its own expiry and
 * the expiry of the access token it was authorized with. Graph's illustrative calculation,
 * read with T the time left until that deadline:
 *   - more than 12 hours left: no challenge yet;
 *   - between 4 and 12 hours: a challenge, the next one after T/8;
 *   - under 4 hours: a challenge every 15 minutes;
 *   - deadline passed: no more challenges.
 * The first challenge after a subscription is created, renewed or reauthorized comes no sooner
 * than 15 minutes later (or half the time left, if less), so answering a challenge with a fresh
 * token never causes an immediate new one.
 */

const MINUTE_MS = 60_000;
const CHALLENGES_START_MS = 12 * 60 * MINUTE_MS;
const FREQUENT_BELOW_MS = 4 * 60 * MINUTE_MS;
const FREQUENT_INTERVAL_MS = 15 * MINUTE_MS;

/** The deadline challenges point at. */
export function reauthorizationDeadline(expirationDateTime: Date, authorizedUntil: Date): Date {
  return expirationDateTime.getTime() <= authorizedUntil.getTime() ? expirationDateTime : authorizedUntil;
}

/** Earliest next challenge after the subscription was (re)authorized at `now`. */
export function firstChallengeAt(now: Date, deadline: Date): Date {
  const left = deadline.getTime() - now.getTime();
  return new Date(now.getTime() + Math.max(0, Math.min(FREQUENT_INTERVAL_MS, left / 2)));
}

/** Whether a challenge is due at `now`, and if so when the following one may come. */
export function challengeDue(now: Date, deadline: Date, nextChallengeAt: Date): { due: false } | { due: true; following: Date } {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0 || left > CHALLENGES_START_MS || now.getTime() < nextChallengeAt.getTime()) return { due: false };
  const interval = left > FREQUENT_BELOW_MS ? left / 8 : FREQUENT_INTERVAL_MS;
  return { due: true, following: new Date(now.getTime() + interval) };
}

/**
 * Looks at the shared clock every `intervalMs` of real time and runs `check`, which sends what
 * is due. The tenant clock can jump (tests move it with /_sim/clock), so what is due is decided
 * from the clock alone, never from how long the timer has been running; `check` is also run
 * straight after the clock is moved through the control API.
 */
export class LifecycleScheduler {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly check: () => void, private readonly intervalMs: number) {}

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.check(), this.intervalMs);
    // A stand-in left open must not keep the process alive on its own.
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
