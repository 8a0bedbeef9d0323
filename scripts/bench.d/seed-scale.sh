#!/usr/bin/env bash
# Fills a stopped wither-proxy's database (schema created by the server itself) with N tokens in 10 projects and
# M audit events, directly through SQLite: scenario F of scripts/bench and scripts/bench-management.
#   scripts/bench.d/seed-scale.sh DB TOKENS EVENTS
# Tokens: every 13th revoked, every 4th limited to 200 requests, expiries spread over 500 days from 2026-05-28,
# project 9 inactive. Events: six actions, mixed actors and outcomes, one request id each. The benchmark measures
# paging, not the chain, so the start-up events are replaced and the hashes are random.
set -euo pipefail
db=$1 tokens=$2 events=$3
sqlite3 "$db" <<SQL
PRAGMA synchronous = OFF;
PRAGMA foreign_keys = OFF;
BEGIN;
DELETE FROM audit_events;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < 9)
INSERT INTO projects (id, name, api_key_ciphertext, api_key_hint, upstream_url, cache_ttl_seconds, is_active,
                      created_at, updated_at)
SELECT printf('00000000-0000-4000-8000-%012d', i), 'bench-' || i, x'00', 'sk-bench...0000', 'http://127.0.0.1:9', 0,
       i <> 9, 1780000000000, 1780000000000 FROM n;
WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < $tokens - 1)
INSERT INTO tokens (id, secret_hash, hint, project_id, label, is_active, created_at, expires_at, revoked_at,
                    last_used_at, request_count, cache_hit_count, upstream_count, max_requests)
SELECT printf('%08x-0000-4000-8000-%012d', i, i), randomblob(32), 'sk-wt-' || printf('%04d', i % 10000) || '…zzzz',
       printf('00000000-0000-4000-8000-%012d', i % 10), 'label-' || i, (i % 13) <> 0,
       1780000000000 + i * 1000, 1780000000000 + (i % 500) * 86400000, NULL,
       CASE WHEN i % 3 = 0 THEN NULL ELSE 1780000000000 + i * 500 END,
       i % 250, (i % 250) / 3, (i % 250) - (i % 250) / 3, CASE WHEN i % 4 = 0 THEN 200 ELSE NULL END FROM n;
WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < $events)
INSERT INTO audit_events (seq, id, timestamp, action, actor, outcome, project_id, token_id, client_ip, method, path,
                          user_agent, request_id, reason, metadata, prev_hash, hash)
SELECT i, printf('%08x-1111-4111-8111-%012d', i, i), 1780000000000 + i * 100,
       CASE i % 6 WHEN 0 THEN 'token.create' WHEN 1 THEN 'token.revoke' WHEN 2 THEN 'proxy.denied'
                  WHEN 3 THEN 'project.update' WHEN 4 THEN 'auth.failure' ELSE 'token.update' END,
       CASE i % 4 WHEN 0 THEN 'bootstrap' WHEN 1 THEN 'ci' ELSE 'ops-' || (i % 50) END,
       CASE WHEN i % 6 = 4 THEN 'failure' WHEN i % 6 = 2 THEN 'denied' ELSE 'success' END,
       printf('00000000-0000-4000-8000-%012d', i % 10), printf('%08x-0000-4000-8000-%012d', i % $tokens, i % $tokens),
       '10.0.' || (i % 200) || '.' || (i % 250), 'POST', '/manage/tokens', 'bench', 'req-' || i, '',
       '{"n":' || i || '}', '', lower(hex(randomblob(16))) FROM n;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
ANALYZE;
SQL
