// Azure resources for the calendar and mail assistant, deployed by m365agents.yml
// (arm/deploy) with azure.parameters.json, or by hand:
//   az deployment group create -g <group> -f deploy/infra/azure.bicep -p @deploy/infra/azure.parameters.json
// This template has not been deployed from the development environment (no Azure
// subscription there); treat a first deployment as a review of it, and see docs/DEPLOY.md.
//
// What it creates:
// - a container registry for the image built from deploy/Dockerfile;
// - an App Service plan (Linux) and a web app running that image, with its own
//   managed identity to pull the image and to read secrets;
// - a Key Vault holding the three secrets (bot password, Graph client secret,
//   DATABASE_URL), which the web app reads through Key Vault references;
// - an Azure Database for PostgreSQL flexible server: with DATABASE_URL set, any number
//   of instances share the bot state and the job queue;
// - the Azure Bot resource with the Microsoft Teams channel, pointing at
//   https://<web app host>/api/messages.

@minLength(4)
@maxLength(16)
@description('Prefix of every resource name: lower-case letters and digits (the registry name allows nothing else).')
param resourceBaseName string

param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for a pilot; scale out with P0v3 or larger and more instances.')
param appServiceSku string = 'B1'

@minValue(1)
@maxValue(30)
@description('Number of web app instances. More than one needs DATABASE_URL, which this template always sets.')
param instanceCount int = 1

@description('Image tag the web app runs; the deploy step of m365agents.yml pushes it.')
param containerImageTag string = 'latest'

@maxLength(42)
param botDisplayName string

@description('Client id of the bot\'s Entra ID app (single tenant).')
param botAppId string

@description('Tenant of the bot\'s Entra ID app.')
param botTenantId string

@secure()
param botAppPassword string

@description('Client id of the Entra ID app that calls Microsoft Graph with application permissions.')
param graphClientId string

param graphTenantId string

@secure()
param graphClientSecret string

param graphAuthorityHost string = 'https://login.microsoftonline.com'

param graphBaseUrl string = 'https://graph.microsoft.com'

param postgresAdminLogin string = 'assistantadmin'

@secure()
@minLength(12)
param postgresAdminPassword string

@description('Burstable B1ms suits a pilot; use a General Purpose size for production.')
param postgresSkuName string = 'Standard_B1ms'

@allowed(['Burstable', 'GeneralPurpose', 'MemoryOptimized'])
param postgresSkuTier string = 'Burstable'

param logLevel string = 'info'

var containerPort = '3978'
var databaseName = 'assistant'
var imageName = 'assistant'

// Built-in role definition ids.
var acrPullRoleId = '7f951dda-4ed3-4680-a7ca-43fe172d538d'
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'

resource registry 'Microsoft.ContainerRegistry/registries@2023-07-01' = {
  name: '${resourceBaseName}acr'
  location: location
  sku: { name: 'Basic' }
  properties: {
    // The web app pulls with its managed identity; no shared admin password.
    adminUserEnabled: false
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: '${resourceBaseName}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
    capacity: instanceCount
  }
  properties: {
    reserved: true // Linux
  }
}

resource postgres 'Microsoft.DBforPostgreSQL/flexibleServers@2024-08-01' = {
  name: '${resourceBaseName}-pg'
  location: location
  sku: {
    name: postgresSkuName
    tier: postgresSkuTier
  }
  properties: {
    version: '16'
    administratorLogin: postgresAdminLogin
    administratorLoginPassword: postgresAdminPassword
    storage: { storageSizeGB: 32 }
    backup: {
      backupRetentionDays: 7
      geoRedundantBackup: 'Disabled'
    }
    highAvailability: { mode: 'Disabled' }
    authConfig: {
      activeDirectoryAuth: 'Disabled'
      passwordAuth: 'Enabled'
    }
    // Public endpoint limited to Azure services (rule below), TLS required by the server.
    // A production deployment should prefer VNet integration and a private endpoint.
    network: { publicNetworkAccess: 'Enabled' }
  }
}

