import type * as Graph from '@microsoft/microsoft-graph-types';
import type { MailboxGraph } from './graphClientFactory';

export interface Person {
  name: string;
  address: string;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmailAddress(text: string): boolean {
  return EMAIL.test(text.trim());
}

function odataString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

function toPerson(user: Graph.User): Person | undefined {
  const address = user.mail ?? user.userPrincipalName;
  return address ? { name: user.displayName ?? address, address: address.toLowerCase() } : undefined;
}

/**
 * People in the organisation's directory matching what the user wrote: an address
 * exactly, or a name by the start of the display name, given name or surname.
 * An address that is not in the directory is a guest and comes back as written.
 */
export async function findPeople(mailbox: MailboxGraph, written: string): Promise<Person[]> {
  const text = written.trim();
  if (isEmailAddress(text)) {
    const found = (await mailbox.client
      .api('/users')
      .filter(`mail eq ${odataString(text)} or userPrincipalName eq ${odataString(text)}`)
      .select(['displayName', 'mail', 'userPrincipalName'])
      .get()) as { value: Graph.User[] };
    const person = found.value.map(toPerson).find((p): p is Person => p !== undefined);
    return [person ?? { name: text, address: text.toLowerCase() }];
  }
  const q = odataString(text);
  const found = (await mailbox.client
    .api('/users')
    .filter(`startswith(displayName,${q}) or startswith(givenName,${q}) or startswith(surname,${q})`)
    .select(['displayName', 'mail', 'userPrincipalName'])
    .top(10)
    .get()) as { value: Graph.User[] };
  return found.value.map(toPerson).filter((p): p is Person => p !== undefined && p.address !== undefined);
}
