-- wrk script of ./roi bench (bench/run sets the environment). The stack and the bare app get byte-for-byte the
-- same requests except for the path prefix, so the only difference measured is what runs behind the route.
--   BENCH_MODE    get  | post
--   BENCH_PREFIX  /v1/requests | /bare/requests
--   BENCH_TOKEN   bearer token (roi_specialist for get, the law firm's partner token for post)
--   BENCH_IDS     get: file with one request id a line (round robin from a random start per thread)
--   BENCH_MRNS    post: file with one seeded patient MRN a line (random per request)
--   BENCH_KEY     post: prefix of the Idempotency-Key, unique per wrk run; thread and counter make each key unique
local mode = os.getenv("BENCH_MODE")
local prefix = os.getenv("BENCH_PREFIX")
local headers = { ["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN"), ["Accept"] = "application/json" }

local function lines(path)
  local list = {}
  for line in io.lines(path) do
    if line ~= "" then list[#list + 1] = line end
  end
  assert(#list > 0, "empty list: " .. path)
  return list
end

local ids, bodies, next_id, counter = nil, nil, 0, 0
local key_prefix = (os.getenv("BENCH_KEY") or "bench") .. "-"

-- Runs in the main state, once per thread: numbers the threads so keys never collide across them.
local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_number", thread_count)
end

function init(args)
  math.randomseed(os.time() + (thread_number or 0) * 7919)
  key_prefix = key_prefix .. tostring(thread_number or 0) .. "-"
  if mode == "get" then
    ids = lines(os.getenv("BENCH_IDS"))
    next_id = math.random(#ids)
  else
    bodies = {}
    for _, mrn in ipairs(lines(os.getenv("BENCH_MRNS"))) do
      bodies[#bodies + 1] = '{"legalBasis":"authorization",'
        .. '"scope":{"from":"2023-01-01","to":"2025-12-31","categories":["discharge_summary","lab_result"]},'
        .. '"purpose":"Personal injury claim","deliveryMethod":"secure_email",'
        .. '"patient":{"mrn":"' .. mrn .. '"},'
        .. '"recipient":{"name":"Hale & Morrow LLP","address":"200 Court Street, Suite 900, Springfield, IL 62701"}}'
    end
    headers["Content-Type"] = "application/json"
  end
end

function request()
  if mode == "get" then
    next_id = next_id % #ids + 1
    return wrk.format("GET", prefix .. "/" .. ids[next_id], headers)
  end
  counter = counter + 1
  headers["Idempotency-Key"] = key_prefix .. counter
  return wrk.format("POST", prefix, headers, bodies[math.random(#bodies)])
end

-- One machine-readable line for bench/run.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("BENCH requests=%d seconds=%.3f rps=%.1f p50_ms=%.2f p99_ms=%.2f status_errors=%d socket_errors=%d\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    e.status, e.connect + e.read + e.write + e.timeout))
end
