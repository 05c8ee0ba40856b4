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
  applicationId: string;
  creatorId: string;
}
