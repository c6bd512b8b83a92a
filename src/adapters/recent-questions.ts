// Each person's last question in each channel, for a short while: what a follow-up ("and Q1?") goes on from.
// Kept in memory only (a restart forgets them), for `ttlMs` after the question, at most `max` people at once.

/** The last question asked by each person in each channel, forgotten after a while. */
export class RecentQuestions {
  private readonly last = new Map<string, { question: string; at: number }>();

  constructor(
    private readonly ttlMs = 15 * 60_000,
    private readonly max = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** The question `who` last asked in `channel`, unless it is older than the time kept. */
  get(channel: string, who: string): string | undefined {
    const hit = this.last.get(`${channel}\u0000${who}`);
    return hit && this.now() - hit.at <= this.ttlMs ? hit.question : undefined;
  }

  /** Keeps `question` as what `who` last asked in `channel` (the oldest person is forgotten when full). */
  set(channel: string, who: string, question: string): void {
    const key = `${channel}\u0000${who}`;
    this.last.delete(key);
    if (this.last.size >= this.max) this.last.delete(this.last.keys().next().value!);
    this.last.set(key, { question, at: this.now() });
  }
}
