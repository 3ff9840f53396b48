// Word (.docx) and Excel (.xlsx) files written in the browser, for the basket page (assets/pick.js) and the compare
// page (assets/compare.js), so the site downloads no library and works opened straight from disk. An Office file is
// a zip of XML parts: this writes the parts and the zip itself, every entry stored (no compression) and dated
// 1980-01-01, so the same content always gives the same bytes. Clause text is untrusted: every string goes through
// xml(), which escapes it and drops the characters XML 1.0 cannot hold (control characters, U+FFFE, U+FFFF).
(function () {
  "use strict";
  var HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  var W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  var S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  var R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  var PR = "http://schemas.openxmlformats.org/package/2006/relationships";
  var CT = "http://schemas.openxmlformats.org/package/2006/content-types";
  var TYPES = {
    docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
  };
  // An Excel cell holds at most this many characters; a longer text makes Excel "repair" the file.
  var CELL_LIMIT = 32767;

  function xml(s) {
    return String(s).replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\uD800-\uDBFF\uDC00-\uDFFF]/g, "")
      .replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // Relationship ids for external links, in order of first use, one per distinct address.
  function linkTable(prefix) {
    var urls = [];
    return {
      id: function (url) {
        var at = urls.indexOf(url);
        if (at < 0) { urls.push(url); at = urls.length - 1; }
        return prefix + (at + 1);
      },
      xml: function () {
        return urls.map(function (url, i) {
          return "<Relationship Id=\"" + prefix + (i + 1) + "\" Type=\"" + R + "/hyperlink\" Target=\"" + xml(url) + "\" TargetMode=\"External\"/>";
        }).join("");
      },
      count: function () { return urls.length; }
    };
  }

  // ---- Word. A document is a list of blocks, each
  //   { paragraph: [run, …], style: "Title" | "Heading1" | "Caption" (optional) }, or
  //   { table: { caption, header: [cell, …], rows: [[cell, …], …], weights: [n, …] (optional), size: half-points (optional), notes: [text, …] (optional) } }
  // where a cell is a list of paragraphs, a paragraph a list of runs, and a run a string or { text, bold, italic, link }
  // (link: an absolute address, written as a hyperlink relationship). A table of more than three columns sits in a
  // landscape section; a section ends, with a page break, wherever the orientation changes.
  function docx(blocks) {
    var links = linkTable("rLink");

    function run(r, size) {
      if (typeof r === "string") r = { text: r };
      var props = (r.link ? "<w:rStyle w:val=\"Hyperlink\"/>" : "") + (r.bold ? "<w:b/>" : "") + (r.italic ? "<w:i/>" : "")
        + (r.link ? "<w:color w:val=\"0563C1\"/>" : "") + (size ? "<w:sz w:val=\"" + size + "\"/><w:szCs w:val=\"" + size + "\"/>" : "")
        + (r.link ? "<w:u w:val=\"single\"/>" : "");
      var out = "<w:r>" + (props ? "<w:rPr>" + props + "</w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + xml(r.text) + "</w:t></w:r>";
      return r.link ? "<w:hyperlink r:id=\"" + links.id(r.link) + "\">" + out + "</w:hyperlink>" : out;
    }
    function para(runs, style, size) {
      return "<w:p>" + (style ? "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>" : "")
        + runs.map(function (r) { return run(r, size); }).join("") + "</w:p>";
    }
    function cell(paragraphs, width, header, size) {
      // A cell must hold at least one paragraph.
      if (paragraphs.length === 0) paragraphs = [[]];
      return "<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/>" + (header ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"E7E6E6\"/>" : "") + "</w:tcPr>"
        + paragraphs.map(function (p) { return para(p, null, size); }).join("") + "</w:tc>";
    }
    function landscapeFor(t) { return t.header.length > 3; }
    function section(landscape) {
      return landscape
        ? "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>"
        : "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\" w:bottom=\"1440\" w:left=\"1440\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/></w:sectPr>";
    }
    function table(t) {
      var columns = t.header.length;
      var usable = landscapeFor(t) ? 13958 : 9026;
      var weights = t.weights && t.weights.length === columns ? t.weights : t.header.map(function () { return 1; });
      var total = weights.reduce(function (a, b) { return a + b; }, 0);
      var widths = weights.map(function (w) { return Math.floor(usable * w / total); });
      var out = "<w:tbl><w:tblPr><w:tblW w:w=\"" + widths.reduce(function (a, b) { return a + b; }, 0) + "\" w:type=\"dxa\"/><w:tblBorders>"
        + ["top", "left", "bottom", "right", "insideH", "insideV"].map(function (side) { return "<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>"; }).join("")
        + "</w:tblBorders><w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>"
        + widths.map(function (w) { return "<w:gridCol w:w=\"" + w + "\"/>"; }).join("") + "</w:tblGrid>";
      // The header row repeats at the top of every page the table runs onto.
      out += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>"
        + t.header.map(function (c, i) { return cell(c, widths[i], true, t.size); }).join("") + "</w:tr>";
      t.rows.forEach(function (row) {
        out += "<w:tr>" + row.map(function (c, i) { return cell(c, widths[i], false, t.size); }).join("") + "</w:tr>";
      });
      return out + "</w:tbl>";
    }

    var body = [];
    var orientation = null;
    blocks.forEach(function (b) {
      if (b.table) {
        var landscape = landscapeFor(b.table);
        // The paragraph that carries a section's properties ends it; the last section's sit at the end of the body.
        if (orientation !== null && orientation !== landscape) body.push("<w:p><w:pPr>" + section(orientation) + "</w:pPr></w:p>");
        orientation = landscape;
        if (b.table.caption) body.push(para([b.table.caption], "Caption"));
        body.push(table(b.table));
        (b.table.notes || []).forEach(function (n) { body.push(para([{ text: n, italic: true }])); });
      } else {
        body.push(para(b.paragraph, b.style));
      }
    });

    var document_ = HEAD + "<w:document xmlns:w=\"" + W + "\" xmlns:r=\"" + R + "\"><w:body>" + body.join("") + section(orientation === true) + "</w:body></w:document>";
    var styles = HEAD + "<w:styles xmlns:w=\"" + W + "\">"
      + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/><w:sz w:val=\"20\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"80\"/></w:pPr></w:pPrDefault></w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:spacing w:after=\"200\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"32\"/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"240\"/><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"26\"/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Caption\"><w:name w:val=\"caption\"/><w:basedOn w:val=\"Normal\"/><w:pPr><w:keepNext/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
      + "<w:style w:type=\"character\" w:styleId=\"Hyperlink\"><w:name w:val=\"Hyperlink\"/><w:rPr><w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/></w:rPr></w:style>"
      + "</w:styles>";
    var docRels = HEAD + "<Relationships xmlns=\"" + PR + "\">"
      + "<Relationship Id=\"rStyles\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/>" + links.xml() + "</Relationships>";
    return [
      { name: "[Content_Types].xml", text: HEAD + "<Types xmlns=\"" + CT + "\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"" + TYPES.docx + ".main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "</Types>" },
      { name: "_rels/.rels", text: HEAD + "<Relationships xmlns=\"" + PR + "\"><Relationship Id=\"rDoc\" Type=\"" + R + "/officeDocument\" Target=\"word/document.xml\"/></Relationships>" },
      { name: "word/document.xml", text: document_ },
      { name: "word/styles.xml", text: styles },
      { name: "word/_rels/document.xml.rels", text: docRels }
    ];
  }

  // ---- Excel. A workbook is a list of sheets, each { name, caption, header: [text, …], rows: [[cell, …], …], landscape },
  // where a cell is a string or { text, link, tip } (link: an absolute address). Row 1 holds the caption and row 2 the
  // header; the header row and the first column stay in view (the pane frozen at B3), and row 2 carries a filter over
  // the table, with the _xlnm._FilterDatabase name Excel itself writes for one. Cells are inline strings, never
  // formulas, so a clause that starts with "=" stays text.
  function columnName(index) {
    var name = "";
    for (var n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + (n - 1) % 26) + name;
    return name;
  }

  // Unique, at most 31 characters, none of the characters Excel forbids, and no apostrophe at either end.
  function sheetNames(wanted) {
    var used = {};
    return wanted.map(function (w) {
      var name = String(w).replace(/[\x00-\x1F\\\/?*\[\]:]/g, "").replace(/^'+|'+$/g, "").trim().slice(0, 31).trim() || "Sheet";
      var candidate = name;
      for (var i = 2; used[candidate.toLowerCase()]; i++) {
        var suffix = " " + i;
        candidate = name.slice(0, 31 - suffix.length).trim() + suffix;
      }
      used[candidate.toLowerCase()] = true;
      return candidate;
    });
  }

  function cellText(text) {
    text = String(text);
    var note = " … (shortened: an Excel cell holds at most 32,767 characters)";
    return text.length > CELL_LIMIT ? text.slice(0, CELL_LIMIT - note.length) + note : text;
  }

  function width(text) {
    var longest = String(text).split("\n").reduce(function (n, l) { return Math.max(n, l.length); }, 0);
    return Math.round(Math.min(60, Math.max(10, longest * 1.1 + 2)) * 10) / 10;
  }

  var STYLE = { normal: 0, caption: 1, header: 2, body: 3, linked: 4, rowHeader: 5 };

  function worksheet(sheet) {
    var links = linkTable("rLink");
    var hyperlinks = [];
    var columns = Math.max(1, sheet.header.length);
    var lastRow = 2 + Math.max(1, sheet.rows.length);
    var filter = "A2:" + columnName(columns - 1) + lastRow;
    var widths = sheet.header.map(width);
    function c(ref, text, style) {
      return "<c r=\"" + ref + "\" t=\"inlineStr\" s=\"" + style + "\"><is><t xml:space=\"preserve\">" + xml(cellText(text)) + "</t></is></c>";
    }
    var rows = ["<row r=\"1\">" + c("A1", sheet.caption, STYLE.caption) + "</row>",
      "<row r=\"2\">" + sheet.header.map(function (h, i) { return c(columnName(i) + "2", h, STYLE.header); }).join("") + "</row>"];
    sheet.rows.forEach(function (row, r) {
      var n = r + 3;
      rows.push("<row r=\"" + n + "\">" + row.map(function (value, i) {
        if (typeof value === "string") value = { text: value };
        var ref = columnName(i) + n;
        widths[i] = Math.max(widths[i] || 10, width(value.text));
        if (value.link) hyperlinks.push("<hyperlink ref=\"" + ref + "\" r:id=\"" + links.id(value.link) + "\"" + (value.tip ? " tooltip=\"" + xml(value.tip) + "\"" : "") + "/>");
        return c(ref, value.text, i === 0 ? STYLE.rowHeader : value.link ? STYLE.linked : STYLE.body);
      }).join("") + "</row>");
    });
    var text = HEAD + "<worksheet xmlns=\"" + S + "\" xmlns:r=\"" + R + "\">"
      + "<sheetViews><sheetView workbookViewId=\"0\"><pane xSplit=\"1\" ySplit=\"2\" topLeftCell=\"B3\" activePane=\"bottomRight\" state=\"frozen\"/>"
      + "<selection pane=\"bottomRight\" activeCell=\"B3\" sqref=\"B3\"/></sheetView></sheetViews>"
      + "<sheetFormatPr defaultRowHeight=\"15\"/>"
      + "<cols>" + widths.map(function (w, i) { return "<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + w + "\" customWidth=\"1\"/>"; }).join("") + "</cols>"
      + "<sheetData>" + rows.join("") + "</sheetData>"
      + "<autoFilter ref=\"" + filter + "\"/>"
      + (hyperlinks.length ? "<hyperlinks>" + hyperlinks.join("") + "</hyperlinks>" : "")
      + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.5\" bottom=\"0.5\" header=\"0.3\" footer=\"0.3\"/>"
      + "<pageSetup paperSize=\"9\" orientation=\"" + (sheet.landscape ? "landscape" : "portrait") + "\"/>"
      + "</worksheet>";
    return {
      text: text,
      rels: links.count() ? HEAD + "<Relationships xmlns=\"" + PR + "\">" + links.xml() + "</Relationships>" : null,
      filter: filter
    };
  }

  function xlsx(sheets) {
    var names = sheetNames(sheets.map(function (s) { return s.name; }));
    var parts = [];
    var entries = "";
    var defined = "";
    var overrides = "";
    sheets.forEach(function (sheet, i) {
      var n = i + 1;
      var ws = worksheet(sheet);
      parts.push({ name: "xl/worksheets/sheet" + n + ".xml", text: ws.text });
      if (ws.rels) parts.push({ name: "xl/worksheets/_rels/sheet" + n + ".xml.rels", text: ws.rels });
      entries += "<sheet name=\"" + xml(names[i]) + "\" sheetId=\"" + n + "\" r:id=\"rSheet" + n + "\"/>";
      var absolute = ws.filter.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
      defined += "<definedName name=\"_xlnm._FilterDatabase\" localSheetId=\"" + i + "\" hidden=\"1\">" + xml("'" + names[i].replace(/'/g, "''") + "'!" + absolute) + "</definedName>";
      overrides += "<Override PartName=\"/xl/worksheets/sheet" + n + ".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
    });
    var workbook = HEAD + "<workbook xmlns=\"" + S + "\" xmlns:r=\"" + R + "\"><bookViews><workbookView/></bookViews>"
      + "<sheets>" + entries + "</sheets><definedNames>" + defined + "</definedNames></workbook>";
    var workbookRels = HEAD + "<Relationships xmlns=\"" + PR + "\">"
      + sheets.map(function (s, i) { return "<Relationship Id=\"rSheet" + (i + 1) + "\" Type=\"" + R + "/worksheet\" Target=\"worksheets/sheet" + (i + 1) + ".xml\"/>"; }).join("")
      + "<Relationship Id=\"rStyles\" Type=\"" + R + "/styles\" Target=\"styles.xml\"/></Relationships>";
    var wrapTop = "<alignment vertical=\"top\" wrapText=\"1\"/>";
    var styles = HEAD + "<styleSheet xmlns=\"" + S + "\">"
      + "<fonts count=\"4\">"
      + "<font><sz val=\"10\"/><name val=\"Arial\"/></font>"
      + "<font><b/><sz val=\"12\"/><name val=\"Arial\"/></font>"
      + "<font><b/><sz val=\"10\"/><name val=\"Arial\"/></font>"
      + "<font><u/><sz val=\"10\"/><color rgb=\"FF1D5EA8\"/><name val=\"Arial\"/></font>"
      + "</fonts>"
      + "<fills count=\"3\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill>"
      + "<fill><patternFill patternType=\"solid\"><fgColor rgb=\"FFE7E9EC\"/></patternFill></fill></fills>"
      + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
      + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
      + "<cellXfs count=\"6\">"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
      + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
      + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"2\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyFill=\"1\" applyAlignment=\"1\">" + wrapTop + "</xf>"
      + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyAlignment=\"1\">" + wrapTop + "</xf>"
      + "<xf numFmtId=\"0\" fontId=\"3\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">" + wrapTop + "</xf>"
      + "<xf numFmtId=\"0\" fontId=\"2\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\" applyAlignment=\"1\">" + wrapTop + "</xf>"
      + "</cellXfs>"
      + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
      + "</styleSheet>";
    return [
      { name: "[Content_Types].xml", text: HEAD + "<Types xmlns=\"" + CT + "\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
        + overrides
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
        + "</Types>" },
      { name: "_rels/.rels", text: HEAD + "<Relationships xmlns=\"" + PR + "\"><Relationship Id=\"rDoc\" Type=\"" + R + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>" },
      { name: "xl/workbook.xml", text: workbook },
      { name: "xl/_rels/workbook.xml.rels", text: workbookRels },
      { name: "xl/styles.xml", text: styles }
    ].concat(parts);
  }

  // ---- The zip.
  var crcTable = null;
  function crc32(bytes) {
    if (!crcTable) {
      crcTable = new Uint32Array(256);
      for (var n = 0; n < 256; n++) {
        var c = n;
        for (var k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
        crcTable[n] = c >>> 0;
      }
    }
    var crc = 0xFFFFFFFF;
    for (var i = 0; i < bytes.length; i++) crc = crcTable[(crc ^ bytes[i]) & 0xFF] ^ (crc >>> 8);
    return (crc ^ 0xFFFFFFFF) >>> 0;
  }

  // A zip archive of the parts, every entry stored (method 0) and dated 1980-01-01 (DOS date 0x21), names in UTF-8.
  function zip(parts) {
    var encoder = new TextEncoder();
    var chunks = [];
    var central = [];
    var offset = 0;
    parts.forEach(function (f) {
      var name = encoder.encode(f.name);
      var data = encoder.encode(f.text);
      var crc = crc32(data);
      var local = new DataView(new ArrayBuffer(30));
      local.setUint32(0, 0x04034b50, true);
      local.setUint16(4, 20, true);
      local.setUint16(6, 0x0800, true);
      local.setUint16(8, 0, true);
      local.setUint16(10, 0, true);
      local.setUint16(12, 0x21, true);
      local.setUint32(14, crc, true);
      local.setUint32(18, data.length, true);
      local.setUint32(22, data.length, true);
      local.setUint16(26, name.length, true);
      local.setUint16(28, 0, true);
      chunks.push(new Uint8Array(local.buffer), name, data);
      var entry = new DataView(new ArrayBuffer(46));
      entry.setUint32(0, 0x02014b50, true);
      entry.setUint16(4, 20, true);
      entry.setUint16(6, 20, true);
      entry.setUint16(8, 0x0800, true);
      entry.setUint16(10, 0, true);
      entry.setUint16(12, 0, true);
      entry.setUint16(14, 0x21, true);
      entry.setUint32(16, crc, true);
      entry.setUint32(20, data.length, true);
      entry.setUint32(24, data.length, true);
      entry.setUint16(28, name.length, true);
      entry.setUint32(42, offset, true);
      central.push(new Uint8Array(entry.buffer), name);
      offset += 30 + name.length + data.length;
    });
    var centralSize = central.reduce(function (n, c) { return n + c.length; }, 0);
    var end = new DataView(new ArrayBuffer(22));
    end.setUint32(0, 0x06054b50, true);
    end.setUint16(8, parts.length, true);
    end.setUint16(10, parts.length, true);
    end.setUint32(12, centralSize, true);
    end.setUint32(16, offset, true);
    var all = chunks.concat(central, [new Uint8Array(end.buffer)]);
    var out = new Uint8Array(all.reduce(function (n, c) { return n + c.length; }, 0));
    var at = 0;
    all.forEach(function (c) { out.set(c, at); at += c.length; });
    return out;
  }

  /** Hands the file to the browser as a download named <filename>; kind is "docx" or "xlsx". */
  function save(filename, parts, kind) {
    var blob = new Blob([zip(parts)], { type: TYPES[kind] });
    var a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = filename;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    document.body.removeChild(a);
    setTimeout(function () { URL.revokeObjectURL(a.href); }, 60000);
  }

  window.SiteGenOoxml = { xml: xml, docx: docx, xlsx: xlsx, zip: zip, crc32: crc32, save: save, columnName: columnName };
})();
