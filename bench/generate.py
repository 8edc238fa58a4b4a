#!/usr/bin/env python3
"""Writes a deterministic benchmark corpus of ImageStreamTag manifests.

Realistic `oc get istag -o yaml` exports with full image metadata (about 3 KB each),
hand-written manifests (a dozen lines), and a few broken ones, spread over files.

    python3 bench/generate.py OUT_DIR --exports 10000 --files 2000 --seed 1
"""
import argparse
import os
import random

ARCHES = ["amd64", "arm64", "ppc64le", "s390x"]
STREAMS = ["ruby", "nodejs", "python", "golang", "postgresql", "nginx", "httpd", "redis", "java", "dotnet"]


def hexdigits(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def export(rng, index):
    stream = rng.choice(STREAMS)
    tag = f"{rng.randint(1, 20)}.{rng.randint(0, 9)}-{index}"
    digest = "sha256:" + hexdigits(rng, 64)
    ns = f"team-{rng.randint(1, 40)}"
    generation = rng.randint(1, 9)
    layers = "\n".join(
        f"""  - mediaType: application/vnd.oci.image.layer.v1.tar+gzip
    name: sha256:{hexdigits(rng, 64)}
    size: {rng.randint(1000, 90000000)}""" for _ in range(rng.randint(3, 7)))
    env = "\n".join(f"      - {k}={hexdigits(rng, 12)}" for k in ["PATH", "HOME", "APP_ROOT", "SUMMARY", "LANG"])
    labels = "\n".join(f"        io.k8s.{k}: {stream} {hexdigits(rng, 6)}" for k in ["description", "display-name", "version", "release"])
    return f"""apiVersion: image.openshift.io/v1
kind: ImageStreamTag
metadata:
  creationTimestamp: "2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T10:{rng.randint(10, 59)}:00Z"
  name: {stream}:{tag}
  namespace: {ns}
  resourceVersion: "{rng.randint(100000, 999999)}"
  uid: {hexdigits(rng, 8)}-{hexdigits(rng, 4)}-{hexdigits(rng, 4)}-{hexdigits(rng, 4)}-{hexdigits(rng, 12)}
generation: {generation}
image:
  dockerImageLayers:
{layers}
  dockerImageManifestMediaType: application/vnd.oci.image.manifest.v1+json
  dockerImageMetadata:
    Architecture: {rng.choice(ARCHES)}
    Config:
      Cmd:
      - /usr/bin/run
      Env:
{env}
      Labels:
{labels}
      User: "1001"
      WorkingDir: /opt/app-root/src
    Created: "2024-05-01T10:00:00Z"
    Id: {digest}
    Size: {rng.randint(10000000, 900000000)}
    apiVersion: image.openshift.io/1.0
    kind: DockerImage
  dockerImageMetadataVersion: "1.0"
  dockerImageReference: registry.example.com/{ns}/{stream}@{digest}
  metadata:
    annotations:
      image.openshift.io/dockerLayersOrder: ascending
    creationTimestamp: "2024-05-01T10:00:00Z"
    name: {digest}
    resourceVersion: "{rng.randint(100000, 999999)}"
    uid: {hexdigits(rng, 8)}-{hexdigits(rng, 4)}-{hexdigits(rng, 4)}-{hexdigits(rng, 4)}-{hexdigits(rng, 12)}
lookupPolicy:
  local: false
tag:
  annotations: null
  from:
    kind: DockerImage
    name: registry.example.com/{ns}/{stream}:{tag}
  generation: {generation}
  importPolicy:
    importMode: Legacy
  name: {tag}
  referencePolicy:
    type: Source
"""


def handwritten(rng, index):
    stream = rng.choice(STREAMS)
    return f"""apiVersion: image.openshift.io/v1
kind: ImageStreamTag
metadata:
  name: {stream}:v{index}
  namespace: team-{rng.randint(1, 40)}
tag:
  from:
    kind: DockerImage
    name: quay.io/example/{stream}@sha256:{hexdigits(rng, 64)}
  referencePolicy:
    type: Local
"""


def broken(rng, index):
    return rng.choice([
        f"apiVersion: v1\nkind: ImageStreamTag\nmetadata:\n  name: broken:{index}\ntag:\n  from: {{kind: dockerimage, name: Quay.io/X}}\n",
        f"apiVersion: image.openshift.io/v1\nkind: ImageStreamTag\nmetadata:\n  name: broken{index}\ntag:\n  refrencePolicy: {{type: local}}\n",
    ])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--exports", type=int, default=10000)
    parser.add_argument("--handwritten", type=int, default=0)
    parser.add_argument("--broken", type=int, default=0)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    documents = [export(rng, i) for i in range(args.exports)]
    documents += [handwritten(rng, i) for i in range(args.handwritten)]
    documents += [broken(rng, i) for i in range(args.broken)]
    rng.shuffle(documents)
    os.makedirs(args.out, exist_ok=True)
    # Spread evenly: exactly `--files` files (fewer only when there are fewer documents),
    # each holding the same number of documents give or take one.
    files = min(args.files, len(documents))
    for number in range(files):
        chunk = documents[number * len(documents) // files:(number + 1) * len(documents) // files]
        with open(os.path.join(args.out, f"istag-{number:05d}.yaml"), "w") as handle:
            handle.write("---\n".join(chunk))


if __name__ == "__main__":
    main()
