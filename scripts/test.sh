#!/usr/bin/env bash
# The README's test command: installs what a fresh machine lacks, then runs the whole xunit suite (real chromium,
# lunr.js, vnu and axe-core tests included) in three passes by the tests' Kind trait, so that the fast ones fail
# fast: Pure (in memory, seconds), then Disk (temporary sites, the real program as a child process), then RealTool
# (Chromium, Node.js, Java). Every pass runs even if an earlier one failed, and the last line counts the whole run:
# "N passed, N failed". Arguments (e.g. --filter …) are passed to one single pass instead.
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
if ! dotnet build SiteGen.slnx -c Release; then
  echo "0 passed, 0 failed"
  echo "The build failed (see above): no test ran."
  exit 1
fi

status=0
passes=("Kind=Pure" "Kind=Disk" "Kind=RealTool")
[ "$#" -gt 0 ] && passes=("")
for filter in "${passes[@]}"; do
  name=${filter#Kind=}; name=${name:-selected}
  args=(--no-build -c Release --blame-hang-timeout 10m --logger "trx;LogFileName=$name.trx" --results-directory "$results/$name")
  [ -n "$filter" ] && args+=(--filter "$filter")
  # A test that hangs is stopped after 10 minutes and named, instead of using up the CI job.
  dotnet test SiteGen.slnx "${args[@]}" "$@" || status=1
  trx=$(find "$results/$name" -name '*.trx' 2>/dev/null | head -n 1)
  if [ -n "$trx" ]; then
    c=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
    echo "$name tests: $(echo "$c" | grep -o ' passed="[0-9]*"' | grep -o '[0-9]*') passed, $(echo "$c" | grep -o ' failed="[0-9]*"' | grep -o '[0-9]*') failed"
  else
    echo "$name tests: no results were written (the test host failed; see above)."
    status=1
  fi
done

count() { # sums one counter over every pass's results
  local sum=0 n
  for trx in $(find "$results" -name '*.trx' 2>/dev/null); do
    n=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1 | grep -o " $1=\"[0-9]*\"" | grep -o '[0-9]*')
    sum=$(( sum + ${n:-0} ))
  done
  echo "$sum"
}
passed=$(count passed); failed=$(count failed); total=$(count total)
skipped=$(( total - passed - failed ))
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
if [ "$total" -eq 0 ]; then echo "No test ran."; exit 1; fi
exit $status
