export interface CircuitBreakerSettings {
  /** Failures in a row that open the circuit. */
  failureThreshold: number;
  /** How long an open circuit refuses calls before it lets one trial call through. */
  openMs: number;
}

/**
 * Closed: calls pass. After `failureThreshold` failures in a row it opens and refuses calls at once; after
 * `openMs` it lets one trial call through (half-open): a success closes it, a failure opens it again.
 */
export class CircuitBreaker {
  private failures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(
    private readonly settings: CircuitBreakerSettings,
    private readonly now: () => number = Date.now,
  ) {}

  get isOpen(): boolean {
    return this.openedAt !== undefined;
  }

  /** Whether a call may go out now; in half-open state, only the one trial call may. */
  tryAcquire(): boolean {
    if (this.openedAt === undefined) return true;
    if (this.trialInFlight || this.now() - this.openedAt < this.settings.openMs) return false;
    this.trialInFlight = true;
    return true;
  }

  recordSuccess(): void {
    this.failures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  recordFailure(): void {
    this.failures += 1;
    if (this.trialInFlight || this.failures >= this.settings.failureThreshold) {
      this.openedAt = this.now();
    }
    this.trialInFlight = false;
  }
}
