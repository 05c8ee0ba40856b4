import type { GraphClientFactory } from '../src/graph/graphClientFactory';
import type { MailboxProfileCache } from '../src/graph/mailboxProfile';
import type { Logger } from '../src/log';
import type { LastEvents } from '../src/store/lastEvents';
import type { Proposals } from '../src/store/proposals';
import type { Recognition, RecognizerContext } from '../src/nlu/types';
import type { Clock } from '../src/time/clock';

/** What every capability dialog may use; built once in src/index.ts and passed in. */
export interface AssistantServices {
  graph: GraphClientFactory;
  profiles: MailboxProfileCache;
  clock: Clock;
  recognize: (text: string, context: RecognizerContext) => Recognition;
  proposals: Proposals;
  /** The event each conversation last talked about ("move it"). */
  lastEvents: LastEvents;
  logger: Logger;
}
