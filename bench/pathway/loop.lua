-- One closed loop after another, per wrk thread (one connection each, so a referral's moves never overtake
-- each other): draft -> send -> accept -> record-engagement -> record-outcome (Completed). Every request is a
-- durable transition: a record's new version and its event, committed before the answer.
-- Arguments: link-worker token, provider token, file of episode ids, file of service ids.
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
  worker = "Bearer " .. args[1]
  provider = "Bearer " .. args[2]
  episodes = lines(args[3])
  services = lines(args[4])
  step, n, referral = 0, index, nil
  transitions, failures = 0, 0
end

local moves = { nil, "send", "accept", "record-engagement", "record-outcome" }

function request()
  local headers = { ["Content-Type"] = "application/json" }
  if step == 0 then
    headers["Authorization"] = worker
    local episode = episodes[(n % #episodes) + 1]
    local service = services[(n % #services) + 1]
    n = n + 17
    return wrk.format("POST", "/api/v1/referrals", headers,
      '{"episodeId":"' .. episode .. '","serviceId":"' .. service .. '","note":"Benchmark referral"}')
  end
  headers["Authorization"] = step == 1 and worker or provider
  local body = step == 4 and '{"outcome":"Completed"}' or "{}"
  return wrk.format("POST", "/api/v1/referrals/" .. referral .. "/" .. moves[step + 1], headers, body)
end

function response(status, headers, body)
  if status >= 200 and status < 300 then
    transitions = transitions + 1
    if step == 0 then referral = body:match('"id":"([%x%-]+)"') end
    step = (step + 1) % 5
  else
    -- A refusal (say, a person without consent to share) abandons this loop; the next starts afresh.
    failures = failures + 1
    step = 0
  end
end

function done(summary, latency, requests)
  local ok, bad = 0, 0
  for _, thread in ipairs(threads) do
    ok = ok + thread:get("transitions")
    bad = bad + thread:get("failures")
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("RESULT transitions=%d refused=%d tps=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f\n",
    ok, bad, ok / seconds, latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
