import { format as nodeFormat } from 'node:util';
import type { LogEntry, SimContext } from './context';

/**
 * https://developers.google.com/apps-script/reference/base/logger and
 * https://developers.google.com/apps-script/reference/base/console : logs are kept in memory (sim.logs).
 */
export function createLogger(ctx: SimContext): GoogleAppsScript.Base.Logger {
  const push = (level: LogEntry['level'], args: unknown[]) => {
    ctx.logs.push({ level, message: nodeFormat(...args), at: ctx.clock.now() });
  };
  const logger = {
    log(data: unknown, ...values: unknown[]) {
      push('Logger', [data, ...values]);
      return proxy;
    },
    getLog(): string {
      return ctx.logs
        .filter((l) => l.level === 'Logger')
        .map((l) => `${l.at.toISOString()} INFO: ${l.message}`)
        .join('\n');
    },
    clear(): void {
      for (let i = ctx.logs.length - 1; i >= 0; i--) if (ctx.logs[i]!.level === 'Logger') ctx.logs.splice(i, 1);
    },
  };
  const proxy = ctx.runtime.instrument(logger, 'Logger') as unknown as GoogleAppsScript.Base.Logger;
  return proxy;
}

export function createConsole(ctx: SimContext): Console {
  const push =
    (level: LogEntry['level']) =>
    (...args: unknown[]) => {
      ctx.logs.push({ level, message: nodeFormat(...args), at: ctx.clock.now() });
    };
  const c = { log: push('log'), info: push('info'), warn: push('warn'), error: push('error'), debug: push('debug') };
  return ctx.runtime.instrument(c, 'console') as unknown as Console;
}
