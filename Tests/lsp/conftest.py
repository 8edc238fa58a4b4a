"""Shared helpers of the end-to-end tests of `istaglint lsp`, run with pytest-lsp against the
binary that ISTAGLINT_BINARY names (`.ci/lsp-check` builds it and sets it)."""

import os

import pytest

BINARY = os.environ.get("ISTAGLINT_BINARY", "istaglint")

# The real clients whose captured capabilities pytest-lsp impersonates: VS Code (UTF-16, the
# default), Neovim 0.11 (offers UTF-8 first) and Emacs 29's eglot (offers UTF-32, then UTF-8).
CLIENTS = ["visual-studio-code", "neovim@v0.11.0", "emacs"]


def units(text: str, encoding: str) -> int:
    """The length of `text` in the units of a position encoding."""
    if encoding == "utf-8":
        return len(text.encode("utf-8"))
    if encoding == "utf-16":
        return len(text.encode("utf-16-le")) // 2
    return len(text)


def locate(text: str, needle: str, encoding: str, occurrence: int = 0, end: bool = False):
    """The (line, character) of the start (or end) of the n-th `needle` in `text`."""
    index = -1
    for _ in range(occurrence + 1):
        index = text.index(needle, index + 1)
    if end:
        index += len(needle)
    line = text.count("\n", 0, index)
    line_start = text.rfind("\n", 0, index) + 1
    return line, units(text[line_start:index], encoding)


@pytest.fixture
def workspace(tmp_path):
    """An empty workspace folder, a git repository so configuration lookups stop there."""
    (tmp_path / ".git").mkdir()
    return tmp_path
