#include "http/RoutingHandler.h"

#include "http/ErrorResponder.h"
#include "http/RequestId.h"

#include "audit/SecretRedactor.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>

#include <chrono>

namespace wither::http {

namespace {

Poco::Logger& log() {
    return Poco::Logger::get("wither.http");
}

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) {
        out += (out.empty() ? "" : ", ") + item;
    }
    return out;
}

/// `/manage/tokens/{id}` → `token.read`.
std::string readAction(const std::string& pattern) {
    std::string area = pattern.size() > 8 ? pattern.substr(8) : std::string("manage");
    area = area.substr(0, area.find('/'));
    if (area.size() > 1 && area.back() == 's') {
        area.pop_back();
    }
    return area + ".read";
}

} // namespace

void RoutingHandler::handleRequest(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response) {
    RequestTracker::Scope inFlight(m_environment.tracker);
    const auto started = std::chrono::steady_clock::now();
    const std::string requestId = RequestId::choose(request.get("X-Request-ID", ""));
    response.set("X-Request-ID", requestId);
    RequestContext ctx(request, response, m_kind, requestId, request.clientAddress().host().toString(),
                       m_environment.maxBodyBytes);
    try {
        dispatch(ctx);
    } catch (...) {
        ErrorResponder::respond(ctx, std::current_exception(), log());
    }
    // Reads are audited whatever their outcome (a 404 on a guessed id is worth seeing too).
    if (m_invoked && m_environment.auditReads && m_invoked->surface == Surface::Management && ctx.method() == "GET" &&
        m_invoked->access != Access::Public) {
        auditRead(ctx, *m_invoked);
    }
    if (log().debug()) {
        const auto ms =
            std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started).count() /
            1000.0;
        log().debug("%s %s %d %.1fms id=%s ip=%s", ctx.method(), audit::SecretRedactor::redact(ctx.path()),
                    static_cast<int>(response.getStatus()), ms, requestId, ctx.clientIp());
    }
}

void RoutingHandler::dispatch(RequestContext& ctx) {
    const Router::Match match = m_environment.router.match(ctx.method(), ctx.path(), m_kind);
    if (!match.route) {
        if (!match.allowedMethods.empty()) {
            ErrorResponder::send(ctx, ErrorCode::MethodNotAllowed,
                                 "Method " + ctx.method() +
                                     " is not allowed here; allowed: " + joined(match.allowedMethods),
                                 {{"Allow", joined(match.allowedMethods)}});
        } else {
            ErrorResponder::send(ctx, ErrorCode::NotFound, "No such endpoint");
        }
        return;
    }
    const Router::Route& route = *match.route;
    ctx.setParams(match.params);
    if (route.access != Access::Public) {
        const auto principal = m_environment.auth.authenticate(ctx);
        if (!principal) {
            return;
        }
        ctx.setPrincipal(*principal);
        if (route.access == Access::AdminOnly && principal->role != Role::Admin) {
            ErrorResponder::send(ctx, ErrorCode::Forbidden,
                                 "This management key has the auditor role, which may not do this");
            return;
        }
    }
    m_invoked = &route;
    route.handler(ctx);
}

void RoutingHandler::auditRead(RequestContext& ctx, const Router::Route& route) {
    try {
        auto event =
            m_environment.audit.makeEvent(readAction(route.pattern), AuditOutcome::Success, ctx.auditContext());
        event.metadata = {{"status", static_cast<int>(ctx.response().getStatus())}, {"query", ctx.rawQuery()}};
        m_environment.audit.appendStandalone(std::move(event));
    } catch (const std::exception& e) {
        log().error("request %s: cannot audit a read: %s", ctx.requestId(), std::string(e.what()));
    }
}

} // namespace wither::http
