-- wrk script: POSTs one saved GraphQL query (QUERY_FILE) and counts responses that are not 200 or carry errors.
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

local failures = 0
function response(status, headers, body)
  if status ~= 200 or body:find('"errors"', 1, true) then
    failures = failures + 1
  end
end

function done(summary, latency, requests)
  io.write(string.format("requests %d, failures %d, p50 %.1f ms, p99 %.1f ms, %.0f req/s\n",
    summary.requests, failures, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6)))
end
