// The compare page's "peers" choice: ?of=<slug>&peers=near|type|region|all compares an authority with the authorities
// of the same council type nearest in population, all of the same council type, all in the same region, or everyone.
// Type, region and the nearest in population come from the register of UK councils, written into the page's index by
// the build (which sorts the authorities by population once, so finding the nearest is never quadratic); here they are
// only grouped, once per page. Used by compare.js; without JavaScript the form still submits the same address.
(function () {
  "use strict";
  var kinds = ["near", "type", "region", "all"];

  function plural(n, one, many) {
    return n + " " + (n === 1 ? one : many);
  }

  function lowerType(label) {
    return /^(London|Welsh|Scottish|Northern)\b/.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
  }

  function typePlural(label) {
    var l = lowerType(label);
    return /authority$/.test(l) ? l.slice(0, -1) + "ies" : l + "s";
  }

  /** The authorities to compare: the chosen one first, then its peers; and a sentence saying who they are. */
  function choose(index, of, kind) {
    var self = null;
    index.authorities.forEach(function (a) { if (a.slug === of) self = a; });
    if (!self) return null;
    if (kinds.indexOf(kind) < 0) kind = "near";
    var others = index.authorities.filter(function (a) { return a.slug !== self.slug; });
    var peers, description;
    if (kind === "near") {
      peers = (self.near || []).slice();
      description = !self.population_known
        ? "The register of UK councils gives no population for " + self.name + ", so SiteGen cannot say which authorities are nearest to it: it is shown alone. Choose “Same council type” instead."
        : peers.length === 0
        ? "No other " + lowerType(self.type_label) + " is in the site, so " + self.name + " is shown alone."
        : self.name + " compared with the " + plural(peers.length, lowerType(self.type_label), typePlural(self.type_label)) + " nearest to it in population.";
    } else if (kind === "type") {
      peers = others.filter(function (a) { return a.type === self.type; }).map(function (a) { return a.slug; });
      description = peers.length === 0
        ? "No other " + lowerType(self.type_label) + " is in the site, so " + self.name + " is shown alone."
        : self.name + " compared with the other " + plural(peers.length, lowerType(self.type_label), typePlural(self.type_label)) + ".";
    } else if (kind === "region") {
      peers = self.region ? others.filter(function (a) { return a.region === self.region; }).map(function (a) { return a.slug; }) : [];
      description = !self.region
        ? "The register gives no region for " + self.name + ", so it is shown alone."
        : peers.length === 0
          ? "No other authority in " + self.region + " is in the site, so " + self.name + " is shown alone."
          : self.name + " compared with the other " + plural(peers.length, "authority", "authorities") + " in " + self.region + ".";
    } else {
      peers = others.map(function (a) { return a.slug; });
      description = self.name + " compared with every other authority (" + peers.length + ").";
    }
    return { slugs: [self.slug].concat(peers), description: description, of: self.slug, kind: kind };
  }

  /** The peers choice named in the address, with the form set to match; null when the address names none. */
  function fromQuery(index, params) {
    var of = params.get("of");
    if (!of) return null;
    var choice = choose(index, of, params.get("peers") || "near");
    if (!choice) return null;
    var select = document.getElementById("peers-of");
    if (select) {
      for (var i = 0; i < select.options.length; i++) {
        if (select.options[i].value === choice.of) select.options[i].selected = select.options[i].defaultSelected = true;
      }
    }
    var radios = document.querySelectorAll(".compare-peers input[name=peers]");
    for (var j = 0; j < radios.length; j++) radios[j].checked = radios[j].defaultChecked = radios[j].value === choice.kind;
    return choice;
  }

  window.SiteGenPeers = { choose: choose, fromQuery: fromQuery };
})();
