-- Requests the paths of a file (BENCH_PATHS, one per line) in turn, each thread from its own start, with the
-- bench token; BENCH_DELAY_MS > 0 paces each connection (a request, then that pause) for a fixed offered load.
local paths = {}
for line in io.lines(os.getenv("BENCH_PATHS")) do
  paths[#paths + 1] = line
end
local token = os.getenv("BENCH_TOKEN")
local pause = tonumber(os.getenv("BENCH_DELAY_MS") or "0")
local threads = 0
function setup(thread)
  thread:set("first", threads * 7919)
  threads = threads + 1
end
local counter = 0
local headers = {}
function init(args)
  counter = first or 0
  if token and token ~= "" then
    headers["Authorization"] = "Bearer " .. token
  end
end
function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1], headers)
end
if pause > 0 then
  function delay()
    return pause
  end
end
