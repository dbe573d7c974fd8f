-- wrk script: POSTs one saved GraphQL query (QUERY_FILE) and counts responses that are not 200 or carry errors.
-- Each wrk thread runs this script in its own Lua state: the counts live in each thread's global `failures`
-- and done() adds them up through the thread handles kept by setup().
local path = os.getenv("QUERY_FILE") or "query.graphql"
local file = assert(io.open(path, "r"))
local query = file:read("*a")
file:close()

local function json_string(s)
  return '"' .. s:gsub('\\', '\\\\'):gsub('"', '\\"'):gsub('\n', '\\n'):gsub('\r', ''):gsub('\t', '\\t') .. '"'
end

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json"
wrk.body = '{"query":' .. json_string(query) .. '}'

local threads = {}
function setup(thread)
  thread:set("failures", 0)
  table.insert(threads, thread)
end

failures = 0
function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  local failed = 0
  for _, thread in ipairs(threads) do
    failed = failed + thread:get("failures")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "requests %d, failures %d (not 200 or GraphQL errors), socket errors %d, p50 %.1f ms, p99 %.1f ms, %.0f req/s\n",
    summary.requests, failed, socket, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
