/**
 * What a test arms against the script's nth call of a method ('Class.method'), counted from the moment
 * it is armed, over the script's counted calls only (a colleague's or another execution's are not):
 * a failure (before the call, or after its effect), a kill of the execution, a colleague's edit.
 */
interface Armed {
  key: string;
  nth: number;
  remaining: number;
}

export interface Failure {
  error: Error;
  /** The call's effect happens, then the error is thrown: the answer is lost, the effect stays. */
  after: boolean;
}

function checkNth(what: string, nth: number): void {
  if (!Number.isInteger(nth) || nth < 1) throw new Error(`${what}: nth must be an integer >= 1, got ${nth}`);
}

/** Counts one call of `key` down on every entry armed for it; removes and returns those due now. */
function due<T extends Armed>(list: T[], key: string): T[] {
  const hit: T[] = [];
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    if (a.key !== key || --a.remaining > 0) continue;
    list.splice(i--, 1);
    hit.push(a);
  }
  return hit;
}

export class Faults {
  private readonly failures: Array<Armed & Failure> = [];
  private readonly kills: Armed[] = [];
  private readonly edits: Array<Armed & { edit: () => void }> = [];

  failAt(key: string, nth: number, error: Error, after: boolean): void {
    checkNth('failAt', nth);
    this.failures.push({ key, nth, remaining: nth, error, after });
  }

  killAt(key: string, nth: number): void {
    checkNth('killAt', nth);
    this.kills.push({ key, nth, remaining: nth });
  }

  interleave(key: string, nth: number, edit: () => void): void {
    checkNth('interleave', nth);
    this.edits.push({ key, nth, remaining: nth, edit });
  }

  /** 'Range.setValues #3' when this call is one a kill was armed before; the call is then not made. */
  killBefore(key: string): string | undefined {
    const k = due(this.kills, key)[0];
    return k ? `${key} #${k.nth}` : undefined;
  }

  /** The colleagues' edits due just before this call. */
  editsBefore(key: string): Array<() => void> {
    return due(this.edits, key).map((e) => e.edit);
  }

  failure(key: string): Failure | undefined {
    return due(this.failures, key)[0];
  }
}
