/**
 * The typed sidebar → server client: `call('pacteAttendanceLoad', null)` returns a Promise of the
 * result type the contract (contract/) gives. Every call settles exactly once:
 * - resolves with the server's value (success handler),
 * - rejects with an RpcError carrying the server's message (failure handler),
 * - rejects at once, in French, when `google.script.run` is missing, the function is unknown, or
 *   Google refuses the call at the call site (illegal argument),
 * - rejects after `timeoutMs` (default 60 s) when the server never answers, so no spinner is endless.
 */
import type { ServerFunctions } from './contract';
import { scriptRunner, type ScriptRunner } from './google-script';

export type ServerFunctionName = keyof ServerFunctions;
export type ArgOf<K extends ServerFunctionName> = ServerFunctions[K][0];
export type ResultOf<K extends ServerFunctionName> = ServerFunctions[K][1];

export const DEFAULT_TIMEOUT_MS = 60_000;

export const RPC_MESSAGES = {
  unavailable: 'Ce panneau ne peut pas joindre le serveur Apps Script. Fermez-le et rouvrez-le depuis le menu PACTE.',
  unknownFunction: (fn: string) =>
    `Le serveur ne propose pas « ${fn} ». Rechargez la feuille (le module a peut-être été mis à jour), puis réessayez.`,
  refused: (detail: string) => `La demande n'a pas pu être envoyée au serveur (${detail}). Rechargez le panneau et réessayez.`,
  timeout: (seconds: number) =>
    `Le serveur ne répond pas (plus de ${seconds} s). Vos saisies sont toujours à l'écran : réessayez dans un instant.`,
  network: 'La connexion au serveur a été perdue. Vérifiez votre connexion Internet, puis réessayez.',
  noMessage: "Le serveur a signalé une erreur sans la décrire. Réessayez ; si cela se répète, consultez l'onglet « Journal ».",
} as const;

export type RpcErrorKind = 'server' | 'timeout' | 'unavailable' | 'refused';

export class RpcError extends Error {
  constructor(
    message: string,
    readonly kind: RpcErrorKind,
    readonly fn: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'RpcError';
  }
}

export interface CallOptions {
  /** Milliseconds before the promise rejects with a French "no answer" message; 0 = never. */
  timeoutMs?: number;
}

export interface RpcClientOptions extends CallOptions {
  /** Where `google.script.run` comes from (default: the page's global `google`). */
  runner?: () => ScriptRunner | undefined;
}

/**
 * The message a person should read for what Google's failure handler received. Google passes an Error
 * whose message is the server's; some runtimes prefix it with its type ("Error: …", "Exception: …").
 */
export function serverMessage(error: unknown): string {
  const raw =
    typeof error === 'string'
      ? error
      : error !== null && typeof error === 'object' && typeof (error as { message?: unknown }).message === 'string'
        ? (error as { message: string }).message
        : '';
  if (/^NetworkError\b/i.test(raw)) return RPC_MESSAGES.network;
  const message = raw.replace(/^(?:ScriptError|Error|Exception)\s*:\s*/, '').trim();
  return message === '' ? RPC_MESSAGES.noMessage : message;
}

export type Call = <K extends ServerFunctionName>(fn: K, arg: ArgOf<K>, options?: CallOptions) => Promise<ResultOf<K>>;

export function createRpcClient(clientOptions: RpcClientOptions = {}): Call {
  const getRunner = clientOptions.runner ?? (() => scriptRunner());
  return <K extends ServerFunctionName>(fn: K, arg: ArgOf<K>, options: CallOptions = {}): Promise<ResultOf<K>> =>
    new Promise<ResultOf<K>>((resolve, reject) => {
      const name = String(fn);
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const settle = (action: () => void): void => {
        if (settled) return; // a late answer after the timeout is ignored: the person has been told
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        action();
      };
      const fail = (message: string, kind: RpcErrorKind, cause?: unknown): void =>
        settle(() => reject(new RpcError(message, kind, name, { cause })));

      const runner = getRunner();
      if (!runner) return fail(RPC_MESSAGES.unavailable, 'unavailable');

      const timeoutMs = options.timeoutMs ?? clientOptions.timeoutMs ?? DEFAULT_TIMEOUT_MS;
      if (timeoutMs > 0 && Number.isFinite(timeoutMs)) {
        timer = setTimeout(() => fail(RPC_MESSAGES.timeout(Math.round(timeoutMs / 1000)), 'timeout'), timeoutMs);
      }

      try {
        const bound = runner
          .withSuccessHandler((value) => settle(() => resolve(value as ResultOf<K>)))
          .withFailureHandler((error) => fail(serverMessage(error), 'server', error));
        const method = (bound as unknown as Record<string, unknown>)[name];
        if (typeof method !== 'function') return fail(RPC_MESSAGES.unknownFunction(name), 'refused');
        (method as (a: unknown) => void).call(bound, arg);
      } catch (error) {
        // Google throws at the call site for an argument it cannot send (Date, function, DOM node…).
        fail(RPC_MESSAGES.refused(error instanceof Error ? error.message : String(error)), 'refused', error);
      }
    });
}

/** The page's client, on the real `google.script.run`. */
export const call: Call = createRpcClient();
