import { readFileSync } from 'node:fs';
import NodeModule from 'node:module';
import { join } from 'node:path';
import type { AppManifest } from '@microsoft/app-manifest';
import type { JSONSchemaType } from 'ajv';

/**
 * @microsoft/app-manifest requires an ES-module-only dependency (strip-bom), which Node loads
 * with require() but jest's module sandbox does not; so it comes from Node's own loader.
 */
interface NodeModuleLoader {
  _load(request: string, parent: null, isMain: boolean): unknown;
}

export const appManifestLibrary = (NodeModule as unknown as NodeModuleLoader)._load(
  require.resolve('@microsoft/app-manifest'),
  null,
  false,
) as typeof import('@microsoft/app-manifest');

/** The schema the package ships for a manifest's $schema URL, so validation never needs the network. */
export function localManifestSchema(schemaUrl: string): JSONSchemaType<AppManifest> {
  const m = /^https:\/\/developer\.microsoft\.com\/json-schemas\/(teams\/v[\d.]+\/MicrosoftTeams\.schema\.json)$/.exec(schemaUrl);
  if (!m) throw new Error(`unexpected $schema URL ${schemaUrl}`);
  const file = join(require.resolve('@microsoft/app-manifest'), '..', 'json-schemas', m[1]);
  return JSON.parse(readFileSync(file, 'utf8')) as JSONSchemaType<AppManifest>;
}
