// A per-user sliding-window limit: at most `limit` questions in `windowMs` (e.g. 5 in 10 s).

/** Decides whether a user may ask now; the clock is injected for tests. */
export class RateLimiter {
  private readonly hits = new Map<string, number[]>();

  constructor(
    private readonly limit = 5,
    private readonly windowMs = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a question by `user` and says whether it is allowed; a refused one is not counted. */
  take(user: string): { allowed: boolean; retryAfterMs: number } {
    const t = this.now();
    const recent = (this.hits.get(user) ?? []).filter((at) => t - at < this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(user, recent);
      return { allowed: false, retryAfterMs: this.windowMs - (t - recent[0]!) };
    }
    recent.push(t);
    this.hits.set(user, recent);
    if (this.hits.size > 10_000) this.prune(t);
    return { allowed: true, retryAfterMs: 0 };
  }

  // Forget users with no hit inside the window, so the map does not grow without bound.
  private prune(t: number): void {
    for (const [user, times] of this.hits) if (times.every((at) => t - at >= this.windowMs)) this.hits.delete(user);
  }
}
