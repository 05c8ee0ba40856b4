import type { SimContext } from '../simContext';
import type { DirectoryUser } from '../state/directory';
import { MSGFOLDERROOT, WELL_KNOWN_FOLDERS } from '../graph/mailRoutes';
import { demoApp, demoPeople } from './demoPeople';

/** Gives a user what Exchange gives every new mailbox: a default calendar and the well-known folders. */
export function provisionMailbox(ctx: SimContext, u: DirectoryUser): void {
  const calendarId = ctx.state.nextId('calendar');
  ctx.state.calendars.set(calendarId, {
    id: calendarId,
    ownerId: u.id,
    name: 'Calendar',
    color: 'auto',
    hexColor: '',
    isDefaultCalendar: true,
    changeKey: ctx.state.nextChangeKey(),
    canEdit: true,
    canShare: true,
  });
  const root = `${u.id}:${MSGFOLDERROOT}`;
  for (const f of WELL_KNOWN_FOLDERS) {
    const id = ctx.state.nextId(`folder-${f.name}`);
    ctx.state.folders.set(id, { id, ownerId: u.id, displayName: f.displayName, parentFolderId: root, wellKnownName: f.name });
  }
}

/** The directory alone: the Playground's people with empty mailboxes, and the assistant's app registration. */
export function seedDirectory(ctx: SimContext): void {
  for (const u of demoPeople()) {
    ctx.state.users.set(u.id, u);
    provisionMailbox(ctx, u);
  }
  const app = demoApp();
  ctx.state.apps.set(app.clientId, app);
}
