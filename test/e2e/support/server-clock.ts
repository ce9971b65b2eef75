/** The central API's clock in the end-to-end tests: the present, except while a test makes the past happen. */
export class ServerClock {
  private offsetMs = 0;

  readonly now = (): Date => new Date(Date.now() + this.offsetMs);

  /** Runs `work` with the server's clock moved by `offsetMs`, then brings it back to the present. */
  async during<T>(offsetMs: number, work: () => Promise<T>): Promise<T> {
    this.offsetMs = offsetMs;
    try {
      return await work();
    } finally {
      this.offsetMs = 0;
    }
  }
}
