"""The server's framing and lifetime, spoken to byte by byte: what no well-behaved client sends."""

import json
import subprocess

from conftest import BINARY


def frame(body: bytes) -> bytes:
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def read_message(stream):
    header = b""
    while not header.endswith(b"\r\n\r\n"):
        byte = stream.read(1)
        assert byte, "the server closed its output"
        header += byte
    length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
    return json.loads(stream.read(length))


def test_malformed_messages_get_errors_and_the_server_goes_on(tmp_path):
    server = subprocess.Popen([BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=tmp_path)
    try:
        server.stdin.write(frame(b"{not json"))
        server.stdin.write(b"Content-Type: text/plain\r\n\r\n")
        server.stdin.write(frame(b'{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}'))
        server.stdin.write(frame(b'{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": 3}}'))
        server.stdin.flush()
        first, second, initialized, invalid = (read_message(server.stdout) for _ in range(4))
        assert first["error"]["code"] == -32700 and first["id"] is None
        assert second["error"]["code"] == -32700
        assert initialized["id"] == 1 and "capabilities" in initialized["result"]
        assert invalid["error"]["code"] == -32602
    finally:
        server.stdin.close()
        server.wait(timeout=10)


def test_the_server_exits_when_its_input_closes(tmp_path):
    server = subprocess.Popen([BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=tmp_path)
    server.stdin.close()
    # Without shutdown first, LSP's exit code is 1.
    assert server.wait(timeout=10) == 1


def test_shutdown_then_exit_ends_with_zero(tmp_path):
    server = subprocess.Popen([BINARY, "lsp"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=tmp_path)
    server.stdin.write(frame(b'{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}'))
    server.stdin.write(frame(b'{"jsonrpc": "2.0", "id": 2, "method": "shutdown"}'))
    server.stdin.write(frame(b'{"jsonrpc": "2.0", "method": "exit"}'))
    server.stdin.flush()
    assert server.wait(timeout=10) == 0
