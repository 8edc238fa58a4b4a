#!/usr/bin/env bash
# Fuzzes the whole pipeline (bytes -> tree -> rules -> every reporter) with libFuzzer and the
# address sanitizer, seeded from Fixtures/ and examples/.
#
#   bash fuzz/run.sh [SECONDS]        # default 60; the record in fuzz/RESULTS.md ran 1800
#   bash fuzz/run.sh SECONDS fix      # the fixing mode: each input is fixed (unsafe fixes too),
#                                     # and a second fix that changes it, a fixed text that
#                                     # does not parse, or a new finding stops the run
#
# (LeakSanitizer is off: it reports the lazily built static tables that live until exit.)
# A crash, a hang over 10 s, or a sanitizer report stops the run and leaves the input
# in fuzz/artifacts/; turn it into a fixture. Exits non-zero when the fuzzer found something.
set -euo pipefail
checkout="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-60}"
if [ "${2:-}" = fix ]; then export ISTAGLINT_FUZZ_MODE=fix; fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --package-path "$checkout" --scratch-path "$checkout/.build-fuzz" --product istaglint-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING >/dev/null
fuzzer="$checkout/.build-fuzz/release/istaglint-fuzz"
mkdir -p "$work/corpus" "$checkout/fuzz/artifacts"
find "$checkout/Fixtures" "$checkout/examples" -type f \( -name '*.yaml' -o -name '*.yml' -o -name '*.json' \) \
    -not -name '*.expected.json' -size -200k -exec cp {} "$work/corpus/" \;
status=0
# Exit-time leak checking reports the lazily built static tables (schema, rule catalogue) that
# live until the process ends; they are not leaks, so LeakSanitizer is off at exit too.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
"$fuzzer" "$work/corpus" -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=4096 -detect_leaks=0 \
    -artifact_prefix="$checkout/fuzz/artifacts/" -print_final_stats=1 > "$work/log" 2>&1 || status=$?
grep -E '^#[0-9]+.*(INITED|DONE)|ERROR|SUMMARY|stat::number_of_executed_units|stat::peak_rss_mb|stat::slowest_unit' "$work/log" || true
if [ -n "${FUZZ_LOG:-}" ]; then cp "$work/log" "$FUZZ_LOG"; fi
exit "$status"
