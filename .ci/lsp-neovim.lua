-- CI (.ci/lsp-check): Neovim's own LSP client against `istaglint lsp`: open a broken manifest, show the
-- diagnostics, apply the quick fix of the first one through vim.lsp.buf.code_action.
local binary, file = _G.istaglint_binary, _G.istaglint_file
local out = io.stdout
local client = vim.lsp.start_client({ cmd = { binary, 'lsp' }, root_dir = vim.fn.fnamemodify(file, ':h'), name = 'istaglint' })
vim.cmd('edit ' .. vim.fn.fnameescape(file))
vim.lsp.buf_attach_client(0, client)
local function codes()
  local found = {}
  for _, d in ipairs(vim.diagnostic.get(0)) do
    local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
    table.insert(found, string.format('%d:%d-%d %s', d.lnum, d.col, d.end_col, code))
  end
  table.sort(found)
  return found
end
vim.wait(10000, function() return #vim.diagnostic.get(0) >= 3 end, 20)
for _, line in ipairs(codes()) do out:write('diagnostic ' .. line .. '\n') end
-- Pick the quick fix for IST202 when Neovim asks which action to apply.
vim.ui.select = function(items, _, on_choice)
  for index, item in ipairs(items) do
    local action = item[2] or item.action or item
    if action.title and action.title:match('^IST202') then return on_choice(item, index) end
  end
  on_choice(nil, nil)
end
vim.api.nvim_win_set_cursor(0, { 8, 10 })
vim.lsp.buf.code_action()
vim.wait(5000, function() return vim.api.nvim_buf_get_lines(0, 7, 8, false)[1] == '    kind: DockerImage' end, 20)
out:write('line 8 ' .. vim.api.nvim_buf_get_lines(0, 7, 8, false)[1] .. '\n')
vim.wait(5000, function()
  for _, line in ipairs(codes()) do if line:match('IST202') then return false end end
  return true
end, 20)
for _, line in ipairs(codes()) do out:write('after ' .. line .. '\n') end
vim.lsp.stop_client(client)
