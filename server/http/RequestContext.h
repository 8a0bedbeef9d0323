#pragma once

#include "http/ListenerKind.h"
#include "http/Principal.h"

#include "audit/AuditContext.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace Poco::Net {
class HTTPServerRequest;
class HTTPServerResponse;
} // namespace Poco::Net

namespace wither::http {

/// One request as handlers see it: path parameters, query, the body (read once, within the limit), the request
/// id, the client address, the authenticated principal, and helpers to answer with JSON.
///
/// Handlers that need the raw exchange (the proxy's streaming relay) use request()/response() directly; the
/// `X-Request-ID` header is already set on the response.
class RequestContext {
public:
    RequestContext(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                   ListenerKind listener, std::string requestId, std::string clientIp, std::int64_t maxBodyBytes);

    Poco::Net::HTTPServerRequest& request() const { return m_request; }
    Poco::Net::HTTPServerResponse& response() const { return m_response; }
    ListenerKind listener() const { return m_listener; }

    const std::string& method() const { return m_method; }
    /// The request target's path, still percent-encoded, without the query.
    const std::string& path() const { return m_path; }
    /// The raw query string without `?` ("" when none).
    const std::string& rawQuery() const { return m_rawQuery; }
    const std::string& requestId() const { return m_requestId; }
    /// The socket peer's address (X-Forwarded-For is never trusted).
    const std::string& clientIp() const { return m_clientIp; }
    std::int64_t maxBodyBytes() const { return m_maxBodyBytes; }
    /// A request header, "" when absent.
    std::string header(const std::string& name) const;

    /// A path parameter of the matched route (`{id}`), percent-decoded.
    const std::string& param(const std::string& name) const;
    void setParams(std::map<std::string, std::string> params) { m_params = std::move(params); }
    /// The first value of a query parameter, decoded; nullopt when absent. Throws ApiError(validation_failed) when
    /// the query string is malformed.
    std::optional<std::string> query(const std::string& name) const;
    /// Every query parameter, decoded, in order.
    const std::vector<std::pair<std::string, std::string>>& queryParameters() const;

    /// The request body, read once; throws ApiError(payload_too_large) above the limit.
    const std::string& body();
    /// The body as JSON; throws DecodeError (invalid_json) when it is not.
    nlohmann::json jsonBody();
    /// True when the client has closed or reset its connection (peeks at the socket without consuming anything;
    /// pipelined bytes mean it is alive).
    bool peerClosed() const;

    const std::optional<Principal>& principal() const { return m_principal; }
    void setPrincipal(Principal principal) { m_principal = std::move(principal); }
    /// The audit context of this request (actor = principal's name when authenticated).
    audit::AuditContext auditContext() const;

    /// Sends a JSON body with `Content-Type: application/json`.
    void sendJson(int status, const nlohmann::json& body);
    /// Sends any body; used for small non-JSON answers.
    void send(int status, const std::string& contentType, const std::string& body);
    void sendNoContent();
    /// True once a response has been started.
    bool responseSent() const;
    /// Consumes a body nobody read (small ones) or marks the connection for closing, so keep-alive stays in sync.
    void finishReadingBody();

private:
    Poco::Net::HTTPServerRequest& m_request;
    Poco::Net::HTTPServerResponse& m_response;
    ListenerKind m_listener;
    std::string m_method;
    std::string m_path;
    std::string m_rawQuery;
    std::string m_requestId;
    std::string m_clientIp;
    std::int64_t m_maxBodyBytes;
    std::map<std::string, std::string> m_params;
    mutable std::optional<std::vector<std::pair<std::string, std::string>>> m_query;
    std::optional<std::string> m_body;
    std::optional<Principal> m_principal;
};

} // namespace wither::http
