/** The simulated Google's state in memory only (tests, the bench): gone with the process. */
import { emptyState, type GoogleStore, type SimState } from './model';

export class MemoryStore implements GoogleStore {
  readonly state: SimState = emptyState();

  async transact<T>(work: (state: SimState) => T): Promise<T> {
    return work(this.state);
  }
}
