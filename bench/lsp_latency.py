"""Diagnostics latency of `istaglint lsp`: the time from writing a didChange to reading the
publishDiagnostics of that version, for a small manifest and a 3 000-line one, as an editor
sees it (the server's default debounce included), and with no debounce (the lint alone).

    python3 bench/lsp_latency.py BINARY [ROUNDS] > fragment.md

Prints a Markdown table; bench/run.sh puts it in bench/RESULTS.md."""

import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time

SMALL = """apiVersion: image.openshift.io/v1
kind: ImageStreamTag
metadata:
  name: app:{n}
  namespace: team
tag:
  from:
    kind: DockerImage
    name: registry.example.com/team/app:1.{n}
  importPolicy:
    scheduled: true
  referencePolicy:
    type: {policy}
"""


def large(policy: str) -> str:
    """About 3 000 lines: 215 ImageStreamTags of 14 lines, one with a finding to report."""
    documents = [SMALL.format(n=n, policy="Source") for n in range(215)]
    documents[100] = SMALL.format(n=100, policy=policy)
    return "---\n".join(documents)


class Server:
    def __init__(self, binary: str, root: str, debounce: int | None):
        command = [binary, "lsp"] + ([] if debounce is None else ["--debounce", str(debounce)])
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=root)
        self.published = {}
        self.condition = threading.Condition()
        threading.Thread(target=self.read, daemon=True).start()
        self.send({"id": 1, "method": "initialize", "params": {"rootUri": "file://" + root, "capabilities": {}}})
        self.send({"method": "initialized", "params": {}})

    def send(self, message):
        message["jsonrpc"] = "2.0"
        body = json.dumps(message).encode()
        self.process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.process.stdin.flush()

    def read(self):
        stream = self.process.stdout
        while True:
            header = b""
            while not header.endswith(b"\r\n\r\n"):
                byte = stream.read(1)
                if not byte:
                    return
                header += byte
            length = int(header.split(b":")[1].split(b"\r\n")[0])
            message = json.loads(stream.read(length))
            if message.get("method") == "textDocument/publishDiagnostics":
                params = message["params"]
                with self.condition:
                    self.published[(params["uri"], params.get("version"))] = time.perf_counter()
                    self.condition.notify_all()

    def wait(self, uri, version, timeout=10.0):
        with self.condition:
            self.condition.wait_for(lambda: (uri, version) in self.published, timeout)
            return self.published.get((uri, version))

    def close(self):
        self.send({"id": 2, "method": "shutdown"})
        self.send({"method": "exit"})
        self.process.wait(timeout=10)


def latencies(server: Server, uri: str, texts, rounds: int):
    server.send({"method": "textDocument/didOpen", "params": {"textDocument": {"uri": uri, "languageId": "yaml", "version": 1, "text": texts[0]}}})
    server.wait(uri, 1)
    measured = []
    for round in range(rounds):
        version = round + 2
        change = {"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": texts[round % 2]}]}
        started = time.perf_counter()
        server.send({"method": "textDocument/didChange", "params": change})
        arrived = server.wait(uri, version)
        measured.append((arrived - started) * 1000)
        time.sleep(0.05)
    return measured


def main():
    binary = sys.argv[1]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 100
    root = tempfile.mkdtemp()
    os.mkdir(os.path.join(root, ".git"))
    cases = [
        ("a small manifest (13 lines)", [SMALL.format(n=1, policy="local"), SMALL.format(n=1, policy="Local ")]),
        ("a 3 000-line manifest (215 documents)", [large("local"), large("Local ")]),
    ]
    lines = {name: texts[0].count("\n") for name, texts in cases}
    rows = []
    for debounce, label in [(None, "default debounce (15 ms)"), (0, "no debounce: the lint alone")]:
        server = Server(binary, root, debounce)
        for index, (name, texts) in enumerate(cases):
            uri = "file://%s/doc%d.yaml" % (root, index)
            measured = sorted(latencies(server, uri, texts, rounds))
            median = statistics.median(measured)
            p90 = measured[int(len(measured) * 0.9) - 1]
            rows.append((name, lines[name], label, median, p90, measured[-1]))
        server.close()
    print("| document | lines | server | median | 90th percentile | slowest |")
    print("|---|---|---|---|---|---|")
    for name, count, label, median, p90, slowest in rows:
        print(f"| {name} | {count} | {label} | {median:.1f} ms | {p90:.1f} ms | {slowest:.1f} ms |")


if __name__ == "__main__":
    main()
