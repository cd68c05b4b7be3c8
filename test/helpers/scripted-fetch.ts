import { toResponse, type RecordedResponse } from '../fixtures/authos';

export interface RecordedCall {
  readonly method: string;
  readonly url: URL;
  readonly body: unknown;
}

type Answer = RecordedResponse | Error | (() => Promise<Response>);

/**
 * A `fetch` that answers each path from a script, in order (the last answer repeats), and
 * records every call — so a test can say "exactly one verify request was sent".
 */
export function scriptedFetch(script: Record<string, Answer | Answer[]>) {
  const calls: RecordedCall[] = [];
  const queues = new Map(Object.entries(script).map(([path, a]) => [path, Array.isArray(a) ? [...a] : [a]]));
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const text = request.method === 'GET' ? '' : await request.text();
    calls.push({ method: request.method, url, body: text ? JSON.parse(text) : undefined });
    const queue = queues.get(url.pathname);
    if (!queue?.length) throw new Error(`scriptedFetch: nothing scripted for ${request.method} ${url.pathname}`);
    const answer = queue.length > 1 ? queue.shift()! : queue[0]!;
    if (answer instanceof Error) throw answer;
    return typeof answer === 'function' ? answer() : toResponse(answer);
  };
  return { fetch, calls, callsTo: (path: string) => calls.filter((c) => c.url.pathname === path) };
}
