"""`istaglint lsp` driven by pytest-lsp's client, impersonating VS Code, Neovim and Emacs: every
feature of the server, checked against what the client receives."""

import asyncio
import json
import subprocess
import time

import pytest
import pytest_lsp
from lsprotocol import types
from pygls.exceptions import JsonRpcMethodNotFound
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from conftest import BINARY, CLIENTS, locate, units

BROKEN = """# 画像ストリーム 😀 of the café team
apiVersion: image.openshift.io/v1
kind: ImageStreamTag
metadata:
  name: "app:1"
  namespace: team
  annotations: {"画像": "x", "😀": "y"}
tag:
  from:
    kind: dockerimage
    name: registry.example.com/team/app:1.2
  referencePolicy:
    type: local
"""

STREAM = """apiVersion: image.openshift.io/v1
kind: ImageStream
metadata:
  name: app
  namespace: team
spec:
  tags:
  - name: "1"
    from:
      kind: DockerImage
      name: registry.example.com/team/app:1.2
"""


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[BINARY, "lsp"]), params=CLIENTS)
async def client(lsp_client: LanguageClient, request):
    root = request.getfixturevalue("workspace")
    capabilities = client_capabilities(request.param)
    registrations = []

    # Real clients take the server's request to watch .istaglint.yaml files; so does this one.
    @lsp_client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(params: types.RegistrationParams):
        registrations.extend(params.registrations)

    lsp_client.registrations = registrations
    result = await lsp_client.initialize_session(types.InitializeParams(capabilities=capabilities, root_uri=root.as_uri()))
    lsp_client.root = root
    encoding = result.capabilities.position_encoding
    lsp_client.encoding = getattr(encoding, "value", encoding)
    yield
    await lsp_client.shutdown_session()


def open_document(client: LanguageClient, name: str, text: str, version: int = 1) -> str:
    path = client.root / name
    path.write_text(text)
    uri = path.as_uri()
    client.text_document_did_open(types.DidOpenTextDocumentParams(text_document=types.TextDocumentItem(uri=uri, language_id="yaml", version=version, text=text)))
    return uri


async def diagnostics_for(client: LanguageClient, uri: str, timeout: float = 10):
    """Waits until diagnostics for `uri` arrive, then returns them."""
    deadline = time.monotonic() + timeout
    while uri not in client.diagnostics:
        await asyncio.wait_for(client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS), max(0.01, deadline - time.monotonic()))
    return client.diagnostics[uri]


async def next_diagnostics(client: LanguageClient, uri: str, timeout: float = 10):
    """Waits for the next publication for `uri`."""
    client.diagnostics.pop(uri, None)
    return await diagnostics_for(client, uri, timeout)


def position(client, text, needle, occurrence=0, end=False):
    line, character = locate(text, needle, client.encoding, occurrence, end)
    return types.Position(line=line, character=character)


def span(client, text, needle, occurrence=0):
    return types.Range(start=position(client, text, needle, occurrence), end=position(client, text, needle, occurrence, end=True))


def apply_edits(text: str, edits, encoding: str) -> str:
    """Applies LSP text edits the way a client does (last first)."""
    lines = text.split("\n")

    def offset(pos):
        before = sum(len(line) + 1 for line in lines[: pos.line])
        line = lines[pos.line] if pos.line < len(lines) else ""
        count = 0
        for index, character in enumerate(line):
            if count >= pos.character:
                return before + index
            count += units(character, encoding)
        return before + len(line)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        start, finish = offset(edit.range.start), offset(edit.range.end)
        text = text[:start] + edit.new_text + text[finish:]
    return text


@pytest.mark.asyncio
async def test_initialize_declares_the_features_and_the_encoding(client: LanguageClient):
    offered = client.capabilities.general.position_encodings if client.capabilities.general else None
    assert client.encoding == ("utf-8" if offered and types.PositionEncodingKind.Utf8 in offered else "utf-16")
    watched = client.capabilities.workspace.did_change_watched_files if client.capabilities.workspace else None
    if watched and watched.dynamic_registration:
        deadline = time.monotonic() + 5
        while not client.registrations and time.monotonic() < deadline:
            await asyncio.sleep(0.02)
        assert [r.register_options["watchers"][0]["globPattern"] for r in client.registrations] == ["**/.istaglint.yaml"]
    else:
        await asyncio.sleep(0.2)
        assert client.registrations == []


