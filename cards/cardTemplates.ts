import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CardFactory, type Attachment } from 'botbuilder';
import { Template } from 'adaptivecards-templating';

/** Data each template in this folder expects; its `<name>.sample.json` is an instance. */
export interface AgendaCardData {
  title: string;
  subtitle: string;
  emptyText: string;
  events: Array<{
    startTime: string;
    endTime: string;
    subject: string;
    location: string;
    people: string;
    joinUrl: string;
  }>;
}

/** Welcome, help and "didn't catch that" share one layout: a title, a line, examples, buttons. */
export interface CapabilitiesCardData {
  title: string;
  intro: string;
  capabilities: Array<{ name: string; example: string }>;
  suggestions: Array<{ title: string; utterance: string }>;
}

export interface CardDataByName {
  agenda: AgendaCardData;
  capabilities: CapabilitiesCardData;
}

export type CardName = keyof CardDataByName;

export const CARD_NAMES: CardName[] = ['agenda', 'capabilities'];

const templates = new Map<CardName, Template>();

function templateFor(name: CardName): Template {
  let t = templates.get(name);
  if (!t) {
    t = new Template(JSON.parse(readFileSync(join(__dirname, `${name}.json`), 'utf8')));
    templates.set(name, t);
  }
  return t;
}

/** The card JSON for a template and its data. */
export function expandCard<N extends CardName>(name: N, data: CardDataByName[N]): Record<string, unknown> {
  return templateFor(name).expand({ $root: data }) as Record<string, unknown>;
}

/** The card as a message attachment. */
export function cardAttachment<N extends CardName>(name: N, data: CardDataByName[N]): Attachment {
  return CardFactory.adaptiveCard(expandCard(name, data));
}
