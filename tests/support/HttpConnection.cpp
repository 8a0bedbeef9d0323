#include "tests/support/HttpConnection.h"

#include <algorithm>
#include <cctype>
#include <csignal>
#include <mutex>

#include <Poco/Exception.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/NetSSL.h>
#include <Poco/Net/SSLException.h>
#include <Poco/Net/SecureStreamSocket.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

#include "tests/support/HttpError.h"

namespace wither::testing {

namespace {

constexpr std::size_t kMaxLineLength = 64 * 1024;
constexpr std::size_t kMaxHeaderFields = 1000;
constexpr std::size_t kReadSize = 16 * 1024;

void ignoreSigpipeOnce() {
    static std::once_flag once;
    // A write to a connection the server already closed must fail the request, not kill the test.
    std::call_once(once, [] { std::signal(SIGPIPE, SIG_IGN); });
}

Poco::Net::Context::Ptr tlsContext() {
    static std::once_flag once;
    static Poco::Net::Context::Ptr context;
    std::call_once(once, [] {
        Poco::Net::initializeSSL();
        // Tests run servers with throw-away certificates; trust is not what they check.
        context = Poco::makeAuto<Poco::Net::Context>(Poco::Net::Context::TLS_CLIENT_USE, "", "", "",
                                                     Poco::Net::Context::VERIFY_NONE);
    });
    return context;
}

Poco::Timespan toTimespan(std::chrono::milliseconds duration) {
    return Poco::Timespan(static_cast<Poco::Timespan::TimeDiff>(std::max<std::int64_t>(duration.count(), 1)) * 1000);
}

/// Maps what Poco throws onto the error kinds tests assert on.
[[noreturn]] void rethrowAsHttpError(std::string_view context) {
    const std::string where(context);
    try {
        throw;
    } catch (const HttpError&) {
        throw;
    } catch (const Poco::TimeoutException& error) {
        throw HttpError(HttpErrorKind::Timeout, where + ": " + error.displayText());
    } catch (const Poco::Net::ConnectionRefusedException& error) {
        throw HttpError(HttpErrorKind::Connect, where + ": " + error.displayText());
    } catch (const Poco::Net::ConnectionResetException& error) {
        throw HttpError(HttpErrorKind::Reset, where + ": " + error.displayText());
    } catch (const Poco::Net::SSLException& error) {
        throw HttpError(HttpErrorKind::Tls, where + ": " + error.displayText());
    } catch (const Poco::Exception& error) {
        throw HttpError(HttpErrorKind::Other, where + ": " + error.displayText());
    }
}

std::string trim(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) {
        text.remove_prefix(1);
    }
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) {
        text.remove_suffix(1);
    }
    return std::string(text);
}

std::string lower(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

/// Whether a comma-separated header list (e.g. Connection) holds `token`, in any case.
bool hasToken(const HttpResponse& response, std::string_view name, std::string_view token) {
    for (const auto& value : response.headerValues(name)) {
        std::string_view rest(value);
        while (!rest.empty()) {
            const auto comma = rest.find(',');
            if (lower(trim(rest.substr(0, comma))) == token) {
                return true;
            }
            rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        }
    }
    return false;
}

} // namespace

HttpConnection::HttpConnection(const std::string& scheme, const std::string& host, std::uint16_t port,
                               std::chrono::milliseconds timeout) {
    ignoreSigpipeOnce();
    const std::string where = "connect to " + host + ":" + std::to_string(port);
    try {
        const Poco::Net::SocketAddress address(host, port);
        if (scheme == "https") {
            auto secure = std::make_unique<Poco::Net::SecureStreamSocket>(tlsContext());
            secure->setPeerHostName(host);
            secure->connect(address, toTimespan(timeout));
            socket_ = std::move(secure);
        } else {
            socket_ = std::make_unique<Poco::Net::StreamSocket>();
            socket_->connect(address, toTimespan(timeout));
        }
        socket_->setNoDelay(true);
    } catch (const Poco::TimeoutException& error) {
        throw HttpError(HttpErrorKind::Connect, where + " timed out: " + error.displayText());
    } catch (const Poco::Net::SSLException& error) {
        throw HttpError(HttpErrorKind::Tls, where + ": " + error.displayText());
    } catch (const Poco::Exception& error) {
        throw HttpError(HttpErrorKind::Connect, where + ": " + error.displayText());
    }
}

HttpConnection::~HttpConnection() {
    close();
}

