/** Counts of statuses (or error names) by label, printed as one line for the log and the closing note. */
export class StatusTally {
  private readonly counts = new Map<string, Map<string, number>>();

  add(label: string, outcome: number | string): void {
    const byOutcome = this.counts.get(label) ?? new Map<string, number>();
    byOutcome.set(String(outcome), (byOutcome.get(String(outcome)) ?? 0) + 1);
    this.counts.set(label, byOutcome);
  }

  outcomes(label: string): string[] {
    return [...(this.counts.get(label)?.keys() ?? [])];
  }

  toString(): string {
    return [...this.counts.entries()]
      .map(([label, byOutcome]) => `${label}: ${[...byOutcome.entries()].map(([outcome, n]) => `${outcome}×${n}`).join(' ')}`)
      .join('; ');
  }
}
