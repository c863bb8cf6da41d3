import type { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from './errors';

/**
 * The HTTP side of `SERVICE_UNAVAILABLE` (formatError maps database outages and pool waits past
 * their limit onto that code): the response becomes a 503 with a `Retry-After` header, and each
 * such error carries the same hint as `extensions.retryAfter`, in seconds.
 */
export function serviceUnavailablePlugin<C extends object>(retryAfterSeconds: number): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (!result.errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE)) return;
          result.errors = result.errors.map((e) =>
            e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE ? { ...e, extensions: { ...e.extensions, retryAfter: retryAfterSeconds } } : e,
          );
          response.http.status = 503;
          response.http.headers.set('retry-after', String(retryAfterSeconds));
        },
      };
    },
  };
}
