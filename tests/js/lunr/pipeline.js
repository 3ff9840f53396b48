#!/usr/bin/env node
// Runs lunr.js 2.3.9's own text processing on SiteGen's test input, so C# tests compare each
// pipeline function with the real one rather than with expectations written by hand.
//
//   node pipeline.js words input.json output.json   input: ["word", ...]
//       output: [{"trimmed": lunr.trimmer, "stopWord": dropped by lunr.stopWordFilter, "stem": lunr.stemmer}, ...]
//   node pipeline.js texts input.json output.json   input: ["field text", ...]
//       output: [{"tokens": lunr.tokenizer, "terms": tokenizer + trimmer, stopWordFilter, stemmer}, ...]
//   node pipeline.js stopwords output.json
//       output: every word lunr.stopWordFilter drops, read off lunr.js's own list and confirmed by the filter
'use strict';
const fs = require('fs');
const lunr = require('lunr');

const [mode, ...files] = process.argv.slice(2);
const read = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const write = (file, value) => fs.writeFileSync(file, JSON.stringify(value));
const run = (fn, word) => fn(new lunr.Token(word));

if (mode === 'words') {
  write(files[1], read(files[0]).map((word) => ({
    trimmed: run(lunr.trimmer, word).toString(),
    stopWord: run(lunr.stopWordFilter, word) === undefined,
    stem: run(lunr.stemmer, word).toString(),
  })));
} else if (mode === 'texts') {
  const pipeline = new lunr.Pipeline();
  pipeline.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer); // what lunr() sets up for indexing
  write(files[1], read(files[0]).map((text) => ({
    tokens: lunr.tokenizer(text).map(String),
    terms: pipeline.run(lunr.tokenizer(text)).map(String),
  })));
} else if (mode === 'stopwords') {
  // The filter keeps its list in a closure; read the candidates from the source that defines it and
  // keep those the real filter drops, so the list cannot be mis-copied by this script either.
  const source = fs.readFileSync(require.resolve('lunr'), 'utf8');
  const start = source.indexOf('lunr.stopWordFilter = lunr.generateStopWordFilter([');
  const list = source.slice(start, source.indexOf('])', start));
  const candidates = [...list.matchAll(/'([^']*)'/g)].map((m) => m[1]);
  write(files[0], candidates.filter((word) => run(lunr.stopWordFilter, word) === undefined));
} else {
  console.error('usage: node pipeline.js words|texts input.json output.json  |  node pipeline.js stopwords output.json');
  process.exit(2);
}
