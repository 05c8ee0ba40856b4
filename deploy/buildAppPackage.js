#!/usr/bin/env node
'use strict';
/**
 * Builds the Teams app package (the zip an admin uploads) without the Agents Toolkit:
 *   node deploy/buildAppPackage.js [environment] [--out path.zip]
 * Every ${{NAME}} in appPackage/manifest.json is filled from the environment's files,
 * env/.env.<environment> then env/.env.<environment>.user, with process variables taking
 * precedence (so CI can pass ids in). A placeholder left without a value is an error: a
 * package with "${{BOT_ID}}" in it would upload but never reach the bot.
 * The zip holds manifest.json and the two icons at its root, as Teams requires.
 * Needs Node 20.15 or later (zlib.crc32).
 */
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { crc32, deflateRawSync } = require('node:zlib');
const { parse } = require('dotenv');

const ROOT = join(__dirname, '..');
const PACKAGE_DIR = join(__dirname, 'appPackage');
const PLACEHOLDER = /\$\{\{([A-Za-z0-9_]+)\}\}/g;

function environmentValues(envName) {
  const values = {};
  for (const file of [`.env.${envName}`, `.env.${envName}.user`]) {
    const path = join(ROOT, 'env', file);
    if (existsSync(path)) Object.assign(values, parse(readFileSync(path, 'utf8')));
  }
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && value !== '') values[key] = value;
  return values;
}

/** The manifest with its placeholders filled in; throws naming every one that has no value. */
function fillManifest(text, values) {
  const missing = new Set();
  const filled = text.replace(PLACEHOLDER, (whole, name) => {
    const value = values[name];
    if (value === undefined || value === '') {
      missing.add(name);
      return whole;
    }
    return JSON.stringify(value).slice(1, -1); // lands inside a JSON string
  });
  if (missing.size > 0) throw new Error(`no value for ${[...missing].join(', ')}: set them in env/ or run provisioning first`);
  JSON.parse(filled);
  return filled;
}

/** MS-DOS date and time fields of a zip entry. */
function dosDateTime(date) {
  const time = (date.getHours() << 11) | (date.getMinutes() << 5) | Math.floor(date.getSeconds() / 2);
  const day = ((date.getFullYear() - 1980) << 9) | ((date.getMonth() + 1) << 5) | date.getDate();
  return { time, day };
}

/** A zip archive (deflate) of the given files, all at the archive's root. */
function zip(files, now = new Date()) {
  const { time, day } = dosDateTime(now);
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed: deflate
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // method: deflate
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(day, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(day, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42); // where the local header starts
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function buildAppPackage(envName, outPath) {
  const manifestText = fillManifest(readFileSync(join(PACKAGE_DIR, 'manifest.json'), 'utf8'), environmentValues(envName));
  const { icons } = JSON.parse(manifestText);
  const files = [
    { name: 'manifest.json', data: Buffer.from(manifestText, 'utf8') },
    { name: icons.color, data: readFileSync(join(PACKAGE_DIR, icons.color)) },
    { name: icons.outline, data: readFileSync(join(PACKAGE_DIR, icons.outline)) },
  ];
  mkdirSync(dirname(outPath), { recursive: true });
  writeFileSync(outPath, zip(files));
  return outPath;
}

function main(argv) {
  const outFlag = argv.indexOf('--out');
  const out = outFlag >= 0 ? argv[outFlag + 1] : undefined;
  const positional = argv.filter((_, i) => outFlag < 0 || (i !== outFlag && i !== outFlag + 1));
  const envName = positional[0] ?? 'dev';
  const outPath = resolve(out ?? join(PACKAGE_DIR, 'build', `appPackage.${envName}.zip`));
  try {
    process.stdout.write(`${buildAppPackage(envName, outPath)}\n`);
  } catch (error) {
    process.stderr.write(`App package not built: ${error.message}\n`);
    process.exitCode = 1;
  }
}

if (require.main === module) main(process.argv.slice(2));

module.exports = { buildAppPackage, fillManifest, zip };
