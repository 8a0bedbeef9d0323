#!/usr/bin/env bash
# Renders docs/screenshots/*.png: starts the mock upstream and a fresh wither-proxy, seeds realistic data through
# the HTTP API (projects, tokens in every status, traffic with cache hits and upstream errors), runs
# `wither-admin --screenshot` offscreen and stops everything again.
# Usage: tests/desktop/render-screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-$root/build}
out=${2:-$root/docs/screenshots}
work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    wait 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

start() { # log program args... -> prints the listening URL
    local log=$1; shift
    "$@" >"$log" 2>&1 &
    pids+=("$!")
    for _ in $(seq 1 100); do
        if grep -q "listening on" "$log"; then
            grep -m1 -o 'listening on http://[0-9.:]*' "$log" | sed 's/listening on //'
            return 0
        fi
        sleep 0.1
    done
    cat "$log" >&2
    return 1
}

mock=$(start "$work/mock.log" "$build/tests/support/wither-mock-upstream" --listen 127.0.0.1:0)
url=$(start "$work/proxy.log" "$build/server/wither-proxy" --listen 127.0.0.1:0 --data-dir "$work/data" \
    --upstream-url "$mock")
key=$(cat "$work/data/management-token")
api() { curl -sS -f -H "Authorization: Bearer $key" -H "Content-Type: application/json" "$@"; }
id() { sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -n1; }
secret() { sed -n 's/.*"token_secret":"\([^"]*\)".*/\1/p'; }

project() { api -X POST "$url/manage/projects" -d "$1" | id; }
support=$(project '{"name":"Support Chatbot","api_key":"sk-proj-support-0123456789abcdef","cache_ttl_seconds":600}')
search=$(project '{"name":"Docs Search","api_key":"sk-proj-docs-0123456789abcdef","cache_ttl_seconds":3600}')
ci=$(project '{"name":"CI Pipelines","api_key":"sk-proj-ci-0123456789abcdef"}')
legacy=$(project '{"name":"Legacy Batch Jobs","api_key":"sk-proj-legacy-0123456789abcdef"}')

token() { api -X POST "$url/manage/tokens" -d "{\"project_id\":\"$1\"$2}"; }
chat() { # secret message [curl args]
    local s=$1 m=$2; shift 2
    curl -sS -o /dev/null -H "Authorization: Bearer $s" -H "Content-Type: application/json" "$@" \
        -d "{\"model\":\"gpt-4o-mini\",\"messages\":[{\"role\":\"user\",\"content\":\"$m\"}]}" \
        "$url/v1/chat/completions" || true
}

bot=$(token "$support" ',"duration_hours":720,"label":"support-bot production"')
bot_secret=$(echo "$bot" | secret)
staging=$(token "$support" ',"duration_hours":168,"max_requests":500,"label":"support-bot staging"' | secret)
docs=$(token "$search" ',"duration_hours":720,"label":"docs indexer"' | secret)
nightly=$(token "$ci" ',"duration_hours":8,"max_requests":100,"label":"nightly build"' | secret)
flaky=$(token "$ci" ',"duration_hours":6,"max_requests":14,"label":"integration tests"' | secret)
loadtest=$(token "$ci" ',"duration_hours":24,"max_requests":20,"label":"load test"' | secret)
token "$ci" ',"duration_hours":3,"label":"debugging session"' >/dev/null
token "$search" ',"duration_hours":2,"label":"one-off experiment"' >/dev/null
token "$support" ',"duration_hours":168,"label":"weekly report job"' >/dev/null
leaked=$(token "$support" ',"duration_hours":720,"label":"leaked laptop key"' | id)
old=$(token "$search" ',"duration_hours":24,"label":"contractor access"' | id)
short=$(token "$ci" ',"duration_seconds":2,"label":"smoke test"' | secret)
token "$legacy" ',"duration_hours":168,"label":"nightly batch"' >/dev/null
token "$legacy" ',"duration_hours":720,"label":"archive export"' >/dev/null

# Traffic: repeated questions hit the cache, the load test runs into its limit, some upstream errors.
for round in 1 2 3; do
    for i in $(seq 1 8); do chat "$bot_secret" "How do I reset my password? ($((i % 4)))"; done
    for i in $(seq 1 4); do chat "$staging" "Staging check $((i % 2))"; done
    for i in $(seq 1 5); do chat "$docs" "Search docs for topic $((i % 3))" -H "Cache-Control: max-age=600"; done
    for i in $(seq 1 6); do chat "$nightly" "Build step $round.$i"; done
    for i in $(seq 1 3); do chat "$flaky" "Integration $round.$i"; done
    chat "$flaky" "Integration failure" -H "X-Mock-Fault: 500"
    sleep 20
done
for i in $(seq 1 21); do chat "$loadtest" "Load $i"; done
chat "$short" "smoke"
chat "sk-wt-invalidinvalidinvalidinvalid12" "who am I"
api -X DELETE "$url/manage/tokens/$leaked" >/dev/null
api -X DELETE "$url/manage/tokens/$old" >/dev/null
api -X PATCH "$url/manage/projects/$legacy" -d '{"is_active":false}' >/dev/null
sleep 3 # the smoke test token expires; counters and usage are flushed

mkdir -p "$out"
QT_QPA_PLATFORM=offscreen WITHER_ADMIN_KEYSTORE=file "$build/desktop/wither-admin" --screenshot "$out" \
    --server "$url" --key-file "$work/data/management-token"
# The connection dialog after a TLS failure (a self-signed HTTPS server made by the test).
QT_QPA_PLATFORM=offscreen WITHER_SCREENSHOT_DIR="$out" "$build/tests/desktop/TestTlsPinning" dialogTlsStateRenders \
    >/dev/null && echo "$out/connection-tls.png"
