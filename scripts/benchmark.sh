#!/usr/bin/env bash
# Prints SiteGen's speed figures; asserts nothing. Usage: bash scripts/benchmark.sh [seed|corpus|pathological|markdown|import|all] [size] [case]
#   seed          the default site built and written like `sitegen build`, 5 warm runs (size: number of runs)
#   corpus        a synthetic corpus of 60,000 clauses in ~200 protocols: normalise, whole in-memory build, atomic write
#   pathological  hostile protocol bodies at n and 2n characters: a time ratio near 2 is linear, near 4 quadratic
#   markdown      hostile report Markdown at n and 2n characters
#   scale         N synthetic authorities (default 10,100,400): builds, output, search in Chromium, serve edits, and
#                 Hugo and Pagefind on the same input (run bench/setup.sh once first); its output is bench/RESULTS.md
#   edits         N synthetic authorities (default 100,400): cold build, in-process rebuild after a one-protocol edit with
#                 the stages that ran again, and edit-to-page latency under serve, with the load average
#   import        `sitegen import` on a folder of 30 PDFs (the seed protocols printed by Chromium): progress, summary, pages per second
#   similarity    the similar-wording search on a synthetic corpus: size clauses (default 60000), case authorities (default 400)
#   lunr          the search index's build time and size for 15,000, 30,000 and 60,000 synthetic clauses
#   site          writes the scale benchmark's synthetic site of N authorities into DIR and stops: site N DIR (to profile a build)
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet run --project bench/SiteGen.Bench -c Release -- "$@"
