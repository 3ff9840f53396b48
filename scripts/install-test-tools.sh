#!/usr/bin/env bash
# Installs the real tools the test suite checks SiteGen's output with, only where missing:
# Debian's chromium (pages and PDFs), fonts-liberation, poppler-utils (reads PDFs back), a Java runtime (Nu Html
# Checker), OCRmyPDF with Tesseract's English data, img2pdf and qpdf (import tests), python3-docx and python3-openpyxl
# (read the Word and Excel exports) and the pinned npm packages in tests/js (lunr.js, axe-core, vnu-jar).
# No browser driver comes from npm: SiteGen and the tests drive Chromium with PuppeteerSharp (a NuGet package).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium  >/dev/null 2>&1 || missing+=(chromium)
command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
command -v java      >/dev/null 2>&1 || missing+=(default-jre-headless)
command -v node      >/dev/null 2>&1 || missing+=(nodejs npm)
# Arial-metric fonts, so printed PDFs lay out as print.css intends (Arial, then Liberation Sans).
fc-list 2>/dev/null | grep -q "Liberation Sans" || missing+=(fonts-liberation)
# sitegen import --ocr reads scanned PDFs through OCRmyPDF and Tesseract; the import tests rasterise a PDF with
# pdftoppm and bind the pages with img2pdf, and encrypt one with qpdf.
command -v ocrmypdf  >/dev/null 2>&1 || missing+=(ocrmypdf)
[ -e /usr/share/tesseract-ocr/5/tessdata/eng.traineddata ] || ls /usr/share/tesseract-ocr/*/tessdata/eng.traineddata >/dev/null 2>&1 || missing+=(tesseract-ocr-eng)
command -v img2pdf   >/dev/null 2>&1 || missing+=(img2pdf)
command -v qpdf      >/dev/null 2>&1 || missing+=(qpdf)
# Independent readers for the .docx and .xlsx exports: the tests run them under Debian's own /usr/bin/python3.
/usr/bin/python3 -c "import docx" >/dev/null 2>&1 || missing+=(python3-docx)
/usr/bin/python3 -c "import openpyxl" >/dev/null 2>&1 || missing+=(python3-openpyxl)

if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm ci runs again only when the lock file changed since the last install.
stamp=tests/js/node_modules/.sitegen-lock.sha256
lock_hash=$(sha256sum tests/js/package-lock.json | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$lock_hash" ]; then
  (cd tests/js && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_hash" > "$stamp"
fi
