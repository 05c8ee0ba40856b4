/**
 * The one source of "now" for the bot, its workers and the Graph stand-in. Tests and
 * drills set it (through the stand-in's /_sim/clock or directly) and everything that
 * reads the time moves together.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/**
 * A clock that runs at real speed from a chosen instant. `set` moves it (time keeps
 * flowing from there); `freeze` stops it at an instant, for exact assertions.
 */
export class AdjustableClock implements Clock {
  private offsetMs = 0;
  private frozenAt: number | undefined;

  constructor(private readonly base: Clock = systemClock) {}

  now(): Date {
    if (this.frozenAt !== undefined) return new Date(this.frozenAt);
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  set(instant: Date): void {
    this.frozenAt = undefined;
    this.offsetMs = instant.getTime() - this.base.now().getTime();
  }

  freeze(instant: Date = this.now()): void {
    this.frozenAt = instant.getTime();
  }

  reset(): void {
    this.offsetMs = 0;
    this.frozenAt = undefined;
  }
}
