-- Drives `citationlint lsp` with Neovim's built-in LSP client (0.7: start_client, buf_attach_client) on a fixture:
-- waits for the diagnostics, edits the buffer without saving it and waits for the new ones, hovers on the stale
-- number, applies its quick fix, then stops the client (shutdown, exit). What it saw goes to $LSP_RESULT as JSON.
-- Run by LanguageServerNeovimTests: nvim --headless --clean -c "luafile neovim-client.lua".
local result = { published = {} }

local function finish()
  local file = io.open(os.getenv('LSP_RESULT'), 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(os.getenv('LSP_FIXTURE')))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.bo[bufnr].filetype = 'markdown'
  local published = {}
  local client_id = vim.lsp.start_client({
    name = 'citationlint',
    cmd = vim.fn.json_decode(os.getenv('LSP_COMMAND')),
    root_dir = vim.fn.fnamemodify(os.getenv('LSP_FIXTURE'), ':h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(e, params, ctx, config)
        table.insert(published, params)
        vim.lsp.diagnostic.on_publish_diagnostics(e, params, ctx, config)
      end,
    },
  })
  vim.lsp.buf_attach_client(bufnr, client_id)
  if not vim.wait(60000, function() return #published > 0 end, 50) then error('no diagnostics after opening') end
  table.insert(result.published, published[#published])

  -- An unsaved edit: a line inserted above everything moves every finding down by one.
  vim.api.nvim_buf_set_lines(bufnr, 0, 0, false, { '> 草稿，未保存。' })
  local before = #published
  if not vim.wait(30000, function() return #published > before end, 50) then error('no diagnostics after the edit') end
  local latest = published[#published]
  table.insert(result.published, latest)

  local stale
  for _, d in ipairs(latest.diagnostics) do
    if d.code == 'CL0004' then stale = d end
  end
  if stale == nil then error('no CL0004 after the edit') end
  local uri = vim.uri_from_bufnr(bufnr)
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = { uri = uri }, position = stale.range.start }, 20000)
  result.hover = hover[client_id].result.contents.value

  local actions = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
    { textDocument = { uri = uri }, range = stale.range, context = { diagnostics = { stale }, only = { 'quickfix' } } }, 20000)
  local action = actions[client_id].result[1]
  result.action = action.title
  vim.lsp.util.apply_workspace_edit(action.edit, 'utf-16')
  result.text = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, false), '\n')

  vim.lsp.stop_client(client_id)
  result.stopped = vim.wait(20000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)
if not ok then result.error = tostring(err) end
finish()
