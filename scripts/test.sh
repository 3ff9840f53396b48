#!/usr/bin/env bash
# The README's test command: installs what a fresh machine lacks, runs the whole xunit suite
# (real chromium, lunr.js, vnu and axe-core tests included), and ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-test-tools.sh || { echo "Could not install the test tools (see above)."; exit 1; }

# Style first, so a formatting slip fails in seconds, not after the suite. .editorconfig holds the rules.
if ! dotnet format SiteGen.slnx --verify-no-changes --verbosity quiet; then
  echo "Code style: the files named above do not follow .editorconfig. Run 'dotnet format SiteGen.slnx' and commit the result."
  echo "0 passed, 0 failed"
  exit 1
fi

results="TestResults"
rm -rf "$results"
# A test that hangs is stopped after 10 minutes and named, instead of using up the CI job.
dotnet test SiteGen.slnx -c Release --blame-hang-timeout 10m --logger "trx;LogFileName=results.trx" --results-directory "$results" "$@"
status=$?

trx=$(find "$results" -name '*.trx' 2>/dev/null | head -n 1)
if [ -z "$trx" ]; then
  echo "0 passed, 0 failed"
  echo "No test results were written: the build or the test host failed (see above)."
  exit 1
fi
counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
count() { echo "$counters" | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*'; }
passed=$(count passed); failed=$(count failed); total=$(count total)
skipped=$(( total - passed - failed ))
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
if [ "$total" -eq 0 ]; then echo "No test ran."; exit 1; fi
exit $status
