#include "proxy/UpstreamExchange.h"

#include "proxy/UpstreamPool.h"

#include <Poco/Exception.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/Socket.h>

#include <algorithm>

namespace wither::proxy {
namespace {

Poco::Timespan toTimespan(std::chrono::milliseconds ms) {
    return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(ms.count()) * 1000);
}

constexpr auto kPollStep = std::chrono::milliseconds(100);

} // namespace

UpstreamExchange::UpstreamExchange(UpstreamPool& pool, UpstreamEndpoint endpoint, Timeouts timeouts)
    : m_pool(pool)
    , m_endpoint(std::move(endpoint))
    , m_timeouts(timeouts) {}

UpstreamExchange::~UpstreamExchange() {
    if (!m_connection) {
        return;
    }
    if (m_complete && m_response.getKeepAlive()) {
        m_pool.release(m_endpoint, std::move(m_connection));
    } else {
        abort();
    }
}

void UpstreamExchange::abort() {
    if (!m_connection) {
        return;
    }
    try {
        m_connection->session().abort();
    } catch (const Poco::Exception&) {
    }
    m_connection.reset();
    m_body = nullptr;
}

void UpstreamExchange::send(const std::string& method, const std::string& target, const HeaderList& headers,
                            std::string_view body) {
    // One retry, only for a pooled connection that turned out dead while the request was being written: the
    // upstream cannot have processed a request on a connection it had already reset.
    for (int attempt = 0;; ++attempt) {
        bool writeFailed = false;
        try {
            sendOnce(method, target, headers, body, writeFailed);
            return;
        } catch (const UpstreamError&) {
            const bool reused = m_connection && m_connection->reused;
            if (writeFailed && reused && attempt == 0) {
                abort();
                continue;
            }
            abort();
            throw;
        }
    }
}

void UpstreamExchange::sendOnce(const std::string& method, const std::string& target, const HeaderList& headers,
                                std::string_view body, bool& writeFailed) {
    m_headRequest = method == "HEAD";
    m_consumed = 0;
    m_connection = m_pool.acquire(m_endpoint);
    auto& session = m_connection->session();
    session.setTimeout(toTimespan(m_timeouts.connect), toTimespan(m_timeouts.headers), toTimespan(m_timeouts.headers));
    try {
        m_connection->connectNow();
    } catch (const Poco::Exception& error) {
        throw UpstreamError(UpstreamError::Kind::Unreachable, false, error.displayText());
    } catch (const std::exception& error) {
        throw UpstreamError(UpstreamError::Kind::Unreachable, false, error.what());
    }

    try {
        auto& socket = session.socket();
        if (m_connection->configuredSocket != socket.impl()->sockfd()) {
            // Poco writes the head and the body separately; Nagle would hold the body back for an ACK.
            socket.setNoDelay(true);
            socket.setSendTimeout(toTimespan(m_timeouts.headers));
            m_connection->configuredSocket = socket.impl()->sockfd();
            m_connection->receiveTimeoutUs = -1;
        }
        // A reused socket keeps the idle timeout of its last body; the head has its own.
        setReceiveTimeout(m_timeouts.headers);

        Poco::Net::HTTPRequest request(method, target, Poco::Net::HTTPMessage::HTTP_1_1);
        for (const auto& [name, value] : headers) {
            request.add(name, value);
        }
        if (!body.empty() || method == "POST" || method == "PUT" || method == "PATCH") {
            request.setContentLength(static_cast<std::streamsize>(body.size()));
        }
        request.setKeepAlive(true);
        std::ostream& out = session.sendRequest(request);
        out.write(body.data(), static_cast<std::streamsize>(body.size()));
        out.flush();
        if (!out) {
            writeFailed = true;
            throw UpstreamError(UpstreamError::Kind::BadResponse, true, "connection lost while sending the request");
        }
        m_body = &session.receiveResponse(m_response);
    } catch (const UpstreamError&) {
        throw;
    } catch (const Poco::TimeoutException& error) {
        throw UpstreamError(UpstreamError::Kind::Timeout, true, error.displayText());
    } catch (const Poco::Exception& error) {
        throw UpstreamError(UpstreamError::Kind::BadResponse, true, error.displayText());
    } catch (const std::exception& error) {
        throw UpstreamError(UpstreamError::Kind::BadResponse, true, error.what());
    }
    try {
        setReceiveTimeout(m_timeouts.idle);
    } catch (const Poco::Exception&) {
    }
}