@pytest.mark.asyncio
async def test_diagnostics_have_exact_ranges_in_the_clients_encoding(client: LanguageClient):
    uri = open_document(client, "broken.yaml", BROKEN)
    diagnostics = await diagnostics_for(client, uri)
    by_code = {}
    for diagnostic in diagnostics:
        by_code.setdefault(diagnostic.code, []).append(diagnostic)
    assert sorted(by_code) == ["IST111", "IST202", "IST206", "IST309"]
    # The two annotation keys come after CJK text and an emoji on the same line.
    assert [d.range for d in by_code["IST111"]] == [span(client, BROKEN, '"画像"'), span(client, BROKEN, '"😀"')]
    kind = by_code["IST202"][0]
    assert kind.range == span(client, BROKEN, "dockerimage")
    assert kind.severity == types.DiagnosticSeverity.Error
    assert kind.source == "istaglint"
    assert kind.code_description.href.endswith("/rules/IST202.md")
    assert by_code["IST309"][0].severity == types.DiagnosticSeverity.Warning


@pytest.mark.asyncio
async def test_changes_are_applied_incrementally_and_the_latest_version_wins(client: LanguageClient):
    uri = open_document(client, "broken.yaml", BROKEN)
    await diagnostics_for(client, uri)
    client.diagnostics.pop(uri)
    text = BROKEN
    # Five quick edits: the kind fixed letter by letter, then the policy type.
    for version, (needle, replacement) in enumerate(
        [("dockerimage", "Dockerimage"), ("Dockerimage", "DockerImage"), ("type: local", "type: Local"), ('"画像": "x", ', ""), ('"😀": "y"', '"e": "y"')],
        start=2,
    ):
        change = types.TextDocumentContentChangePartial(range=span(client, text, needle), text=replacement)
        text = text.replace(needle, replacement, 1)
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version), content_changes=[change])
        )
    diagnostics = await diagnostics_for(client, uri)
    await asyncio.sleep(0.3)
    # Nothing older arrives after the latest: the last publication is of the final text.
    assert [d.code for d in client.diagnostics[uri]] == ["IST309"]
    assert diagnostics[0].range == span(client, text, "annotations")


@pytest.mark.asyncio
async def test_closing_clears_the_diagnostics(client: LanguageClient):
    uri = open_document(client, "broken.yaml", BROKEN)
    assert await diagnostics_for(client, uri)
    client.diagnostics.pop(uri)
    client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
    assert list(await diagnostics_for(client, uri)) == []


@pytest.mark.asyncio
async def test_cross_document_findings_carry_related_information(client: LanguageClient):
    fixed = BROKEN.replace("dockerimage", "DockerImage").replace("type: local", "type: Local").replace('  annotations: {"画像": "x", "😀": "y"}\n', "")
    tag_uri = open_document(client, "tag.yaml", fixed)
    stream_uri = open_document(client, "stream.yaml", STREAM)
    deadline = time.monotonic() + 10
    while not (client.diagnostics.get(tag_uri) and client.diagnostics.get(stream_uri)) and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    duplicate = client.diagnostics[tag_uri][0]
    assert duplicate.code == "IST212"
    assert duplicate.range == span(client, fixed, '"app:1"')
    related = duplicate.related_information[0]
    assert related.location.uri == stream_uri
    assert related.location.range == span(client, STREAM, '"1"')
    assert client.diagnostics[stream_uri][0].related_information[0].location.uri == tag_uri


@pytest.mark.asyncio
async def test_quick_fixes_directive_and_fix_all(client: LanguageClient):
    uri = open_document(client, "broken.yaml", BROKEN)
    await diagnostics_for(client, uri)
    at_kind = span(client, BROKEN, "dockerimage")
    actions = await client.text_document_code_action_async(
        types.CodeActionParams(text_document=types.TextDocumentIdentifier(uri=uri), range=at_kind, context=types.CodeActionContext(diagnostics=[]))
    )
    titles = [action.title for action in actions]
    assert titles == ['IST202: replace "dockerimage" with "DockerImage"', "disable IST202 for this line", "fix all safe istaglint findings"]
    quick_fix, directive, fix_all = actions
    assert quick_fix.is_preferred and quick_fix.kind == types.CodeActionKind.QuickFix
    assert quick_fix.diagnostics[0].code == "IST202"
    fixed = apply_edits(BROKEN, quick_fix.edit.changes[uri], client.encoding)
    assert "    kind: DockerImage\n" in fixed
    silenced = apply_edits(BROKEN, directive.edit.changes[uri], client.encoding)
    assert "  from:\n    # istaglint: disable-next-line IST202\n    kind: dockerimage\n" in silenced
    assert fix_all.kind == "source.fixAll.istaglint"
    all_fixed = apply_edits(BROKEN, fix_all.edit.changes[uri], client.encoding)
    assert "kind: DockerImage" in all_fixed and "type: Local" in all_fixed
    # The client applies the directive: the finding is gone and nothing else changes.
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2), content_changes=[types.TextDocumentContentChangeWholeDocument(text=silenced)]
        )
    )
    codes = [d.code for d in await next_diagnostics(client, uri)]
    assert sorted(codes) == ["IST111", "IST111", "IST206", "IST309"]
    only_fix_all = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(line=0, character=0), end=types.Position(line=0, character=0)),
            context=types.CodeActionContext(diagnostics=[], only=[types.CodeActionKind.SourceFixAll]),
        )
    )
    assert [action.kind for action in only_fix_all] == ["source.fixAll.istaglint"]


