// Zed starts a language server only through an extension: this one runs `istaglint lsp`
// from PATH for YAML files. Install it with "zed: install dev extension" on this folder.
use zed_extension_api as zed;

struct Istaglint;

impl zed::Extension for Istaglint {
    fn new() -> Self {
        Istaglint
    }

    fn language_server_command(
        &mut self,
        _language_server_id: &zed::LanguageServerId,
        worktree: &zed::Worktree,
    ) -> zed::Result<zed::Command> {
        let command = worktree
            .which("istaglint")
            .ok_or_else(|| "istaglint is not on PATH".to_string())?;
        Ok(zed::Command {
            command,
            args: vec!["lsp".to_string()],
            env: Default::default(),
        })
    }
}

zed::register_extension!(Istaglint);
