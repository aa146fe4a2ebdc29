-- FHIR load, one mode per run (the first argument):
--   create  POST /fhir transaction bundles (ServiceRequest + requested Task) for people with an active episode and
--           consent to share: each is a draft and a send, committed in one database transaction before the answer.
--   read    GET /fhir/Task/{id} over a pool of Task ids (each read is audited, so each is also a durable write).
--   search  GET /fhir/Task?patient={id}&status=... over a pool of people.
-- Arguments: mode, bearer token, file of ids (people or Tasks), file of service ids, provider organisation id.
local threads = {}

function setup(thread)
  thread:set("index", #threads)
  table.insert(threads, thread)
end

local function lines(path)
  local list = {}
  for line in io.lines(path) do
    if #line > 0 then table.insert(list, line) end
  end
  return list
end

function init(args)
  mode = args[1]
  token = "Bearer " .. args[2]
  ids = lines(args[3])
  services = args[4] and lines(args[4]) or {}
  owner = args[5]
  n = index * 7919
  ok, refused = 0, 0
end

function request()
  n = n + 1
  local id = ids[(n % #ids) + 1]
  local headers = { ["Authorization"] = token, ["Accept"] = "application/fhir+json" }
  if mode == "read" then
    return wrk.format("GET", "/fhir/Task/" .. id, headers)
  elseif mode == "search" then
    return wrk.format("GET", "/fhir/Task?patient=Patient/" .. id .. "&status=requested,received,accepted,in-progress", headers)
  end
  headers["Content-Type"] = "application/fhir+json"
  local service = services[(n % #services) + 1]
  local body = '{"resourceType":"Bundle","type":"transaction","entry":['
    .. '{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000001","resource":{"resourceType":"ServiceRequest","status":"active","intent":"order",'
    .. '"subject":{"reference":"Patient/' .. id .. '"},"performer":[{"reference":"HealthcareService/' .. service .. '"}],'
    .. '"note":[{"text":"Benchmark referral"}]},"request":{"method":"POST","url":"ServiceRequest"}},'
    .. '{"fullUrl":"urn:uuid:00000000-0000-4000-8000-000000000002","resource":{"resourceType":"Task","status":"requested","intent":"order",'
    .. '"focus":{"reference":"urn:uuid:00000000-0000-4000-8000-000000000001"},"for":{"reference":"Patient/' .. id .. '"},'
    .. '"owner":{"reference":"Organization/' .. owner .. '"}},"request":{"method":"POST","url":"Task"}}]}'
  return wrk.format("POST", "/fhir", headers, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then ok = ok + 1 else refused = refused + 1 end
end

function done(summary, latency, requests)
  local good, bad = 0, 0
  for _, thread in ipairs(threads) do
    good = good + thread:get("ok")
    bad = bad + thread:get("refused")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT ok=%d refused=%d rps=%.0f p50_ms=%.2f p90_ms=%.2f p99_ms=%.2f max_ms=%.1f\n",
    good, bad, good / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