@pytest.mark.asyncio
async def test_hover_on_a_field_and_on_a_rule(client: LanguageClient):
    text = BROKEN.replace("  referencePolicy:\n", "  # istaglint: disable-next-line reference-policy-type\n  referencePolicy:\n")
    uri = open_document(client, "broken.yaml", text)
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(client, text, "type: local"))
    )
    assert "`tag.referencePolicy.type` in TagReferencePolicy" in hover.contents.value
    assert "The default value is `Source`" in hover.contents.value
    assert "Allowed values: `Source`, `Local`" in hover.contents.value
    start = position(client, text, "type: local")
    assert hover.range == types.Range(start=start, end=types.Position(line=start.line, character=start.character + 4))
    rule = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(client, text, "policy-type"))
    )
    assert rule.contents.value.startswith("**IST206** `reference-policy-type`")
    assert rule.range == span(client, text, "reference-policy-type")
    nothing = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(client, text, "画像", 0))
    )
    assert nothing is None


@pytest.mark.asyncio
async def test_completion_of_fields_values_and_rules(client: LanguageClient):
    text = BROKEN + "  imp\n"
    uri = open_document(client, "broken.yaml", text)

    async def labels(needle, end=True, occurrence=0):
        result = await client.text_document_completion_async(
            types.CompletionParams(text_document=types.TextDocumentIdentifier(uri=uri), position=position(client, text, needle, occurrence, end=end))
        )
        return [item.label for item in result.items]

    fields = await labels("  imp")
    assert "importPolicy" in fields and "from" not in fields and "referencePolicy" not in fields
    assert await labels("kind: ", occurrence=1) == ["DockerImage", "ImageStreamImage", "ImageStreamTag"]
    assert "ImageStreamTag" in await labels("kind: ")
    assert await labels("type: ") == ["Source", "Local"]
    text = text.replace("  imp\n", "  importPolicy:\n    importMode: \n  # istaglint: disable-line IST20\n")
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2), content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]
        )
    )
    assert await labels("importMode: ") == ["Legacy", "PreserveOriginal"]
    rules = await labels("IST20")
    assert "IST206" in rules and "reference-policy-type" in rules


@pytest.mark.asyncio
async def test_a_configuration_file_change_lints_again(client: LanguageClient):
    uri = open_document(client, "broken.yaml", BROKEN)
    assert "IST309" in [d.code for d in await diagnostics_for(client, uri)]
    configuration = client.root / ".istaglint.yaml"
    configuration.write_text("rules:\n  IST309: off\n")
    client.workspace_did_change_watched_files(
        types.DidChangeWatchedFilesParams(changes=[types.FileEvent(uri=configuration.as_uri(), type=types.FileChangeType.Created)])
    )
    assert "IST309" not in [d.code for d in await next_diagnostics(client, uri)]
    configuration.write_text("rules: [broken\n")
    client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings={"istaglint": {"debounceMilliseconds": 5}}))
    # An invalid configuration: the file is not linted, and the user is told once.
    assert list(await next_diagnostics(client, uri)) == []
    deadline = time.monotonic() + 5
    while not client.messages and time.monotonic() < deadline:
        await asyncio.sleep(0.05)
    assert ".istaglint.yaml" in client.messages[0].message


@pytest.mark.asyncio
async def test_an_unknown_method_is_method_not_found(client: LanguageClient):
    with pytest.raises(JsonRpcMethodNotFound):
        await client.protocol.send_request_async("istaglint/unknown", {})
    # The server goes on.
    uri = open_document(client, "broken.yaml", BROKEN)
    assert await diagnostics_for(client, uri)


@pytest.mark.asyncio
async def test_a_huge_document_blocks_no_request(client: LanguageClient):
    huge = "".join(BROKEN.replace("app:1", f"app:{n}") + "---\n" for n in range(600))
    huge_uri = open_document(client, "huge.yaml", huge)
    small_uri = open_document(client, "small.yaml", BROKEN)
    started = time.monotonic()
    hover = await client.text_document_hover_async(
        types.HoverParams(text_document=types.TextDocumentIdentifier(uri=small_uri), position=position(client, BROKEN, "referencePolicy"))
    )
    assert hover is not None and time.monotonic() - started < 2
    assert len(await diagnostics_for(client, huge_uri, timeout=30)) > 1000
