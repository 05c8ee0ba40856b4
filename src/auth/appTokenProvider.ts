import { ConfidentialClientApplication, LogLevel } from '@azure/msal-node';
import type { Logger } from '../log';
import type { MailboxUser, TokenProvider } from './tokenProvider';
import { TrustingNetworkClient } from './trustingNetworkClient';

export interface AppTokenOptions {
  clientId: string;
  clientSecret: string;
  tenantId: string;
  authorityHost: string;
  extraCaPem: string | undefined;
  logger: Logger;
}

const GRAPH_DEFAULT_SCOPE = 'https://graph.microsoft.com/.default';

/**
 * Application tokens (client credentials) for the tenant, acting on users' mailboxes
 * through /users/{id} with the application permissions an admin granted. MSAL caches
 * the token in memory and fetches a new one shortly before it expires.
 */
export class AppTokenProvider implements TokenProvider {
  private readonly msal: ConfidentialClientApplication;

  constructor(options: AppTokenOptions) {
    const authorityUrl = new URL(options.authorityHost);
    this.msal = new ConfidentialClientApplication({
      auth: {
        clientId: options.clientId,
        clientSecret: options.clientSecret,
        authority: `${options.authorityHost}/${options.tenantId}`,
        // Skips instance discovery against login.microsoftonline.com for other hosts.
        knownAuthorities: [authorityUrl.host],
      },
      system: {
        networkClient: new TrustingNetworkClient(options.extraCaPem),
        loggerOptions: {
          piiLoggingEnabled: false,
          // MSAL warns about details of normal client-credential responses; only its errors matter here.
          logLevel: LogLevel.Error,
          loggerCallback: (level, message) => {
            if (level <= LogLevel.Error) options.logger.error({ msal: message }, 'msal');
          },
        },
      },
    });
  }

  async getAccessToken(_user: MailboxUser, options?: { forceRefresh?: boolean }): Promise<string> {
    const result = await this.msal.acquireTokenByClientCredential({ scopes: [GRAPH_DEFAULT_SCOPE], skipCache: options?.forceRefresh === true });
    if (!result?.accessToken) throw new Error('Entra ID returned no access token');
    return result.accessToken;
  }
}
