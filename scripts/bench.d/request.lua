-- wrk script for scripts/bench: one chat completion request, optional token and cache opt-in, and a
-- machine-readable summary line with throughput and latency percentiles.
wrk.method = "POST"
wrk.body = '{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Say hello to the benchmark"}]}'
wrk.headers["Content-Type"] = "application/json"

local token = os.getenv("BENCH_TOKEN")
if token and token ~= "" then
    wrk.headers["Authorization"] = "Bearer " .. token
end
local cacheControl = os.getenv("BENCH_CACHE_CONTROL")
if cacheControl and cacheControl ~= "" then
    wrk.headers["Cache-Control"] = cacheControl
end

done = function(summary, latency, requests)
    local seconds = summary.duration / 1e6
    local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
    io.write(string.format("RESULT requests=%d rps=%.1f p50_us=%d p99_us=%d errors=%d non2xx=%d\n",
        summary.requests, summary.requests / seconds, latency:percentile(50), latency:percentile(99),
        errors, summary.errors.status))
end
