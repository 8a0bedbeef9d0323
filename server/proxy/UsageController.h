#pragma once

#include "shared/Clock.h"

namespace wither::http {
class RequestContext;
class Router;
} // namespace wither::http
namespace wither::store {
class ProjectStore;
class TokenStore;
} // namespace wither::store
namespace wither::usage {
class UsageRecorder;
class UsageStore;
} // namespace wither::usage

namespace wither::proxy {

/// `GET /manage/tokens/{id}/usage`, `/manage/projects/{id}/usage` and `/manage/usage` (api.md §2.5): zero-filled
/// series of aligned UTC buckets. Pending usage is flushed first, so a series includes the caller's own traffic.
class UsageController {
public:
    UsageController(store::TokenStore& tokens, store::ProjectStore& projects, usage::UsageStore& usage,
                    usage::UsageRecorder& recorder, const Clock& clock)
        : m_tokens(tokens)
        , m_projects(projects)
        , m_usage(usage)
        , m_recorder(recorder)
        , m_clock(clock) {}

    void registerRoutes(http::Router& router);

    void tokenUsage(http::RequestContext& ctx);
    void projectUsage(http::RequestContext& ctx);
    void allUsage(http::RequestContext& ctx);

private:
    void flushPending();

    store::TokenStore& m_tokens;
    store::ProjectStore& m_projects;
    usage::UsageStore& m_usage;
    usage::UsageRecorder& m_recorder;
    const Clock& m_clock;
};

} // namespace wither::proxy
