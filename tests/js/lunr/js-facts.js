#!/usr/bin/env node
// Records how this Node's JavaScript engine behaves in the places lunr.js depends on, so
// JsSemanticsConformanceTests can hold SiteGen's C# re-implementation to it:
// toLowerCase on every code point and around Greek sigma, \s and \w per code unit, Number's
// toString, JSON.stringify of strings, Object.keys order and Math.round.
//
//   node js-facts.js output.json
//
// Strings travel as arrays of UTF-16 code units and doubles as 16 hex digits of their bits, so
// nothing (lone surrogates, the last bit of a double) is lost between the two languages.
'use strict';
const fs = require('fs');

const units = (s) => Array.from({ length: s.length }, (_, i) => s.charCodeAt(i));
const bits = (x) => { const v = new DataView(new ArrayBuffer(8)); v.setFloat64(0, x); return v.getBigUint64(0).toString(16).padStart(16, '0'); };
const isSurrogate = (cp) => cp >= 0xd800 && cp <= 0xdfff;

// Deterministic pseudo-random numbers (mulberry32) so every run checks the same values.
let seed = 0x5eed;
const random = () => { seed |= 0; seed = (seed + 0x6d2b79f5) | 0; let t = Math.imul(seed ^ (seed >>> 15), 1 | seed); t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t; return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };

const facts = { node: process.version, unicode: process.versions.unicode };

// Every code point whose lower case is not itself (all others map to themselves).
facts.lowerCase = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (isSurrogate(cp)) continue;
  const s = String.fromCodePoint(cp), lower = s.toLowerCase();
  if (lower !== s) facts.lowerCase.push([cp, units(lower)]);
}

// Sigma next to every cased or case-ignorable code point, and a sample of others, in the
// positions Final_Sigma looks at; plus surrogates and mixed strings.
const sigmaNeighbours = [];
for (let cp = 0; cp <= 0x10ffff; cp++) {
  if (isSurrogate(cp)) continue;
  const s = String.fromCodePoint(cp);
  if (/\p{Cased}|\p{Case_Ignorable}/u.test(s) || cp % 97 === 0) sigmaNeighbours.push(s);
}
const strings = [];
for (const x of sigmaNeighbours) strings.push('AΣ' + x, x + 'Σ', 'A' + x + 'Σ', 'AΣ' + x + 'B', x + 'Σ' + x, 'ΑΣ' + x + x + 'Ω');
strings.push('\ud800', '\udc00Σ', 'AΣ\udc00', 'A\ud800Σ', '\ud801\udc00', 'Σ\ud801\udc00', '\ud801\udc00Σ', 'ΟΔΟΣ ΟΔΟΣ.ΟΔΟΣ',
  'İSTANBUL', 'İı', 'ǅǄǆ', 'ΣΑΣ ΣΑΣ', 'café CAFÉ', 'Ⅻ ⓐⒶ', 'Σ', 'ΣΣ', 'AΣΣ', 'A\u0345Σ', 'AΣ\u0345', 'A\u02b0Σ', 'AΣ\u02b0B');
facts.lowerCaseStrings = strings.map((s) => [units(s), units(s.toLowerCase())]);

// Per UTF-16 code unit: lunr's separator class and the trimmer's word class.
facts.separatorUnits = [];
facts.wordUnits = [];
for (let u = 0; u <= 0xffff; u++) {
  const c = String.fromCharCode(u);
  if (/[\s\-]+/.test(c)) facts.separatorUnits.push(u);
  if (/\w/.test(c)) facts.wordUnits.push(u);
}

// Number.prototype.toString (which JSON.stringify uses) over every magnitude and lunr-like scores.
const doubles = [0, -0, 1, -1, 0.1, 0.5, 1.5, 2.5, 100, 1e21, 1e-7, 1e-6, 123e-9, 1.5e300, 5e-324, 2 ** 53, 2 ** 53 + 2,
  123456789012345680000, 0.000001234, 1e20, 1.7976931348623157e308, 4.35, 0.001, 12.345, Number.EPSILON];
for (let i = 0; i < 20000; i++) doubles.push(Math.round(random() * 20000) / 1000); // 3-decimal scores
for (let i = 0; i < 20000; i++) doubles.push((random() - 0.5) * Math.pow(10, Math.floor(random() * 60) - 30));
for (let i = 0; i < 5000; i++) doubles.push(Math.floor(random() * 1e6));
facts.numbers = doubles.map((x) => [bits(x), String(x)]);

// JSON.stringify of strings: every code unit below 0x80, controls, quotes, lone and paired surrogates.
const jsonStrings = [];
for (let u = 0; u < 0x80; u++) jsonStrings.push(String.fromCharCode(u));
jsonStrings.push('\u007f\u0080\u00a0', '\u2028\u2029', '\ud800', '\udfff', 'a\ud800b', '\ud83d\ude00', '\ude00\ud83d', '£—“”‘’İ', 'a"b\\c/d', '');
facts.jsonStrings = jsonStrings.map((s) => [units(s), units(JSON.stringify(s))]);

// Object.keys order for keys inserted in a given order.
const keySets = [
  ['b', '10', 'a', '9', '0'],
  ['seed002/p17', '7', '01', '4294967294', '4294967295', '-1', '1.5', ' 1', '1e3', '42'],
  ['x', 'y', 'z'],
  ['3', '2', '1'],
];
for (let i = 0; i < 200; i++) {
  const keys = new Set();
  for (let j = 0; j < 12; j++) {
    const r = random();
    keys.add(r < 0.4 ? String(Math.floor(random() * 50)) : r < 0.5 ? String(Math.floor(random() * 2 ** 33)) : r < 0.6 ? '0' + Math.floor(random() * 9) : 'k' + Math.floor(random() * 30));
  }
  keySets.push([...keys]);
}
facts.keyOrders = keySets.map((keys) => {
  const o = {};
  for (const k of keys) o[k] = true;
  return [keys, Object.keys(o)];
});

// Math.round around halves.
const roundInputs = [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 4503599627370495.5, 1234.4999999999998, 1234.5];
for (let i = 0; i < 20000; i++) roundInputs.push((random() * 20000) + (random() < 0.5 ? 0.5 : 0));
for (let i = 0; i < 20000; i++) roundInputs.push(random() * 1e5);
facts.round = roundInputs.map((x) => [bits(x), bits(Math.round(x))]);

fs.writeFileSync(process.argv[2], JSON.stringify(facts));
