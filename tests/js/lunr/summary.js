// Runs a query and keeps what a comparison needs: ref, score, and matched term:fields, or the error.
// Loaded by Node (require) and injected into a browser page as a plain script (window.searchSummary), so that both
// sides reduce their results with the same code.
(function (root) {
  'use strict';
  function searchSummary(index, query) {
    try {
      return {
        results: index.search(query).map((r) => ({
          ref: r.ref,
          score: r.score,
          matched: Object.keys(r.matchData.metadata).sort()
            .map((term) => `${term}:${Object.keys(r.matchData.metadata[term]).sort().join('+')}`).join(' '),
        })),
      };
    } catch (e) {
      return { error: `${e.name}: ${e.message}` };
    }
  }
  if (typeof module === 'object' && module.exports) module.exports = searchSummary;
  else root.searchSummary = searchSummary;
})(this);
