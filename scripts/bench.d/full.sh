# Scenarios E and F of scripts/bench --full; sourced by scripts/bench after A–D, so it uses its helpers
# (start_bg, wait_listening, new_project, new_token, run_wrk) and variables (work, build, root, wither, key, …).

# ---------------------------------------------------------------------------------------------------------------
# E: $streams concurrent SSE streams of $stream_seconds s through a fresh wither-proxy, short requests alongside.
# The mock stamps every event with its send time; wither-bench-streams compares it with the arrival time, through
# the proxy and (as a reference for what the machine itself adds) directly from the mock.
echo
echo "E: $streams concurrent streams of ${stream_seconds} s, short requests alongside"
stream_threads=$((streams * 2 + 256))
start_bg "$work/mock-e.log" "$build/tests/support/wither-mock-upstream" --listen 127.0.0.1:0 \
    --threads "$stream_threads" --chunk-delay-ms 1000 --chunks "$stream_seconds"
mock_e=$(wait_listening "$work/mock-e.log")
# Every stream holds a worker thread (docs/proxy.md §2): streams plus short traffic plus headroom.
start_bg "$work/wither-e.log" "$build/server/wither-proxy" --listen 127.0.0.1:0 --data-dir "$work/wither-e" \
    --upstream-url "$mock_e" --threads "$((streams + 256))"
wither_e=$(wait_listening "$work/wither-e.log")
wither_e_pid=${pids[-1]}
key_e=$(cat "$work/wither-e/management-token")
project_e=$(new_project "$wither_e" "$key_e")
stream_token=$(new_token "$wither_e" "$key_e" "$project_e")
short_token=$(new_token "$wither_e" "$key_e" "$project_e")
ulimit -n 65536 2>/dev/null || true
e_result=$("$build/tests/support/wither-bench-streams" --url "$wither_e" --token "$stream_token" \
    --streams "$streams" --direct-url "$mock_e" --direct-streams 20 --short-token "$short_token" \
    --short-connections 4 --short-interval-ms 10 --ramp-ms 1000 --timeout-s "$((stream_seconds * 3 + 30))" |
    grep '^RESULT' || true)
e_rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$wither_e_pid/status")
kill "$wither_e_pid" 2>/dev/null || true
e_value() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<<"$e_result"; }
if [[ -z "$e_result" ]]; then
    echo "E failed: no result from wither-bench-streams" >&2
    e_json='{"error": "no result"}'
else
    printf '%-44s %s of %s completed (%s events; %s failed)\n' "streams" "$(e_value completed)" "$streams" \
        "$(e_value events)" "$(e_value failed)"
    printf '%-44s p50 %8s  p99 %8s  max %8s ms (target: max < 50 ms)\n' "event delay mock → client through wither" \
        "$(e_value delay_p50_ms)" "$(e_value delay_p99_ms)" "$(e_value delay_max_ms)"
    printf '%-44s p50 %8s  p99 %8s  max %8s ms (reference)\n' "event delay mock → client direct" \
        "$(e_value direct_delay_p50_ms)" "$(e_value direct_delay_p99_ms)" "$(e_value direct_delay_max_ms)"
    printf '%-44s p50 %8s  p99 %8s  max %8s ms over %s requests, %s errors (target p99 < 10 ms)\n' \
        "short requests during the streams" "$(e_value short_p50_ms)" "$(e_value short_p99_ms)" \
        "$(e_value short_max_ms)" "$(e_value short_requests)" "$(e_value short_errors)"
    printf '%-44s %.1f MB\n' "wither-proxy peak RSS (E)" "$(awk -v k="$e_rss_kb" 'BEGIN { print k / 1024 }')"
    e_json=$(printf '{"streams": %s, "completed": %s, "failed": %s, "events": %s, "seconds_per_stream": %s, '`
        `'"event_delay_ms": {"p50": %s, "p99": %s, "max": %s}, '`
        `'"direct_event_delay_ms": {"p50": %s, "p99": %s, "max": %s}, '`
        `'"short_requests": %s, "short_errors": %s, "short_ms": {"p50": %s, "p99": %s, "max": %s}, "rss_mb": %.1f}' \
        "$streams" "$(e_value completed)" "$(e_value failed)" "$(e_value events)" "$stream_seconds" \
        "$(e_value delay_p50_ms)" "$(e_value delay_p99_ms)" "$(e_value delay_max_ms)" \
        "$(e_value direct_delay_p50_ms)" "$(e_value direct_delay_p99_ms)" "$(e_value direct_delay_max_ms)" \
        "$(e_value short_requests)" "$(e_value short_errors)" "$(e_value short_p50_ms)" "$(e_value short_p99_ms)" \
        "$(e_value short_max_ms)" "$(awk -v k="$e_rss_kb" 'BEGIN { print k / 1024 }')")
fi

# ---------------------------------------------------------------------------------------------------------------
# F: a database with $scale_tokens tokens and $scale_events audit events, seeded directly into the server's own
# schema (created by starting and stopping it once), then start-up time, management pages and C against it.
echo
echo "F: $scale_tokens tokens, $scale_events audit events"
data_f="$work/wither-f"
start_bg "$work/wither-f.log" "$build/server/wither-proxy" --listen 127.0.0.1:0 --data-dir "$data_f" \
    --upstream-url "$mock"
wait_listening "$work/wither-f.log" >/dev/null
kill -TERM "${pids[-1]}"
wait "${pids[-1]}" 2>/dev/null || true
seed_start=$(date +%s)
"$root/scripts/bench.d/seed-scale.sh" "$data_f/wither.db" "$scale_tokens" "$scale_events" >/dev/null
echo "seeded in $(($(date +%s) - seed_start)) s; database $(du -h "$data_f/wither.db" | cut -f1)"
: >"$work/wither-f.log"
startup_begin=$(date +%s%N)
start_bg "$work/wither-f.log" "$build/server/wither-proxy" --listen 127.0.0.1:0 --data-dir "$data_f" \
    --upstream-url "$mock"
