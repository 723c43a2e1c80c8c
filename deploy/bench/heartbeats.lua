-- wrk script for the heartbeat benchmark (run by HeartbeatBenchmark; see deploy/bench/heartbeats.sh).
--
--   wrk -t<T> ... -s heartbeats.lua <base url> -- heartbeats <learners file> <T> <first sequence> <seconds per heartbeat>
--   wrk -t<T> ... -s heartbeats.lua <base url> -- heartbeats-cookie <learners file> <T> <first sequence> <seconds>
--   wrk -t<T> ... -s heartbeats.lua <base url> -- noop <learners file or -> <T>
--
-- The learners file has one line per simulated learner:
-- "<Cookie header value>\t<session id>\t<heartbeat token>". heartbeats sends the token and no
-- cookies, as the player does; heartbeats-cookie sends the session cookie instead.
-- Thread i of T takes learners i, i+T, i+2T, ... and sends their heartbeats round-robin, so a
-- learner's next heartbeat leaves a whole round (hundreds of requests) after its previous one, which
-- has been answered by then: sequences arrive in order, as from a real player. Each heartbeat
-- reports the next few tenths of a second of the lesson as played. The noop mode sends
-- GET /api/bench/noop, with the first learner's cookie when a learners file is given.
--
-- done() prints one line, "RESULT key=value ...": latency percentiles in microseconds and the
-- responses counted by status.

local threads = {}

function setup(thread)
   table.insert(threads, thread)
   thread:set("thread_index", #threads)
end

local mode
local learners = {}
local cursor = 0
local step = 0.2
local noop_headers = {}
responses_ok, responses_busy, responses_other = 0, 0, 0

function init(args)
   mode = args[1]
   local file = args[2]
   local thread_count = tonumber(args[3] or "1")
   local first_sequence = tonumber(args[4] or "1")
   step = tonumber(args[5] or "0.2")
   if file and file ~= "-" then
      local n = 0
      for line in io.lines(file) do
         local cookie, id, token = line:match("^([^\t]*)\t([^\t]*)\t(.*)$")
         if mode == "noop" then
            noop_headers = { ["Cookie"] = cookie }
            break
         end
         if n % thread_count == thread_index - 1 then
            local headers = { ["Content-Type"] = "application/json" }
            if mode == "heartbeats-cookie" then
               headers["Cookie"] = cookie
            else
               headers["X-Playback-Token"] = token
            end
            learners[#learners + 1] = { headers = headers, path = "/api/playback-sessions/" .. id .. "/heartbeats",
                                        sequence = first_sequence - 1, position = 0 }
         end
         n = n + 1
      end
   end
end

function request()
   if mode == "noop" then
      return wrk.format("GET", "/api/bench/noop", noop_headers)
   end
   cursor = cursor % #learners + 1
   local learner = learners[cursor]
   learner.sequence = learner.sequence + 1
   local from = learner.position
   local to = from + step
   if to > 3500 then
      from, to = 0, step
   end
   learner.position = to
   local body = string.format('{"sequence":%d,"playedRanges":[[%.3f,%.3f]],"event":"TICK"}',
                              learner.sequence, from, to)
   return wrk.format("POST", learner.path, learner.headers, body)
end

function response(status, headers, body)
   if status == 200 then
      responses_ok = responses_ok + 1
   elseif status == 503 then
      responses_busy = responses_busy + 1
   else
      responses_other = responses_other + 1
   end
end

function done(summary, latency, requests)
   local ok, busy, other = 0, 0, 0
   for _, thread in ipairs(threads) do
      ok = ok + thread:get("responses_ok")
      busy = busy + thread:get("responses_busy")
      other = other + thread:get("responses_other")
   end
   local errors = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d ok=%d busy=%d other=%d socket_errors=%d timeouts=%d "
      .. "p50_us=%d p90_us=%d p99_us=%d p999_us=%d max_us=%d mean_us=%.0f\n",
      summary.requests, summary.duration, ok, busy, other,
      errors.connect + errors.read + errors.write, errors.timeout,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency:percentile(99.9),
      latency.max, latency.mean))
end
