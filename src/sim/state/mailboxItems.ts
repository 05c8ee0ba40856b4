/** Stored shapes of calendar and mail items. Rendering to Graph JSON happens in src/sim/graph. */

export interface EmailAddress {
  name: string;
  address: string;
}

export interface Recipient {
  emailAddress: EmailAddress;
}

export interface ResponseStatus {
  response: 'none' | 'organizer' | 'tentativelyAccepted' | 'accepted' | 'declined' | 'notResponded';
  time: string;
}

export interface Attendee {
  type: 'required' | 'optional' | 'resource';
  status: ResponseStatus;
  emailAddress: EmailAddress;
  /** Another time the attendee proposed when answering (Graph's timeSlot); absent when none. */
  proposedNewTime?: TimeSlot;
}

/** Graph's timeSlot: a start and an end, each a dateTimeTimeZone. */
export interface TimeSlot {
  start: { dateTime: string; timeZone: string };
  end: { dateTime: string; timeZone: string };
}

export interface Location {
  displayName: string;
  locationType?: string;
  uniqueId?: string;
  uniqueIdType?: string;
  address?: Record<string, string>;
}

export interface PatternedRecurrence {
  pattern: {
    type: 'daily' | 'weekly' | 'absoluteMonthly' | 'relativeMonthly' | 'absoluteYearly' | 'relativeYearly';
    interval: number;
    month: number;
    dayOfMonth: number;
    daysOfWeek: string[];
    firstDayOfWeek: string;
    index: 'first' | 'second' | 'third' | 'fourth' | 'last';
  };
  range: {
    type: 'endDate' | 'noEnd' | 'numbered';
    startDate: string;
    endDate: string;
    recurrenceTimeZone: string;
    numberOfOccurrences: number;
  };
}

/** Fields an occurrence can override when it becomes an exception. */
export interface OccurrenceOverride {
  start?: Date;
  end?: Date;
  subject?: string;
  body?: { contentType: string; content: string };
  location?: Location;
  showAs?: string;
  /** The attendee list as the organizer sees it for this occurrence, once someone answered for it alone. */
  attendees?: Attendee[];
  isCancelled?: boolean;
  /** The occurrence was deleted from the series (it no longer appears anywhere). */
  deleted?: boolean;
  responseStatus?: ResponseStatus;
  lastModified: Date;
}

export interface StoredEvent {
  id: string;
  ownerId: string;
  calendarId: string;
  iCalUId: string;
  createdDateTime: Date;
  lastModifiedDateTime: Date;
  changeKey: string;
  subject: string;
  body: { contentType: string; content: string };
  start: Date;
  end: Date;
  /** Zone names as the client gave them (Windows or IANA). */
  originalStartTimeZone: string;
  originalEndTimeZone: string;
  isAllDay: boolean;
  location: Location;
  locations: Location[];
  attendees: Attendee[];
  organizer: Recipient;
  isOrganizer: boolean;
  showAs: string;
  importance: string;
  sensitivity: string;
  categories: string[];
  isReminderOn: boolean;
  reminderMinutesBeforeStart: number;
  responseRequested: boolean;
  responseStatus: ResponseStatus;
  allowNewTimeProposals: boolean;
  isOnlineMeeting: boolean;
  onlineMeetingProvider: string;
  onlineMeeting: { joinUrl: string } | null;
  recurrence: PatternedRecurrence | null;
  isCancelled: boolean;
  transactionId: string | null;
  /** Keyed by the occurrence's original start (ISO, UTC). */
  exceptions: Map<string, OccurrenceOverride>;
  /**
   * Set on an attendee's copy that stands for one occurrence of the organizer's series only
   * (they were invited to that occurrence alone): its original start. Such a copy is a single event.
   */
  occurrenceOf?: Date;
}

export interface StoredCalendar {
  id: string;
  ownerId: string;
  name: string;
  color: string;
  hexColor: string;
  isDefaultCalendar: boolean;
  changeKey: string;
  canEdit: boolean;
  canShare: boolean;
}

export interface StoredFolder {
  id: string;
  ownerId: string;
  displayName: string;
  parentFolderId: string;
  wellKnownName: string | null;
}

export interface StoredMessage {
  id: string;
  ownerId: string;
  folderId: string;
  odataType: '#microsoft.graph.message' | '#microsoft.graph.eventMessageRequest' | '#microsoft.graph.eventMessage';
  meetingMessageType: string | null;
  eventId: string | null;
  subject: string;
  body: { contentType: string; content: string };
  from: Recipient | null;
  toRecipients: Recipient[];
  ccRecipients: Recipient[];
  bccRecipients: Recipient[];
  replyTo: Recipient[];
  receivedDateTime: Date;
  sentDateTime: Date | null;
  createdDateTime: Date;
  lastModifiedDateTime: Date;
  changeKey: string;
  isRead: boolean;
  isDraft: boolean;
  importance: string;
  internetMessageId: string;
  conversationId: string;
  categories: string[];
  flag: { flagStatus: string };
}
