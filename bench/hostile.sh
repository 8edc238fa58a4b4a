#!/usr/bin/env bash
# The hostile suite, measured: inputs that once took quadratic time or gigabytes (issue 13),
# each run once through the release build with its wall time and peak memory. Writes
# bench/HOSTILE.md. Not a test: tests never time anything.
#
#   bash bench/hostile.sh            # a few minutes; needs python3 and GNU time
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
checkout="$(cd "$bench/.." && pwd)"
work="${ISTAGLINT_HOSTILE_DIR:-$(mktemp -d)}"
limit="${ISTAGLINT_HOSTILE_TIMEOUT:-300}"
mkdir -p "$work"

echo "building istaglint (release)"
swift build -c release --package-path "$checkout" --product istaglint >/dev/null
istaglint="$(swift build -c release --package-path "$checkout" --show-bin-path)/istaglint"
echo "generating the inputs"
python3 "$bench/hostile.py" "$work"

rows=()
# measure NAME BEFORE COMMAND...: wall seconds and peak MB of one run (stdout discarded).
measure() {
    local name="$1" before="$2"
    shift 2
    local status=0
    /usr/bin/time -f '%e %M' -o "$work/time" timeout "$limit" "$@" >/dev/null 2>"$work/stderr" || status=$?
    read -r seconds kb < <(tail -n 1 "$work/time")
    local outcome="$seconds s, $((kb / 1024)) MB"
    if [ "$status" -eq 124 ]; then outcome="over ${limit} s (stopped)"; fi
    rows+=("| $name | $before | $outcome |")
    echo "$name: $outcome"
}

f="$work"
measure "100 000 disable-next-line directives" "101 s" "$istaglint" --quiet "$f/directives-100k.yaml"
measure "a mapping of 100 000 keys" "149 s" "$istaglint" --quiet "$f/keys-100k.yaml"
measure "a mapping of 1 000 000 keys" "killed after 300 s" "$istaglint" --quiet "$f/keys-1m.yaml"
measure "a List of one bad object aliased 9 000 times" "each finding 9 000 times" "$istaglint" --format json "$f/aliases-9k.yaml"
# Issue 13 measured text, JSON and SARIF; GitHub was measured on the code just before item 8's
# fix; GitLab and JUnit were not measured before. The target is under 500 MB in every format.
for format in text json sarif github gitlab junit; do
    measure "1 000 000 findings ($(du -m "$f/findings-1m.yaml" | cut -f1) MB file), $format" \
        "$(case $format in text) echo '1.0 GB';; json) echo '3.1 GB';; sarif) echo '5.9 GB';; github) echo '1.6 GB';; *) echo 'not measured';; esac)" \
        "$istaglint" --format "$format" --max-findings-per-file 2000000 "$f/findings-1m.yaml"
done
measure "a flat folder of 100 000 files" "4.5 s" "$istaglint" --quiet "$f/flat-100k"
measure "1 000 exclude patterns over 100 000 files" "167 s" bash -c "cd '$f/excluded-1k' && '$istaglint' --quiet ."
measure "an endless standard input" "until memory ran out" bash -c "yes aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | '$istaglint' -"

{
    echo "# The hostile suite"
    echo
    echo "Produced by \`bash bench/hostile.sh\` (it writes this file): each input once, through the"
    echo "release build, wall time and peak resident memory. \"Before\" is what issue 13 measured on the"
    echo "code before its fixes. Not tests: the tests only check that each case ends with the right"
    echo "findings within a generous limit."
    echo
    echo "Machine: $(nproc) cores; $(swift --version 2>/dev/null | head -n 1)."
    echo
    echo "| case | before | now |"
    echo "|---|---|---|"
    printf '%s\n' "${rows[@]}"
} > "$bench/HOSTILE.md"
echo "wrote $bench/HOSTILE.md"
