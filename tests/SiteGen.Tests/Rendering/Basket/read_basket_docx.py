"""Reads the appendix .docx that the basket page downloads with python-docx (Debian's python3-docx), an independent
reader that shares no code with the writer, and prints as JSON: the first table's rows (each cell's text and its
hyperlink targets) and every paragraph of the body outside tables (text and hyperlink targets)."""
import json
import sys

import docx
from docx.oxml.ns import qn


def text_of(element):
    # Paragraph.text of older python-docx skips runs inside w:hyperlink, so every w:t is read here.
    return "".join(t.text or "" for t in element.iter(qn("w:t")))


def links_of(element, rels):
    return [rels[h.get(qn("r:id"))].target_ref for h in element.iter(qn("w:hyperlink"))]


def main(path):
    document = docx.Document(path)
    rels = document.part.rels
    tables = []
    for table in document.tables:
        rows = []
        for row in table.rows:
            rows.append([{"text": "\n".join(text_of(p._p) for p in cell.paragraphs), "links": links_of(cell._tc, rels)} for cell in row.cells])
        tables.append(rows)
    paragraphs = [{"text": text_of(p), "links": links_of(p, rels)} for p in document.element.body.iterchildren(qn("w:p"))]
    print(json.dumps({"tables": tables, "paragraphs": paragraphs}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
