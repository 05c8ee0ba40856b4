/**
 * Loads the project's TypeScript as the image runs it: tsc's own emit with the build's
 * compiler options (tsconfig.build.json), compiled file by file when first required, with
 * data files read where they lie. `npm start` runs through tsx instead, whose transform
 * keeps function names by wrapping every function as it is created: a development runner's
 * cost, not the assistant's, and one that bare chrono-node (already JavaScript) never pays.
 * Used as `node -r ./bench/shippedCode.js bench/run.ts`.
 */
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const configFile = path.join(__dirname, '..', 'tsconfig.build.json');
const { config } = ts.readConfigFile(configFile, ts.sys.readFile);
const { options } = ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile));
const compilerOptions = { ...options, sourceMap: false, inlineSourceMap: false, declaration: false };

const extensions = require.extensions;
// Tried in this order for a path without an extension: './intentModel' is the module, not
// the intentModel.json beside it, so '.ts' goes before '.json'.
const { '.json': json, '.node': native } = extensions;
delete extensions['.json'];
delete extensions['.node'];
extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  module._compile(ts.transpileModule(source, { compilerOptions, fileName: filename }).outputText, filename);
};
extensions['.json'] = json;
extensions['.node'] = native;
