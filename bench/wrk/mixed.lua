-- A working day's mix: 70% single reads, 20% filtered list pages of 50, 10% creates.
local threads = 0
function setup(thread)
  thread:set("thread", threads)
  threads = threads + 1
end
local counter = 0
local token = os.getenv("BENCH_TOKEN")
local item = os.getenv("BENCH_ITEM")
local run = os.getenv("BENCH_RUN") or "0"
function request()
  counter = counter + 1
  local headers = { ["Authorization"] = "Bearer " .. token }
  local pick = counter % 10
  if pick == 0 then
    headers["Content-Type"] = "application/json"
    headers["Idempotency-Key"] = string.format("mixed-%s-%d-%d", run, thread, counter)
    local body = string.format('{"name":"Blandad %s-%d-%d AB","kind":"company","municipalityCode":"2482"}', run, thread, counter)
    return wrk.format("POST", "/v1/organisations", headers, body)
  elseif pick <= 2 then
    return wrk.format("GET", "/v1/organisations?kind=company&county=25&limit=50", headers)
  else
    return wrk.format("GET", "/v1/organisations/" .. item, headers)
  end
end