void HttpConnection::close() {
    if (socket_) {
        try {
            socket_->close();
        } catch (const Poco::Exception&) {
            // Closing is best effort; the descriptor is released either way.
        }
    }
    reusable_ = false;
}

std::chrono::milliseconds HttpConnection::waitBudget() const {
    auto budget = idle_;
    if (deadline_ != Clock::time_point::max()) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline_ - Clock::now());
        budget = std::min(budget, left);
    }
    if (budget.count() <= 0) {
        throw HttpError(HttpErrorKind::Timeout, "request deadline passed");
    }
    return budget;
}

void HttpConnection::write(std::string_view bytes) {
    try {
        socket_->setSendTimeout(toTimespan(waitBudget()));
        socket_->sendBytes(bytes.data(), static_cast<int>(bytes.size()));
    } catch (...) {
        reusable_ = false;
        rethrowAsHttpError("send request");
    }
}

std::size_t HttpConnection::fill() {
    if (offset_ > 0 && offset_ == buffer_.size()) {
        buffer_.clear();
        offset_ = 0;
    }
    const auto old = buffer_.size();
    buffer_.resize(old + kReadSize);
    int got = 0;
    try {
        socket_->setReceiveTimeout(toTimespan(waitBudget()));
        got = socket_->receiveBytes(buffer_.data() + old, static_cast<int>(kReadSize));
    } catch (...) {
        buffer_.resize(old);
        reusable_ = false;
        rethrowAsHttpError("receive response");
    }
    buffer_.resize(old + static_cast<std::size_t>(std::max(got, 0)));
    return static_cast<std::size_t>(std::max(got, 0));
}

std::string HttpConnection::readLine(std::string_view context) {
    while (true) {
        const auto newline = buffer_.find('\n', offset_);
        if (newline != std::string::npos) {
            std::string line = buffer_.substr(offset_, newline - offset_);
            offset_ = newline + 1;
            if (!line.empty() && line.back() == '\r') {
                line.pop_back();
            }
            return line;
        }
        if (buffer_.size() - offset_ > kMaxLineLength) {
            throw HttpError(HttpErrorKind::Protocol, std::string(context) + ": line longer than 64 KiB");
        }
        if (fill() == 0) {
            throw HttpError(HttpErrorKind::Closed, "connection closed " + std::string(context));
        }
    }
}

void HttpConnection::readHead(HttpResponse& response) {
    reusable_ = false;
    while (true) {
        if (offset_ == buffer_.size() && fill() == 0) {
            throw HttpError(HttpErrorKind::Closed, "connection closed before any response");
        }
        const auto statusLine = readLine("in the status line");
        // "HTTP/1.1 200 OK": version, a three-digit code, an optional reason.
        if (!statusLine.starts_with("HTTP/1.") || statusLine.size() < 12 || statusLine[8] != ' ' ||
            !std::isdigit(static_cast<unsigned char>(statusLine[9])) ||
            !std::isdigit(static_cast<unsigned char>(statusLine[10])) ||
            !std::isdigit(static_cast<unsigned char>(statusLine[11])) ||
            (statusLine.size() > 12 && statusLine[12] != ' ')) {
            throw HttpError(HttpErrorKind::Protocol, "malformed status line: " + statusLine.substr(0, 100));
        }
        response.version = statusLine.substr(0, 8);
        response.status = std::stoi(statusLine.substr(9, 3));
        response.reason = statusLine.size() > 13 ? statusLine.substr(13) : std::string();
        response.headers.clear();
        while (true) {
            auto line = readLine("in the response head");
            if (line.empty()) {
                break;
            }
            const auto colon = line.find(':');
            if (colon == std::string::npos || colon == 0 || line.find_first_of(" \t") < colon) {
                throw HttpError(HttpErrorKind::Protocol, "malformed header field: " + line.substr(0, 100));
            }
            if (response.headers.size() == kMaxHeaderFields) {
                throw HttpError(HttpErrorKind::Protocol, "more than 1000 header fields");
            }
            response.headers.emplace_back(line.substr(0, colon), trim(std::string_view(line).substr(colon + 1)));
        }
        if (response.status >= 200 || response.status == 101) {
            return;
        }
    }
}

