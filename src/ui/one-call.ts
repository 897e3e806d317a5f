/**
 * One server call at a time for a page: a second click while a call runs does nothing; the call's
 * failure is said in French (the server's message), what is on screen is kept.
 */
import { messageOf } from './dom';

export type Say = (text: string, error?: boolean) => void;

export interface OneCall {
  readonly busy: boolean;
  /** Forgets a call still running (its answer is still shown when it comes). */
  release(): void;
  act<T>(work: () => Promise<T>, done: (result: T) => void): Promise<void>;
}

export function oneCallAtATime(say: Say, working: string): OneCall {
  let busy = false;
  return {
    get busy() {
      return busy;
    },
    release() {
      busy = false;
    },
    async act<T>(work: () => Promise<T>, done: (result: T) => void): Promise<void> {
      if (busy) return;
      busy = true;
      say(working);
      try {
        done(await work());
      } catch (error) {
        say(messageOf(error), true);
      } finally {
        busy = false;
      }
    },
  };
}
