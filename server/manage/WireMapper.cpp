#include "manage/WireMapper.h"

namespace wither::manage {

Project WireMapper::project(const store::ProjectRow& row, std::int64_t tokenCount, std::int64_t activeTokenCount) {
    Project p;
    p.id = row.id;
    p.name = row.name;
    p.apiKey = row.apiKeyHint;
    p.upstreamUrl = row.upstreamUrl;
    p.cacheTtlSeconds = row.cacheTtlSeconds;
    p.isActive = row.isActive;
    p.deactivatedAt = row.deactivatedAt;
    p.createdAt = row.createdAt;
    p.updatedAt = row.updatedAt;
    p.tokenCount = tokenCount;
    p.activeTokenCount = activeTokenCount;
    return p;
}

Token WireMapper::token(const store::TokenRow& row, TimePoint now) {
    Token t;
    t.id = row.id;
    t.token = row.hint;
    t.projectId = row.projectId;
    t.projectName = row.projectName;
    t.label = row.label;
    t.isActive = row.isActive;
    t.createdAt = row.createdAt;
    t.expiresAt = row.expiresAt;
    t.revokedAt = row.revokedAt;
    t.lastUsedAt = row.lastUsedAt;
    t.requestCount = row.requestCount;
    t.cacheHitCount = row.cacheHitCount;
    t.upstreamCount = row.upstreamCount;
    t.maxRequests = normalizeRequestLimit(row.maxRequests);
    t.remaining = remainingRequests(t.maxRequests, row.requestCount);
    t.status = deriveTokenStatus(
        TokenState{row.isActive, row.expiresAt, row.projectActive, row.requestCount, t.maxRequests}, now);
    return t;
}

ManagementKey WireMapper::key(const store::ManagementKeyRow& row) {
    ManagementKey k;
    k.id = row.id;
    k.name = row.name;
    k.role = row.role;
    k.createdAt = row.createdAt;
    k.lastUsedAt = row.lastUsedAt;
    return k;
}

} // namespace wither::manage