void UpstreamExchange::setReceiveTimeout(std::chrono::milliseconds timeout) {
    const auto span = toTimespan(timeout);
    if (m_connection->receiveTimeoutUs != span.totalMicroseconds()) {
        m_connection->session().socket().setReceiveTimeout(span);
        m_connection->receiveTimeoutUs = span.totalMicroseconds();
    }
}

HeaderList UpstreamExchange::responseHeaders() const {
    HeaderList out;
    for (const auto& [name, value] : m_response) {
        out.emplace_back(name, value);
    }
    return out;
}

bool UpstreamExchange::isStreaming() const {
    if (m_response.getChunkedTransferEncoding()) {
        return true;
    }
    const std::string& type = m_response.getContentType();
    return type.compare(0, 17, "text/event-stream") == 0;
}

bool UpstreamExchange::waitReadable(const std::function<bool()>& cancelled) {
    const auto deadline = std::chrono::steady_clock::now() + m_timeouts.idle;
    auto& socket = m_connection->session().socket();
    for (;;) {
        if (m_connection->bufferedBytes() > 0 || socket.available() > 0) {
            return true;
        }
        if (socket.poll(toTimespan(kPollStep), Poco::Net::Socket::SELECT_READ | Poco::Net::Socket::SELECT_ERROR)) {
            return true;
        }
        if (cancelled && cancelled()) {
            throw UpstreamError(UpstreamError::Kind::Cancelled, true, "client disconnected");
        }
        if (std::chrono::steady_clock::now() >= deadline) {
            throw UpstreamError(UpstreamError::Kind::IdleTimeout, true, "upstream idle timeout");
        }
    }
}

bool UpstreamExchange::readSome(std::string& out, const std::function<bool()>& cancelled) {
    if (m_complete) {
        return false;
    }
    if (m_body == nullptr) {
        throw UpstreamError(UpstreamError::Kind::BadResponse, true, "no response body stream");
    }
    // Bodies whose end is known from the head need no wait on the socket (which would only see the next idle
    // keep-alive period end); the decoder reports their end without reading.
    const int status = static_cast<int>(m_response.getStatus());
    const bool noBody = m_headRequest || status < 200 || status == 204 || status == 304;
    const bool lengthKnown = !m_response.getChunkedTransferEncoding() && m_response.hasContentLength();
    if (noBody || (lengthKnown && m_consumed >= m_response.getContentLength64())) {
        m_complete = true;
        return false;
    }
    try {
        std::streambuf* buffer = m_body->rdbuf();
        std::streamsize available = buffer->in_avail();
        if (available <= 0) {
            waitReadable(cancelled);
            // Exceptions from the device propagate through the streambuf directly (an istream would swallow them).
            if (buffer->sgetc() == std::char_traits<char>::eof()) {
                m_complete = true;
                return false;
            }
            available = std::max<std::streamsize>(buffer->in_avail(), 1);
        }
        char chunk[16384];
        const auto n = buffer->sgetn(chunk, std::min<std::streamsize>(available, sizeof chunk));
        out.append(chunk, static_cast<std::size_t>(n));
        m_consumed += n;
        return true;
    } catch (const UpstreamError&) {
        abort();
        throw;
    } catch (const Poco::TimeoutException& error) {
        abort();
        throw UpstreamError(UpstreamError::Kind::IdleTimeout, true, error.displayText());
    } catch (const Poco::Exception& error) {
        abort();
        throw UpstreamError(UpstreamError::Kind::BadResponse, true, error.displayText());
    } catch (const std::exception& error) {
        abort();
        throw UpstreamError(UpstreamError::Kind::BadResponse, true, error.what());
    }
}

} // namespace wither::proxy
