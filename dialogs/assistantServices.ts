import type { GraphClientFactory } from '../src/graph/graphClientFactory';
import type { TimeSettingsCache } from '../src/graph/mailboxSettings';
import type { Logger } from '../src/log';
import type { Recognition, RecognizerContext } from '../src/nlu/types';
import type { Clock } from '../src/time/clock';

/** What every capability dialog may use; built once in src/index.ts and passed in. */
export interface AssistantServices {
  graph: GraphClientFactory;
  timeSettings: TimeSettingsCache;
  clock: Clock;
  recognize: (text: string, context: RecognizerContext) => Recognition;
  logger: Logger;
}
