export { recognize } from './recognize';
export type {
  Entities,
  EventChange,
  EventReference,
  Intent,
  Recognition,
  RecognizerContext,
  Span,
  SpanType,
  Trace,
  WorkingHours,
} from './types';
export { INTENTS } from './types';
export { MAX_INPUT, TRUNCATION_MARKER } from './inputGuard';
