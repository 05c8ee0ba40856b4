import type { AssistantServices } from './assistantServices';
import type { TurnUser } from './turnUser';

/** One Action.Execute from a card: its verb's data merged with the card's input values. */
export interface CardActionRequest {
  user: TurnUser;
  data: Record<string, unknown>;
  services: AssistantServices;
}

/** Answers a card action with the card that replaces the one clicked. */
export type CardActionHandler = (request: CardActionRequest) => Promise<Record<string, unknown>>;

export function stringField(data: Record<string, unknown>, name: string): string {
  const v = data[name];
  return typeof v === 'string' ? v : '';
}
