// The project resolves modules the classic Node way, which ignores package "exports" maps, so
// this subpath has to be declared by hand; it points at the package's own typings.
declare module '@electric-sql/pglite/node-postgres' {
  export { createPgConfig, PGlitePgConfig } from '@electric-sql/pglite/dist/node-postgres/index';
}
