-- istaglint for Neovim (0.7 or later), without plugins: lints YAML and JSON buffers through
-- `istaglint --format json --stdin-filename NAME -` and shows the findings as diagnostics.
-- Put this file in ~/.config/nvim/plugin/ (or `require` it from your init.lua).
local M = {}

M.command = "istaglint"
local namespace = vim.api.nvim_create_namespace("istaglint")
local severities = {
  error = vim.diagnostic.severity.ERROR,
  warning = vim.diagnostic.severity.WARN,
  info = vim.diagnostic.severity.INFO,
}

-- istaglint counts columns in Unicode scalars; Neovim wants byte indexes into the line.
local function byte_column(buffer, line, column)
  local text = vim.api.nvim_buf_get_lines(buffer, line, line + 1, false)[1] or ""
  local ok, index = pcall(vim.str_byteindex, text, column)
  if ok then return index end
  return #text
end

function M.lint(buffer)
  buffer = buffer or vim.api.nvim_get_current_buf()
  local name = vim.api.nvim_buf_get_name(buffer)
  local lines = vim.api.nvim_buf_get_lines(buffer, 0, -1, false)
  local output = {}
  local job = vim.fn.jobstart({ M.command, "--format", "json", "--stdin-filename", name, "-" }, {
    stdout_buffered = true,
    on_stdout = function(_, data) output = data end,
    on_exit = function()
      local ok, report = pcall(vim.json.decode, table.concat(output, "\n"))
      if not ok or type(report) ~= "table" then return end
      local items = {}
      for _, finding in ipairs(report.diagnostics or {}) do
        local first, last = finding.range.start, finding.range["end"]
        table.insert(items, {
          lnum = first.line - 1,
          col = byte_column(buffer, first.line - 1, first.column - 1),
          end_lnum = last.line - 1,
          end_col = byte_column(buffer, last.line - 1, last.column - 1),
          severity = severities[finding.severity],
          message = finding.message,
          code = finding.ruleId,
          source = "istaglint",
        })
      end
      vim.schedule(function()
        if vim.api.nvim_buf_is_valid(buffer) then vim.diagnostic.set(namespace, buffer, items) end
      end)
    end,
  })
  if job <= 0 then return end
  vim.fn.chansend(job, table.concat(lines, "\n") .. "\n")
  vim.fn.chanclose(job, "stdin")
end

vim.api.nvim_create_autocmd({ "BufReadPost", "BufWritePost", "InsertLeave" }, {
  pattern = { "*.yaml", "*.yml", "*.json" },
  callback = function(args) M.lint(args.buf) end,
})

return M