bool HttpConnection::readBody(const HttpResponse& head, bool headRequest, const BodySink& sink) {
    reusable_ = false;
    const bool keepAlive = head.version == "HTTP/1.1" ? !hasToken(head, "Connection", "close")
                                                      : hasToken(head, "Connection", "keep-alive");
    // Hands over what is buffered (at most `limit` bytes), reading more first when nothing is.
    auto deliver = [&](std::size_t limit, std::string_view context, bool untilClose) -> std::pair<std::size_t, bool> {
        if (offset_ == buffer_.size() && fill() == 0) {
            if (untilClose) {
                return {0, true};
            }
            throw HttpError(HttpErrorKind::Closed, "connection closed " + std::string(context));
        }
        const auto count = std::min(limit, buffer_.size() - offset_);
        const std::string_view piece(buffer_.data() + offset_, count);
        offset_ += count;
        return {count, !sink(piece)};
    };

    if (headRequest || head.status < 200 || head.status == 204 || head.status == 304) {
        reusable_ = keepAlive;
        return true;
    }
    const auto transferEncoding = head.headerValues("Transfer-Encoding");
    if (!transferEncoding.empty()) {
        if (lower(trim(transferEncoding.back())).ends_with("chunked")) {
            while (true) {
                const auto sizeLine = readLine("in a chunk size line");
                const auto sizeText = trim(std::string_view(sizeLine).substr(0, sizeLine.find(';')));
                if (sizeText.empty() || sizeText.size() > 15 ||
                    sizeText.find_first_not_of("0123456789abcdefABCDEF") != std::string::npos) {
                    throw HttpError(HttpErrorKind::Protocol, "malformed chunk size: " + sizeLine.substr(0, 100));
                }
                auto remaining = std::stoull(sizeText, nullptr, 16);
                if (remaining == 0) {
                    while (!readLine("in the chunked trailer").empty()) {
                    }
                    reusable_ = keepAlive;
                    return true;
                }
                while (remaining > 0) {
                    const auto [count, stop] = deliver(remaining, "in the middle of a chunk", false);
                    remaining -= count;
                    if (stop) {
                        return false;
                    }
                }
                if (!readLine("after a chunk").empty()) {
                    throw HttpError(HttpErrorKind::Protocol, "chunk not followed by CRLF");
                }
            }
        }
        // Any other transfer coding runs to the end of the connection.
        while (true) {
            const auto [count, stop] = deliver(kReadSize, "", true);
            if (stop && count > 0) {
                return false;
            }
            if (count == 0) {
                return true;
            }
        }
    }
    const auto lengths = head.headerValues("Content-Length");
    if (!lengths.empty()) {
        const auto text = trim(lengths.front());
        const bool consistent =
            std::all_of(lengths.begin(), lengths.end(), [&](const auto& v) { return trim(v) == text; });
        if (text.empty() || text.size() > 18 || text.find_first_not_of("0123456789") != std::string::npos ||
            !consistent) {
            throw HttpError(HttpErrorKind::Protocol, "invalid Content-Length: " + lengths.front());
        }
        auto remaining = std::stoull(text);
        while (remaining > 0) {
            const auto [count, stop] = deliver(remaining, "before Content-Length bytes arrived", false);
            remaining -= count;
            if (stop) {
                return false;
            }
        }
        reusable_ = keepAlive;
        return true;
    }
    // Neither length nor chunking: the body ends when the server closes.
    while (true) {
        const auto [count, stop] = deliver(kReadSize, "", true);
        if (count == 0) {
            return true;
        }
        if (stop) {
            return false;
        }
    }
}

bool HttpConnection::stillIdle() const {
    if (!socket_ || offset_ != buffer_.size()) {
        return false;
    }
    try {
        return !socket_->poll(Poco::Timespan(0), Poco::Net::Socket::SELECT_READ | Poco::Net::Socket::SELECT_ERROR);
    } catch (const Poco::Exception&) {
        return false;
    }
}

std::string HttpConnection::rawExchange(const std::string& host, std::uint16_t port, std::string_view bytes,
                                        std::chrono::milliseconds timeout, bool halfClose) {
    HttpConnection connection("http", host, port, timeout);
    connection.setDeadline(Clock::now() + timeout);
    connection.setIdleTimeout(timeout);
    try {
        connection.write(bytes);
        if (halfClose) {
            connection.socket_->shutdownSend();
        }
    } catch (const std::exception&) {
        // A server may answer and close before it has read everything (e.g. a huge header); read that answer.
    }
    try {
        while (connection.fill() > 0) {
        }
    } catch (const HttpError& error) {
        // A timeout or reset ends the exchange; what arrived before is the answer.
        if (error.kind() != HttpErrorKind::Timeout && error.kind() != HttpErrorKind::Reset) {
            throw;
        }
    }
    return connection.buffer_;
}

} // namespace wither::testing
