/** A change-notification subscription as the tenant keeps it. */
export interface SubscriptionRecord {
  id: string;
  /** The resource as the client wrote it. */
  resource: string;
  ownerId: string;
  collection: 'events' | 'messages';
  /** Restricts to one calendar or mail folder; undefined for the whole mailbox. */
  containerId?: string;
  changeTypes: Set<string>;
  notificationUrl: string;
  lifecycleNotificationUrl: string | null;
  clientState: string | null;
  expirationDateTime: Date;
  /**
   * Expiry of the access token the subscription was created, renewed or last reauthorized with.
   * After it, notifications pause until the app reauthorizes (Graph: "change notification delivery pauses").
   */
  authorizedUntil: Date;
  /** The earliest tenant time for the next reauthorizationRequired challenge. */
  nextChallengeAt: Date;
  applicationId: string;
  /** The user id for a delegated subscription, the app id for an app-only one. */
  creatorId: string;
  delegated: boolean;
}