resource database 'Microsoft.DBforPostgreSQL/flexibleServers/databases@2024-08-01' = {
  parent: postgres
  name: databaseName
  properties: {
    charset: 'UTF8'
    collation: 'en_US.utf8'
  }
}

// 0.0.0.0-0.0.0.0 is Azure's notation for "connections from Azure services".
resource allowAzureServices 'Microsoft.DBforPostgreSQL/flexibleServers/firewallRules@2024-08-01' = {
  parent: postgres
  name: 'AllowAzureServices'
  properties: {
    startIpAddress: '0.0.0.0'
    endIpAddress: '0.0.0.0'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: '${resourceBaseName}-kv'
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 7
  }
}

resource botPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'bot-app-password'
  properties: { value: botAppPassword }
}

resource graphSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'graph-client-secret'
  properties: { value: graphClientSecret }
}

// sslmode=verify-full: the server's certificate chains to a public root Node already trusts.
resource databaseUrlSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'database-url'
  properties: {
    value: 'postgres://${uriComponent(postgresAdminLogin)}:${uriComponent(postgresAdminPassword)}@${postgres.properties.fullyQualifiedDomainName}:5432/${database.name}?sslmode=verify-full'
  }
}

resource webApp 'Microsoft.Web/sites@2023-12-01' = {
  name: '${resourceBaseName}-app'
  location: location
  kind: 'app,linux,container'
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    keyVaultReferenceIdentity: 'SystemAssigned'
    siteConfig: {
      linuxFxVersion: 'DOCKER|${registry.properties.loginServer}/${imageName}:${containerImageTag}'
      acrUseManagedIdentityCreds: true
      alwaysOn: true // reminders are sent from inside the process
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: [
        { name: 'WEBSITES_PORT', value: containerPort }
        // No shared /home mount: state lives in PostgreSQL.
        { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false' }
        { name: 'PORT', value: containerPort }
        { name: 'LOG_LEVEL', value: logLevel }
        { name: 'MicrosoftAppId', value: botAppId }
        { name: 'MicrosoftAppPassword', value: '@Microsoft.KeyVault(SecretUri=${botPasswordSecret.properties.secretUri})' }
        { name: 'MicrosoftAppType', value: 'SingleTenant' }
        { name: 'MicrosoftAppTenantId', value: botTenantId }
        { name: 'AAD_APP_CLIENT_ID', value: graphClientId }
        { name: 'AAD_APP_CLIENT_SECRET', value: '@Microsoft.KeyVault(SecretUri=${graphSecret.properties.secretUri})' }
        { name: 'AAD_APP_TENANT_ID', value: graphTenantId }
        { name: 'AAD_APP_OAUTH_AUTHORITY_HOST', value: graphAuthorityHost }
        { name: 'GRAPH_BASE_URL', value: graphBaseUrl }
        { name: 'GRAPH_STAND_IN', value: 'off' }
        { name: 'PLAYGROUND', value: 'off' }
        { name: 'DATABASE_URL', value: '@Microsoft.KeyVault(SecretUri=${databaseUrlSecret.properties.secretUri})' }
        // Only used without DATABASE_URL (embedded PGlite); the image creates it for the non-root user.
        { name: 'DATA_DIR', value: '/app/data' }
      ]
    }
  }
}

resource webAppPullsImages 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: registry
  name: guid(registry.id, webApp.id, acrPullRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', acrPullRoleId)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

resource webAppReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: vault
  name: guid(vault.id, webApp.id, keyVaultSecretsUserRoleId)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// Multi-tenant bot registrations can no longer be created; the bot's app is single tenant.
resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: { name: 'F0' } // Teams is a standard channel: free
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

resource teamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Written to env/.env.<environment> by the Agents Toolkit after arm/deploy.
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output AZURE_WEB_APP_RESOURCE_ID string = webApp.id
output AZURE_WEB_APP_NAME string = webApp.name
output AZURE_CONTAINER_REGISTRY_NAME string = registry.name
output AZURE_CONTAINER_REGISTRY_LOGIN_SERVER string = registry.properties.loginServer
output AZURE_KEY_VAULT_NAME string = vault.name
output POSTGRES_SERVER_FQDN string = postgres.properties.fullyQualifiedDomainName
