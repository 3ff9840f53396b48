"""Reads a .docx and an .xlsx with python-docx and openpyxl (Debian's python3-docx, python3-openpyxl) and prints
what they hold as JSON: every table's caption, cells (text and hyperlink targets), repeated header row and page
orientation; every sheet's cells, hyperlinks, frozen pane, filter and column widths. An independent reader of
SiteGen's exports: it shares no code with the writer."""
import json
import sys

import docx
import openpyxl
from docx.oxml.ns import qn


def paragraph_text(p):
    parts = []
    for el in p.iter(qn("w:t"), qn("w:br")):
        parts.append("\n" if el.tag == qn("w:br") else (el.text or ""))
    return "".join(parts)


def read_docx(path):
    document = docx.Document(path)
    rels = document.part.rels
    body = document.element.body
    tables, pending, caption = [], [], ""
    for child in body.iterchildren():
        if child.tag == qn("w:p"):
            style = child.find(qn("w:pPr") + "/" + qn("w:pStyle"))
            if style is not None and style.get(qn("w:val")) == "Caption":
                caption = paragraph_text(child)
            sect = child.find(qn("w:pPr") + "/" + qn("w:sectPr"))
            if sect is not None:
                for t in pending:
                    t["landscape"] = orientation(sect)
                pending = []
        elif child.tag == qn("w:tbl"):
            rows = []
            for tr in child.iterchildren(qn("w:tr")):
                cells = []
                for tc in tr.iterchildren(qn("w:tc")):
                    text = "\n".join(paragraph_text(p) for p in tc.iterchildren(qn("w:p")))
                    links = [rels[h.get(qn("r:id"))].target_ref for h in tc.iter(qn("w:hyperlink"))]
                    cells.append({"text": text, "links": links})
                rows.append(cells)
            first = child.find(qn("w:tr"))
            repeats = first is not None and first.find(qn("w:trPr") + "/" + qn("w:tblHeader")) is not None
            table = {"caption": caption, "header_repeats": repeats, "rows": rows, "landscape": None}
            tables.append(table)
            pending.append(table)
        elif child.tag == qn("w:sectPr"):
            for t in pending:
                t["landscape"] = orientation(child)
            pending = []
    return tables


def orientation(sect):
    size = sect.find(qn("w:pgSz"))
    return size is not None and size.get(qn("w:orient")) == "landscape" and int(size.get(qn("w:w"))) > int(size.get(qn("w:h")))


def read_xlsx(path):
    workbook = openpyxl.load_workbook(path)
    sheets = []
    for ws in workbook.worksheets:
        rows = []
        for row in ws.iter_rows():
            rows.append([{"text": "" if c.value is None else str(c.value),
                          "link": c.hyperlink.target if c.hyperlink is not None else None} for c in row])
        widths = {k: v.width for k, v in ws.column_dimensions.items()}
        sheets.append({"name": ws.title, "freeze": ws.freeze_panes, "filter": ws.auto_filter.ref, "rows": rows, "widths": widths})
    return sheets


if __name__ == "__main__":
    print(json.dumps({"docx": read_docx(sys.argv[1]), "xlsx": read_xlsx(sys.argv[2])}, ensure_ascii=False))
