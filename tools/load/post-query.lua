-- wrk script: POSTs one GraphQL query (QUERY_FILE) and counts the failures: answers with a status outside 2xx,
-- answers that carry GraphQL "errors", and socket errors (connect, read, write, timeout).
--
-- wrk runs response() in one Lua state per thread and done() in yet another, so a plain global counter would
-- be seen by done() as 0 whatever happened. Each thread keeps its own counters; setup() remembers the threads
-- and done() adds up their counters with thread:get().
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

-- in the main Lua state: every thread wrk starts
local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

-- in each thread's Lua state: that thread's counters
non2xx = 0
graphql_errors = 0
function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  elseif body:find('"errors"%s*:') then
    graphql_errors = graphql_errors + 1
  end
end

function done(summary, latency, requests)
  local bad_status, with_errors = 0, 0
  for _, thread in ipairs(threads) do
    bad_status = bad_status + thread:get("non2xx")
    with_errors = with_errors + thread:get("graphql_errors")
  end
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  io.write(string.format(
    "requests %d, failures %d (non-2xx %d, GraphQL errors %d, socket errors %d), p50 %.1f ms, p99 %.1f ms, %.0f req/s\n",
    summary.requests, bad_status + with_errors + socket, bad_status, with_errors, socket,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
