#!/usr/bin/env python3
"""Writes bench/startup.order, the symbol ordering file of the release build (Package.swift
passes it to ld.lld as --symbol-ordering-file).

    swift build -c release --product istaglint
    python3 bench/startup_order.py "$(swift build -c release --show-bin-path)/istaglint"
    swift build -c release --product istaglint   # after removing the binary, to relink

It lists, in this order:
1. libyaml's and malloc's hottest functions (written here by hand). A static link places
   their code after ours, so every change to our code moved them, and the scanner's hot loops
   ran up to 4 % slower or faster with that luck of the draw (same instructions, different
   addresses). Named first, the object files holding them come first in .text, at a fixed
   address whatever our code's size.
2. Every symbol, code or data, that a run on one small file touches, in the order it first
   touches it (valgrind's lackey tool prints every address; nm names them). A pre-commit
   run is mostly start-up, and its time was mostly page faults on code and data spread over a
   33 MB binary: clustered, the run touches about 150 pages instead of 210
   (bench/profile-notes.md).

Symbols that later changes rename or remove are ignored by the linker (no warning), so a
stale file only clusters less; run this again after changing what start-up runs. Needs
valgrind and nm; about 15 seconds."""
import bisect
import os
import subprocess
import sys
import tempfile

HOT_LIBRARY_FUNCTIONS = [
    "yaml_parser_scan_plain_scalar.constprop.0",
    "yaml_parser_update_buffer",
    "yaml_parser_parse",
    "yaml_event_delete",
    "_int_malloc",
]

HEADER = """\
# Symbol ordering file for ld.lld (--symbol-ordering-file), used by the release build of the
# command line (Package.swift). Written by bench/startup_order.py, which says what it lists
# and why: libyaml's hot functions first, then what a run on one small file touches.
"""


def symbols_of(binary):
    """Every sized code or data symbol of the binary, as (start, end, name), by address."""
    listing = subprocess.run(["nm", "-n", "-S", binary], capture_output=True, text=True, check=True).stdout
    symbols = []
    for line in listing.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2].lower() in "tdbrv":
            start, size = int(parts[0], 16), int(parts[1], 16)
            if size:
                symbols.append((start, start + size, parts[3]))
    return symbols


def touched(binary, sample):
    """The symbols a run of `binary --quiet sample` touches, in the order it first touches them."""
    symbols = symbols_of(binary)
    starts = [symbol[0] for symbol in symbols]
    with tempfile.TemporaryDirectory() as work:
        log = os.path.join(work, "lackey")
        subprocess.run(["valgrind", "--tool=lackey", "--trace-mem=yes", "--log-file=" + log, binary, "--quiet", sample],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        seen, order, last_line = set(), [], None
        with open(log) as trace:
            for line in trace:
                fields = line.split()
                if line.startswith("==") or len(fields) < 2:
                    continue
                address = int(fields[1].split(",")[0], 16)
                if address >> 6 == last_line:  # the same cache line names the same symbol
                    continue
                last_line = address >> 6
                index = bisect.bisect_right(starts, address) - 1
                if index >= 0 and address < symbols[index][1] and symbols[index][2] not in seen:
                    seen.add(symbols[index][2])
                    order.append(symbols[index][2])
    return order


def main():
    if len(sys.argv) != 2:
        sys.exit("usage: startup_order.py BINARY")
    bench = os.path.dirname(os.path.abspath(__file__))
    with tempfile.TemporaryDirectory() as work:
        # The one-small-file case of bench/run.sh.
        subprocess.run([sys.executable, os.path.join(bench, "generate.py"), work + "/small",
                        "--exports", "0", "--handwritten", "1", "--files", "1", "--seed", "4"],
                       stdout=subprocess.DEVNULL, check=True)
        order = touched(sys.argv[1], work + "/small/istag-00000.yaml")
    if len(order) < 100:
        sys.exit("startup_order.py: the traced run touched %d symbols; is valgrind working?" % len(order))
    listed = HOT_LIBRARY_FUNCTIONS + [name for name in order if name not in HOT_LIBRARY_FUNCTIONS]
    with open(os.path.join(bench, "startup.order"), "w") as output:
        output.write(HEADER + "\n".join(listed) + "\n")
    print("bench/startup.order: %d symbols" % len(listed))


if __name__ == "__main__":
    main()
