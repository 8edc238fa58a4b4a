-- istaglint's language server in Neovim 0.11 or later, with no plugin: put this file in
-- ~/.config/nvim/plugin/ (or paste it into init.lua). It starts `istaglint lsp` for YAML
-- buffers, rooted at the nearest .istaglint.yaml or git repository.
vim.lsp.config('istaglint', {
  cmd = { 'istaglint', 'lsp' },
  filetypes = { 'yaml' },
  root_markers = { '.istaglint.yaml', '.git' },
  init_options = { debounceMilliseconds = 15 },
})
vim.lsp.enable('istaglint')
