#!/usr/bin/env bash
# The benchmark: istaglint against the floor (a C program that only pulls libyaml events) and
# against yamllint and check-jsonschema, on the same files, in one run. Writes bench/RESULTS.md.
#
#   bash bench/run.sh            # needs hyperfine, python3, cc, libyaml-dev and Swift;
#                                # a few minutes (yamllint takes most)
#
# istaglint is the binary `swift build -c release` makes, the one users get (Package.swift
# links it fully static on Linux).
#
# Medians of seven rounds (400 for the small file); the targets' commands run in turn with the
# floor's (bench/alternate.c), so that a machine whose speed drifts gives both the same drift;
# ratios are to the floor's single-core time. Peak memory is the maximum resident set size
# reported by /usr/bin/time -v (GNU time) or getrusage.
set -euo pipefail
bench="$(cd "$(dirname "$0")" && pwd)"
checkout="$(cd "$bench/.." && pwd)"
shared="$checkout/../shared"
work="${ISTAGLINT_BENCH_DIR:-$(mktemp -d)}"
runs="${ISTAGLINT_BENCH_RUNS:-7}"
mkdir -p "$work"

command -v hyperfine >/dev/null || { apt-get update -qq && apt-get install -y -qq hyperfine >/dev/null; }
echo "building istaglint (swift build -c release) and the floor"
swift build -c release --package-path "$checkout" --product istaglint >/dev/null
istaglint="$(swift build -c release --package-path "$checkout" --show-bin-path)/istaglint"
cc -O2 -o "$work/floor" "$bench/floor.c" -lyaml
floor="$work/floor"
cc -O2 -o "$work/alternate" "$bench/alternate.c"

