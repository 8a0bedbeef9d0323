#include "http/RequestContext.h"

#include "shared/ApiError.h"
#include "shared/Codec.h"

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Exception.h>
#include <Poco/URI.h>

#include <cerrno>
#include <istream>

#include <sys/socket.h>

namespace wither::http {

RequestContext::RequestContext(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                               ListenerKind listener, std::string requestId, std::string clientIp,
                               std::int64_t maxBodyBytes)
    : m_request(request)
    , m_response(response)
    , m_listener(listener)
    , m_method(request.getMethod())
    , m_requestId(std::move(requestId))
    , m_clientIp(std::move(clientIp))
    , m_maxBodyBytes(maxBodyBytes) {
    const std::string& target = request.getURI();
    const auto question = target.find('?');
    m_path = target.substr(0, question);
    if (question != std::string::npos) {
        m_rawQuery = target.substr(question + 1);
    }
    const auto hash = m_rawQuery.find('#');
    if (hash != std::string::npos) {
        m_rawQuery.resize(hash);
    }
}

std::string RequestContext::header(const std::string& name) const {
    return m_request.get(name, "");
}

const std::string& RequestContext::param(const std::string& name) const {
    static const std::string empty;
    const auto it = m_params.find(name);
    return it == m_params.end() ? empty : it->second;
}

const std::vector<std::pair<std::string, std::string>>& RequestContext::queryParameters() const {
    if (!m_query) {
        std::vector<std::pair<std::string, std::string>> parsed;
        try {
            Poco::URI uri;
            uri.setRawQuery(m_rawQuery);
            for (auto& [key, value] : uri.getQueryParameters()) {
                parsed.emplace_back(key, value);
            }
        } catch (const Poco::Exception&) {
            throw ApiError::validation("query", "is not a valid query string");
        }
        m_query = std::move(parsed);
    }
    return *m_query;
}

std::optional<std::string> RequestContext::query(const std::string& name) const {
    for (const auto& [key, value] : queryParameters()) {
        if (key == name) {
            return value;
        }
    }
    return std::nullopt;
}

const std::string& RequestContext::body() {
    if (m_body) {
        return *m_body;
    }
    const auto tooLarge = [this] {
        // The rest of the body is never read, so the connection cannot carry another request.
        m_response.setKeepAlive(false);
        return ApiError(ErrorCode::PayloadTooLarge,
                        "Request body is larger than the limit of " + std::to_string(m_maxBodyBytes) + " bytes");
    };
    if (m_request.hasContentLength() && m_request.getContentLength64() > m_maxBodyBytes) {
        throw tooLarge();
    }
    std::string data;
    std::istream& in = m_request.stream();
    char buffer[16384];
    while (in) {
        in.read(buffer, sizeof buffer);
        const auto got = in.gcount();
        if (got <= 0) {
            break;
        }
        data.append(buffer, static_cast<std::size_t>(got));
        if (static_cast<std::int64_t>(data.size()) > m_maxBodyBytes) {
            m_body = std::string();
            throw tooLarge();
        }
    }
    if (m_request.hasContentLength() && static_cast<std::int64_t>(data.size()) < m_request.getContentLength64()) {
        // The client went away mid-body (Poco ends the stream quietly): never act on a truncated request.
        m_response.setKeepAlive(false);
        throw ApiError::validation("body", "ended after " + std::to_string(data.size()) + " of " +
                                               std::to_string(m_request.getContentLength64()) + " declared bytes");
    }
    if (!m_request.hasContentLength() && m_request.getChunkedTransferEncoding() && peerClosed()) {
        // Poco also ends a chunked body quietly when the connection drops mid-chunk. A client that closed its side
        // cannot read an answer anyway, so a body that ended with the connection is never trusted.
        m_response.setKeepAlive(false);
        throw ApiError::validation("body", "the connection closed before the chunked body was complete");
    }
    m_body = std::move(data);
    return *m_body;
}

bool RequestContext::peerClosed() const {
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&m_request);
    if (impl == nullptr) {
        return false;
    }
    try {
        const int fd = impl->socket().impl()->sockfd();
        char byte;
        const auto n = ::recv(fd, &byte, 1, MSG_PEEK | MSG_DONTWAIT);
        // 0 = orderly close; an error other than "nothing to read" = reset.
        return n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR);
    } catch (const std::exception&) {
        return true;
    }
}

nlohmann::json RequestContext::jsonBody() {
    return parseJson(body());
}

audit::AuditContext RequestContext::auditContext() const {
    audit::AuditContext context;
    context.actor = m_principal ? m_principal->name : std::string();
    context.clientIp = m_clientIp;
    context.method = m_method;
    context.path = m_path;
    context.userAgent = m_request.get("User-Agent", "");
    if (context.userAgent.size() > 512) {
        context.userAgent.resize(512);
    }
    context.requestId = m_requestId;
    return context;
}

void RequestContext::sendJson(int status, const nlohmann::json& body) {
    send(status, "application/json", body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

void RequestContext::finishReadingBody() {
    if (m_body) {
        return;
    }
    // An answer given before the body was read (401, 403, 404, …) must not leave the body in the connection, where
    // it would be taken for the next request. Small bodies are drained; anything else closes the connection.
    constexpr std::int64_t kDrainLimit = 64 * 1024;
    const bool chunked = m_request.getChunkedTransferEncoding();
    const std::int64_t length = m_request.hasContentLength() ? m_request.getContentLength64() : 0;
    if (chunked || length > kDrainLimit) {
        m_response.setKeepAlive(false);
        return;
    }
    if (length > 0) {
        try {
            body();
        } catch (const std::exception&) {
            m_response.setKeepAlive(false);
        }
    }
}

void RequestContext::send(int status, const std::string& contentType, const std::string& body) {
    finishReadingBody();
    m_response.setStatusAndReason(static_cast<Poco::Net::HTTPResponse::HTTPStatus>(status));
    m_response.setContentType(contentType);
    m_response.setContentLength64(static_cast<Poco::Int64>(body.size()));
    m_response.sendBuffer(body.data(), body.size());
}

void RequestContext::sendNoContent() {
    finishReadingBody();
    m_response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_NO_CONTENT);
    m_response.setContentLength(0);
    m_response.send();
}

bool RequestContext::responseSent() const {
    return m_response.sent();
}

} // namespace wither::http
