"""The README's language server recipes (recipes/lsp/) are well formed and start `istaglint lsp`."""

import json
import pathlib
import subprocess
import tomllib

RECIPES = pathlib.Path(__file__).resolve().parents[2] / "recipes" / "lsp"


def test_vscode_settings_start_the_server_for_yaml():
    settings = json.loads((RECIPES / "vscode-settings.json").read_text())
    assert settings["glspc.server.command"] == "istaglint"
    assert settings["glspc.server.commandArguments"] == ["lsp"]
    assert settings["glspc.server.languageId"] == ["yaml"]


def test_helix_languages_add_the_server_to_yaml():
    languages = tomllib.loads((RECIPES / "helix-languages.toml").read_text())
    assert languages["language-server"]["istaglint"] == {"command": "istaglint", "args": ["lsp"]}
    yaml = next(language for language in languages["language"] if language["name"] == "yaml")
    assert "istaglint" in yaml["language-servers"]


def test_zed_extension_registers_the_server_for_yaml():
    extension = tomllib.loads((RECIPES / "zed" / "extension.toml").read_text())
    assert extension["language_servers"]["istaglint"]["languages"] == ["YAML"]
    cargo = tomllib.loads((RECIPES / "zed" / "Cargo.toml").read_text())
    assert cargo["lib"]["crate-type"] == ["cdylib"]
    source = (RECIPES / "zed" / "src" / "lib.rs").read_text()
    assert '.which("istaglint")' in source and 'vec!["lsp".to_string()]' in source


def test_eglot_recipe_reads_as_lisp():
    emacs = subprocess.run(["which", "emacs"], capture_output=True, text=True).stdout.strip()
    text = (RECIPES / "eglot.el").read_text()
    assert '("istaglint" "lsp")' in text
    if emacs:
        result = subprocess.run([emacs, "--batch", "-Q", "--eval", f'(with-temp-buffer (insert-file-contents "{RECIPES / "eglot.el"}") (check-parens))'], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_neovim_recipe_compiles():
    text = (RECIPES / "neovim.lua").read_text()
    assert "cmd = { 'istaglint', 'lsp' }" in text
    nvim = subprocess.run(["which", "nvim"], capture_output=True, text=True).stdout.strip()
    if nvim:
        check = f"lua assert(loadfile('{RECIPES / 'neovim.lua'}'))"
        result = subprocess.run([nvim, "--headless", "-u", "NONE", "-i", "NONE", "-c", check, "-c", "qa!"], capture_output=True, text=True, timeout=30)
        assert result.returncode == 0 and "Error" not in result.stderr, result.stderr
