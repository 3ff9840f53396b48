// Progressive enhancement only: every page works without JavaScript.
// Copying a clause with its citation and the appendix basket live in assets/pick.js.