wither_f=$(wait_listening "$work/wither-f.log")
startup_ms=$((($(date +%s%N) - startup_begin) / 1000000))
wither_f_pid=${pids[-1]}
printf '%-44s %s ms\n' "start-up with the large database" "$startup_ms"
key_f=$(cat "$data_f/management-token")

f_json_rows=""
f_failures=0
# measure LABEL PATH TARGET_MS [REQUESTS]: latency percentiles over one keep-alive curl connection.
measure() {
    local label=$1 path=$2 target=$3 requests=${4:-60} urls=() line
    for _ in $(seq 1 "$requests"); do urls+=(-o /dev/null "$wither_f$path"); done
    line=$(curl -s -H "Authorization: Bearer $key_f" -w '%{http_code} %{time_total}\n' "${urls[@]}" |
        sort -k2 -n | awk '$1 != 200 { bad++ } { v[NR] = $2 * 1000 }
            END { printf "%.1f %.1f %.1f %d", v[int(NR * 0.5 + 0.5)], v[int(NR * 0.99 + 0.5)], v[NR], bad }')
    read -r p50 p99 max bad <<<"$line"
    local verdict="ok"
    if awk -v p="$p99" -v t="$target" 'BEGIN { exit !(p >= t) }'; then verdict="MISSED"; fi
    ((bad > 0)) && verdict="ERRORS"
    [[ $verdict != ok ]] && f_failures=$((f_failures + 1))
    printf '%-44s p50 %7.1f  p99 %7.1f  max %7.1f ms  (target < %s ms: %s)\n' "$label" "$p50" "$p99" "$max" \
        "$target" "$verdict"
    f_json_rows+="${f_json_rows:+, }\"$label\": {\"path\": \"$path\", \"p50_ms\": $p50, \"p99_ms\": $p99, \"max_ms\": $max, \"target_ms\": $target}"
}
measure "tokens: first page (100, newest first)" "/manage/tokens?limit=100" 50
measure "tokens: status=active" "/manage/tokens?status=active&limit=100" 50
measure "tokens: status=expired,rate_limited" "/manage/tokens?status=expired,rate_limited&limit=100" 50
measure "tokens: project + sort=request_count" \
    "/manage/tokens?project_id=00000000-0000-4000-8000-000000000003&sort=request_count&limit=100" 50
measure "tokens: sort=status" "/manage/tokens?sort=status&limit=100" 50
measure "tokens: search label" "/manage/tokens?search=label-4242&limit=100" 50
measure "tokens: page 500 (offset 50 000)" "/manage/tokens?limit=100&offset=50000" 50
measure "audit: first page (50)" "/manage/audit" 100
measure "audit: action=token." "/manage/audit?action=token." 100
measure "audit: actor=ci&outcome=success" "/manage/audit?actor=ci&outcome=success" 100
measure "audit: token_id" "/manage/audit?token_id=00000007-0000-4000-8000-000000000007" 100
measure "audit: from/to one hour" "/manage/audit?from=2026-05-28T20:00:00Z&to=2026-05-28T21:00:00Z" 100
measure "audit: page 2000" "/manage/audit?page=2000" 100
measure "audit: search (rare text)" "/manage/audit?search=req-99999" 100 20
measure "audit: search (common text, 1/3 of events)" "/manage/audit?search=token.rev" 100 10

# C on the big database against C on the small one (the A–D instance), interleaved, at the top connection count.
project_f=$(new_project "$wither_f" "$key_f")
token_f=$(new_token "$wither_f" "$key_f" "$project_f")
top=${connections##* }
for _ in $(seq 1 "$rounds"); do
    run_wrk wither_miss_small "$wither" "$top" "$miss_token" ""
    run_wrk wither_miss_big "$wither_f" "$top" "$token_f" ""
done
read -r small_rps big_rps < <(awk '
    { for (i = 3; i <= NF; i++) { split($i, kv, "="); if (kv[1] == "rps") { sum[$1] += kv[2]; n[$1]++ } } }
    END { printf "%.1f %.1f\n", sum["wither_miss_small"] / n["wither_miss_small"], sum["wither_miss_big"] / n["wither_miss_big"] }' \
    <(grep '^wither_miss_\(small\|big\) ' "$work/results.txt"))
printf '%-44s %.0f req/s on the big database vs %.0f on the small one (ratio %.2f)\n' "C at $top connections" \
    "$big_rps" "$small_rps" "$(awk -v a="$big_rps" -v b="$small_rps" 'BEGIN { print a / b }')"
f_rss_kb=$(awk '/VmHWM/ {print $2}' "/proc/$wither_f_pid/status")
f_json=$(printf '{"tokens": %s, "audit_events": %s, "startup_ms": %s, "pages": {%s}, "missed_targets": %s, '`
    `'"miss_rps_big_db": %s, "miss_rps_small_db": %s, "miss_big_vs_small": %.3f, "rss_mb": %.1f}' \
    "$scale_tokens" "$scale_events" "$startup_ms" "$f_json_rows" "$f_failures" "$big_rps" "$small_rps" \
    "$(awk -v a="$big_rps" -v b="$small_rps" 'BEGIN { print a / b }')" "$(awk -v k="$f_rss_kb" 'BEGIN { print k / 1024 }')")

if [[ -n "$json_out" ]]; then
    # The A–D object ends with its closing brace; E and F join it as two more members.
    sed -i 's/}[[:space:]]*$//' "$json_out"
    printf ', "streams": %s, "scale": %s}\n' "$e_json" "$f_json" >>"$json_out"
fi
