import { GraphError } from '@microsoft/microsoft-graph-client';

/**
 * What the user is told when Graph could not do something: plain words, what to do next,
 * never a stack trace. Retries have already happened by the time this is shown.
 */
export function graphTroubleMessage(error: unknown, whatFailed: string): string {
  if (error instanceof GraphError) {
    if (error.statusCode === 429 || error.statusCode === 503 || error.statusCode === 504) {
      return `Microsoft 365 is busy right now, so I couldn't ${whatFailed}. Please try again in a minute.`;
    }
    if (error.statusCode === 401 || error.statusCode === 403) {
      return `I'm not allowed to ${whatFailed}. Your IT admin may need to grant the assistant access to your mailbox.`;
    }
    if (error.statusCode === 404) {
      return `I couldn't find your mailbox, so I couldn't ${whatFailed}.`;
    }
  }
  return `Something went wrong and I couldn't ${whatFailed}. Please try again in a minute.`;
}
