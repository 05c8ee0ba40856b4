/** Scope strings as clients send them, reduced to what ends up in a Graph token. */

export const GRAPH_RESOURCE = 'https://graph.microsoft.com';
export const GRAPH_APP_ID = '00000003-0000-0000-c000-000000000000';
export const OIDC_SCOPES = ['openid', 'profile', 'email', 'offline_access'];

export interface ParsedScopes {
  oidc: string[];
  /** Graph permission names without the resource prefix, e.g. "Calendars.ReadWrite". */
  graph: string[];
  /** True when ".default" was asked for. */
  wantsDefault: boolean;
  /** Scopes for another resource, which this tenant does not host. */
  foreign: string[];
}

export function parseScopes(scope: string): ParsedScopes {
  const result: ParsedScopes = { oidc: [], graph: [], wantsDefault: false, foreign: [] };
  for (const raw of scope.split(/\s+/).filter(Boolean)) {
    const lower = raw.toLowerCase();
    if (OIDC_SCOPES.includes(lower)) {
      result.oidc.push(lower);
      continue;
    }
    let name = raw;
    for (const prefix of [`${GRAPH_RESOURCE}/`, `${GRAPH_APP_ID}/`, 'https://graph.microsoft.com//']) {
      if (lower.startsWith(prefix.toLowerCase())) name = raw.slice(prefix.length);
    }
    if (name.includes('://') || (name.includes('/') && name !== raw)) {
      result.foreign.push(raw);
    } else if (name.includes('/')) {
      result.foreign.push(raw);
    } else if (name === '.default') {
      result.wantsDefault = true;
    } else {
      result.graph.push(name);
    }
  }
  return result;
}
