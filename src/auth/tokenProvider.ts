/** Whose mailbox a Graph call acts on: the Teams user, by tenant and Entra object id. */
export interface MailboxUser {
  tenantId: string;
  aadObjectId: string;
}

/**
 * The one way the Graph layer gets access tokens. Dialogs never see a token, only a
 * Graph client built with one of these.
 */
export interface TokenProvider {
  /**
   * A token for the user's mailbox; `forceRefresh` skips any cached token (Graph refused
   * the cached one: revoked, or expired earlier than the cache believed).
   */
  getAccessToken(user: MailboxUser, options?: { forceRefresh?: boolean }): Promise<string>;
}