if [ ! -x "$work/venv/bin/yamllint" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install --quiet yamllint==1.35.1 check-jsonschema==0.29.4
fi
yamllint="$work/venv/bin/yamllint"
checkjsonschema="$work/venv/bin/check-jsonschema"

echo "generating the corpora"
[ -d "$work/exports" ] || python3 "$bench/generate.py" "$work/exports" --exports 10000 --handwritten 200 --broken 20 --files 2000 --seed 1
[ -d "$work/exports10x" ] || python3 "$bench/generate.py" "$work/exports10x" --exports 100000 --handwritten 2000 --broken 200 --files 20000 --seed 2
[ -d "$work/single" ] || python3 "$bench/generate.py" "$work/single" --exports 1000 --handwritten 0 --broken 0 --files 1000 --seed 3
mkdir -p "$work/small"
python3 "$bench/generate.py" "$work/small-gen" --exports 0 --handwritten 1 --files 1 --seed 4
cp "$work/small-gen/istag-00000.yaml" "$work/small/istag.yaml"
small="$work/small/istag.yaml"

median() { python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(' '.join('%.6f' % r['median'] for r in d['results']))" "$1"; }
# Peak resident memory in KB; istaglint exits 1 when it finds something, which is fine here.
peak_kb() { /usr/bin/time -f '%M' -o "$work/peak" "$@" >/dev/null 2>&1 || true; tail -n 1 "$work/peak"; }

echo "timing: 10 000 exports in 2 000 files"
# The floor gets every file on its command line, through xargs (one process for 2 000 files).
ls "$work"/exports/*.yaml > "$work/exports.list"
# In turn, as for the small file, so that the three see the same machine.
read -r floor_exports all_exports one_exports < <("$work/alternate" "$runs" \
    "$(command -v xargs) -a $work/exports.list $floor" \
    "$istaglint --quiet --jobs $(nproc) $work/exports" \
    "$istaglint --quiet --jobs 1 $work/exports")

echo "timing: yamllint (two runs: it is slow)"
hyperfine --shell=bash --runs 2 --ignore-failure --export-json "$work/yamllint.json" \
    "$yamllint -d relaxed $work/exports" >/dev/null
read -r yamllint_exports < <(median "$work/yamllint.json")

echo "timing: single-document files (for check-jsonschema)"
ls "$work"/single/*.yaml > "$work/single.list"
schema="$shared/schemas/openshift-4.17/v4.17-standalone-strict/imagestreamtag-image-v1.json"
hyperfine --shell=bash --warmup 1 --runs "$runs" --ignore-failure --export-json "$work/single.json" \
    "xargs -a $work/single.list $floor" \
    "$istaglint --quiet --jobs $(nproc) $work/single" >/dev/null
read -r floor_single istaglint_single < <(median "$work/single.json")
hyperfine --shell=bash --runs 2 --ignore-failure --export-json "$work/checkjsonschema.json" \
    "xargs -a $work/single.list $checkjsonschema --schemafile $schema" >/dev/null
read -r checkjsonschema_single < <(median "$work/checkjsonschema.json")

echo "timing: one small file (400 rounds, the two in turn: see bench/alternate.c)"
read -r floor_small istaglint_small < <("$work/alternate" 400 "$floor $small" "$istaglint --quiet $small")

echo "timing: the language server's diagnostics after a change"
python3 "$bench/lsp_latency.py" "$istaglint" 100 > "$work/lsp.md"

echo "memory"
floor_small_kb=$(peak_kb "$floor" "$small")
istaglint_small_kb=$(peak_kb "$istaglint" --quiet "$small")
istaglint_exports_kb=$(peak_kb "$istaglint" --quiet --jobs "$(nproc)" "$work/exports")
istaglint_exports10x_kb=$(peak_kb "$istaglint" --quiet --jobs "$(nproc)" "$work/exports10x")
# The same two runs without the rules that compare files (IST212, IST215), whose index of the run's tags is
# the one thing a run keeps per object: what is left must not grow with the files.
streaming_exports_kb=$(peak_kb "$istaglint" --quiet --ignore IST212,IST215 --jobs "$(nproc)" "$work/exports")
streaming_exports10x_kb=$(peak_kb "$istaglint" --quiet --ignore IST212,IST215 --jobs "$(nproc)" "$work/exports10x")
floor_exports_kb=$(peak_kb xargs -a "$work/exports.list" "$floor")

python3 - "$bench/RESULTS.md" <<PY
import platform, subprocess, sys
def ratio(a, b): return float(a) / float(b)
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
mem = next((l.split(":", 1)[1].strip() for l in open("/proc/meminfo") if l.startswith("MemTotal")), "?")
cores = subprocess.run(["nproc"], capture_output=True, text=True).stdout.strip()
swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
rows = [
    ("10 000 exports in 2 000 files, all cores", "$all_exports", "$floor_exports", 1.0),
    ("10 000 exports in 2 000 files, --jobs 1", "$one_exports", "$floor_exports", 1.6),
    ("one small file (pre-commit)", "$istaglint_small", "$floor_small", 2.0),
]
out = []
out.append("# Benchmark results\n")
out.append("Produced by \`bash bench/run.sh\` (it writes this file). Medians of $runs rounds (yamllint and")
out.append("check-jsonschema: 2 runs; the one small file: 400 rounds); the targets' commands run in turn")
out.append("with the floor's by \`bench/alternate.c\`, on the same files; ratios are to the floor, a C program")
out.append("that only pulls libyaml events (\`bench/floor.c\`), on one core.\n")
out.append(f"Machine: {cpu}, {cores} cores, {mem} memory; {platform.platform()}; {swift}.")
out.append("istaglint is the binary \`swift build -c release\` makes, the one users get: fully static (Package.swift links it so on Linux: no dynamic loading at start-up), with libyaml's hot code first, at a fixed address, then the code and data a run on one small file touches (\`bench/startup.order\`, written by \`bench/startup_order.py\`).\n")
out.append("## Targets\n")
out.append("| case | istaglint | floor | ratio | target | met |")
out.append("|---|---|---|---|---|---|")
for name, mine, base, target in rows:
    r = ratio(mine, base)
    out.append(f"| {name} | {float(mine)*1000:.1f} ms | {float(base)*1000:.1f} ms | {r:.2f} | at most {target} | {'yes' if r <= target else 'NO'} |")
small_delta = (int("$istaglint_small_kb") - int("$floor_small_kb")) / 1024
growth = (int("$istaglint_exports10x_kb") - int("$istaglint_exports_kb")) / int("$istaglint_exports_kb") * 100
streaming_growth = (int("$streaming_exports10x_kb") - int("$streaming_exports_kb")) / int("$streaming_exports_kb") * 100
# The 10x corpus has 100 000 exports, each one tag definition; its index against none.
per_definition = (int("$istaglint_exports10x_kb") - int("$streaming_exports10x_kb")) * 1024 / 100000
out.append(f"| one small file: peak memory above the floor | {int('$istaglint_small_kb')/1024:.1f} MB | {int('$floor_small_kb')/1024:.1f} MB | {small_delta:+.1f} MB | at most +10 MB | {'yes' if small_delta <= 10 else 'NO'} |")
out.append(f"| ten times the files, without the run's tag index (\`--ignore IST212,IST215\`): peak memory growth | {int('$streaming_exports10x_kb')/1024:.1f} MB | {int('$streaming_exports_kb')/1024:.1f} MB | {streaming_growth:+.1f} % | under 10 % | {'yes' if streaming_growth < 10 else 'NO'} |")
out.append(f"\nWith the rules that compare files (IST212 and IST215, on by default) the run keeps an index of every tag it has seen, which no streaming can avoid: ten times the files take {int('$istaglint_exports10x_kb')/1024:.1f} MB against {int('$istaglint_exports_kb')/1024:.1f} MB ({growth:+.0f} %), about {per_definition:.0f} bytes per tag definition (the 100 000 exports).")
out.append("\n## Peers, on the same files\n")
out.append("| tool | case | median | ratio to the floor |")
out.append("|---|---|---|---|")
out.append(f"| yamllint 1.35.1 (\`-d relaxed\`) | 10 000 exports in 2 000 files | {float('$yamllint_exports'):.2f} s | {ratio('$yamllint_exports', '$floor_exports'):.0f} |")
out.append(f"| istaglint, all cores | 1 000 single-document files | {float('$istaglint_single')*1000:.1f} ms | {ratio('$istaglint_single', '$floor_single'):.2f} |")
out.append(f"| check-jsonschema 0.29.4 (OpenShift 4.17 strict schema) | 1 000 single-document files | {float('$checkjsonschema_single'):.2f} s | {ratio('$checkjsonschema_single', '$floor_single'):.0f} |")
out.append(f"\nFloor on the 1 000 single-document files: {float('$floor_single')*1000:.1f} ms; floor peak memory on the exports: {int('$floor_exports_kb')/1024:.1f} MB.")
out.append("\n## Language server: diagnostics after a change\n")
out.append("The time from writing a \`textDocument/didChange\` to reading the \`publishDiagnostics\` of that version (\`bench/lsp_latency.py\`: 100 changes each, 50 ms apart; the target: a 3 000-line document within 50 ms).\n")
out.append(open("$work/lsp.md").read().rstrip())
out.append("")
out.append(open("$bench/profile-notes.md").read())
open(sys.argv[1], "w").write("\n".join(out) + "\n")
PY
echo "wrote $bench/RESULTS.md"
