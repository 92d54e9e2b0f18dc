-- Creates organisations, each with its own Idempotency-Key (so every request is a real create); BENCH_DELAY_MS > 0
-- paces each connection for a fixed offered load.
local threads = 0
function setup(thread)
  thread:set("thread", threads)
  threads = threads + 1
end
local counter = 0
local token = os.getenv("BENCH_TOKEN")
local run = os.getenv("BENCH_RUN") or "0"
function request()
  counter = counter + 1
  local body = string.format('{"name":"Bänk %s-%d-%d AB","kind":"company","municipalityCode":"2580"}', run, thread, counter)
  return wrk.format("POST", "/v1/organisations", {
    ["Content-Type"] = "application/json",
    ["Authorization"] = "Bearer " .. token,
    ["Idempotency-Key"] = string.format("bench-%s-%d-%d", run, thread, counter),
  }, body)
end
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
if pause > 0 then
  function delay()
    return pause
  end
end
