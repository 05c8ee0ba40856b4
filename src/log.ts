import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs. Tokens, message bodies and email addresses never go in: the
 * redaction list below is the safety net, not the policy.
 */
export function createLogger(level: string = 'info', name = 'assistant'): Logger {
  return pino({
    name,
    level,
    redact: {
      paths: ['*.authorization', '*.Authorization', '*.access_token', '*.refresh_token', '*.token', '*.password', '*.secret', '*.body', '*.email', '*.emailAddress'],
      censor: '[redacted]',
    },
  });
}
