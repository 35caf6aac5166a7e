// Tells an external change of the `value` prop apart from the echo of our own onChange calls.
//
// The editor emits every edit; the caller may hand the text back later (after a debounce, or a React
// render that lags a keystroke behind). Writing such a stale echo into the model would eat what the
// user typed since, so only a prop value the editor never emitted counts as an external change
// (loading a lesson, opening a share link, a reset).

/** How many emitted texts to remember; the caller's lag is a few keystrokes at most. */
const MAX_PENDING = 200;

export class EchoFilter {
  private pending: string[] = [];

  /** Record a text the editor reported through onChange. */
  emitted(text: string): void {
    this.pending.push(text);
    if (this.pending.length > MAX_PENDING) this.pending.shift();
  }

  /**
   * The `value` prop changed to `value` while the model holds `modelText`.
   * Returns true when the model must be replaced by `value`.
   */
  isExternal(value: string, modelText: string): boolean {
    const index = this.pending.indexOf(value);
    if (index >= 0) {
      // A text of ours: everything before it has been acknowledged by the caller. The first match,
      // because undo can emit the same text twice and the caller may still echo both.
      this.pending = this.pending.slice(index + 1);
      return false;
    }
    if (value === modelText) return false;
    this.pending = [];
    return true;
  }
}
