#!/usr/bin/env python3
"""Writes the hostile inputs of bench/hostile.sh into a folder: each one broke a promise of the
README (linear time, bounded memory) before it was fixed.

    python3 bench/hostile.py DIR
"""
import os
import sys

HEAD = "apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: app:v1\n"
TAG = "tag:\n  from: {kind: DockerImage, name: quay.io/example/app:1.0}\n"


def write(path, text):
    with open(path, "w", encoding="utf-8") as out:
        out.write(text)


def directives(count):
    """An annotation under each of `count` disable-next-line directives."""
    lines = [HEAD.rstrip("\n"), "  annotations:"]
    for index in range(count):
        lines.append("    # istaglint: disable-next-line IST111")
        lines.append(f"    k{index}: v")
    return "\n".join(lines) + "\n" + TAG


def distinct_keys(count):
    """One mapping with `count` different keys (the duplicate-key check compares them)."""
    lines = [HEAD.rstrip("\n"), "  annotations:"]
    lines += [f"    key{index}: v" for index in range(count)]
    return "\n".join(lines) + "\n" + TAG


def aliased_findings(count):
    """A List of one bad object aliased `count` times: each finding once, not `count` times
    (under the default limit of 10 000 aliases a file)."""
    head = "apiVersion: v1\nkind: List\nitems:\n"
    head += "- &bad\n  apiVersion: image.openshift.io/v1\n  kind: ImageStreamTag\n  metadata: {name: app:v1}\n"
    head += "  tag: {from: {kind: dockerimage, name: quay.io/example/app:1.0}, referencePolicy: {type: local}}\n"
    return head + "".join("- *bad\n" for _ in range(count))


def many_findings(count):
    """`count` annotation keys that are not qualified names: one finding each."""
    lines = [HEAD.rstrip("\n"), "  annotations:"]
    lines += [f"    -bad{index}: v" for index in range(count)]
    return "\n".join(lines) + "\n" + TAG


def main():
    root = sys.argv[1]
    os.makedirs(root, exist_ok=True)
    write(os.path.join(root, "directives-100k.yaml"), directives(100_000))
    write(os.path.join(root, "keys-100k.yaml"), distinct_keys(100_000))
    write(os.path.join(root, "keys-1m.yaml"), distinct_keys(1_000_000))
    write(os.path.join(root, "aliases-9k.yaml"), aliased_findings(9_000))
    write(os.path.join(root, "findings-1m.yaml"), many_findings(1_000_000))
    flat = os.path.join(root, "flat-100k")
    if not os.path.isdir(flat):
        os.makedirs(flat)
        for index in range(100_000):
            write(os.path.join(flat, f"f{index:06d}.yaml"), "a: b\n")
    patterns = os.path.join(root, "excluded-1k")
    if not os.path.isdir(patterns):
        os.makedirs(patterns)
        for index in range(100_000):
            folder = os.path.join(patterns, f"d{index % 1000:03d}")
            os.makedirs(folder, exist_ok=True)
            write(os.path.join(folder, f"f{index:06d}.yaml"), "a: b\n")
        lines = ["exclude:"] + [f'  - "d{index:03d}/**/x{index}.yaml"' for index in range(1000)]
        write(os.path.join(patterns, ".istaglint.yaml"), "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
