#!/usr/bin/env bash
# Creates wither-v1.db: a database at schema version 1 (the DDL of server/store/*Table::createV1, as released)
# with a few rows, for the golden migration test. Run it only to regenerate the committed file.
set -euo pipefail
cd "$(dirname "$0")"
rm -f wither-v1.db
sqlite3 wither-v1.db <<'SQL'
PRAGMA journal_mode = DELETE;
CREATE TABLE projects ( id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, api_key_ciphertext BLOB NOT NULL, api_key_hint TEXT NOT NULL, upstream_url TEXT NOT NULL, cache_ttl_seconds INTEGER NOT NULL DEFAULT 0, is_active INTEGER NOT NULL, deactivated_at INTEGER, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);
CREATE TABLE tokens ( id TEXT PRIMARY KEY, secret_hash BLOB NOT NULL UNIQUE, hint TEXT NOT NULL, project_id TEXT NOT NULL REFERENCES projects(id), label TEXT NOT NULL DEFAULT '', is_active INTEGER NOT NULL, created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, revoked_at INTEGER, last_used_at INTEGER, request_count INTEGER NOT NULL DEFAULT 0, cache_hit_count INTEGER NOT NULL DEFAULT 0, upstream_count INTEGER NOT NULL DEFAULT 0, max_requests INTEGER);
CREATE INDEX idx_tokens_project_created ON tokens(project_id, created_at);
CREATE TABLE management_keys ( id TEXT PRIMARY KEY, name TEXT NOT NULL, role TEXT NOT NULL, key_hash BLOB NOT NULL UNIQUE, created_at INTEGER NOT NULL, last_used_at INTEGER, revoked_at INTEGER);
CREATE UNIQUE INDEX idx_management_keys_name ON management_keys(name) WHERE revoked_at IS NULL;
CREATE TABLE audit_events ( seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, timestamp INTEGER NOT NULL, action TEXT NOT NULL, actor TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL, project_id TEXT, token_id TEXT, client_ip TEXT NOT NULL DEFAULT '', method TEXT NOT NULL DEFAULT '', path TEXT NOT NULL DEFAULT '', user_agent TEXT NOT NULL DEFAULT '', request_id TEXT NOT NULL DEFAULT '', reason TEXT NOT NULL DEFAULT '', metadata TEXT NOT NULL DEFAULT '{}', prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE INDEX idx_audit_timestamp ON audit_events(timestamp);
CREATE TABLE server_state (key TEXT PRIMARY KEY, value BLOB);

INSERT INTO projects VALUES ('11111111-1111-4111-8111-111111111111', 'golden-active', x'00112233', 'sk-golde...abcd', 'https://api.openai.com', 60, 1, NULL, 1780000000000, 1780000000000);
INSERT INTO projects VALUES ('22222222-2222-4222-8222-222222222222', 'golden-inactive', x'44556677', 'sk-golde...wxyz', 'http://127.0.0.1:9', 0, 0, 1780000500000, 1780000100000, 1780000500000);
INSERT INTO tokens VALUES ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaaa', x'01', 'sk-wt-AbCd…WxYz', '11111111-1111-4111-8111-111111111111', 'ci', 1, 1780000000000, 4102444800000, NULL, 1780000200000, 12, 5, 7, 100);
INSERT INTO tokens VALUES ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbbb', x'02', 'sk-wt-EfGh…StUv', '11111111-1111-4111-8111-111111111111', '', 0, 1780000000000, 4102444800000, 1780000300000, NULL, 0, 0, 0, NULL);
INSERT INTO tokens VALUES ('cccccccc-cccc-4ccc-8ccc-cccccccccccc', x'03', 'sk-wt-IjKl…OpQr', '22222222-2222-4222-8222-222222222222', 'old', 1, 1780000000000, 1780000060000, NULL, NULL, 3, 0, 3, NULL);
INSERT INTO management_keys VALUES ('dddddddd-dddd-4ddd-8ddd-dddddddddddd', 'bootstrap', 'admin', x'0a0b', 1780000000000, NULL, NULL);
INSERT INTO management_keys VALUES ('eeeeeeee-eeee-4eee-8eee-eeeeeeeeeeee', 'security', 'auditor', x'0c0d', 1780000000000, 1780000400000, NULL);
INSERT INTO audit_events VALUES (1, 'ffffffff-ffff-4fff-8fff-ffffffffffff', 1780000000000, 'project.create', 'bootstrap', 'success', '11111111-1111-4111-8111-111111111111', NULL, '127.0.0.1', 'POST', '/manage/projects', 'curl/8', 'req-1', '', '{"name":"golden-active"}', '', 'abc');
INSERT INTO server_state VALUES ('golden', x'01');
PRAGMA user_version = 1;
SQL
echo "wrote $(pwd)/wither-v1.db"
