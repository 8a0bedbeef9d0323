#include "tests/support/HttpClient.h"

#include <atomic>
#include <map>
#include <mutex>

#include "tests/support/HttpConnection.h"

namespace wither::testing {

namespace {

using Clock = std::chrono::steady_clock;

struct Target {
    std::string scheme;
    std::string host;
    std::uint16_t port = 0;
    std::string hostHeader;
    std::string requestTarget;
    std::string key() const { return scheme + "://" + hostHeader; }
};

/// Splits an absolute URL by hand: Poco::URI would normalise the path, and tests send odd paths on purpose.
Target parseUrl(std::string_view url) {
    Target target;
    const auto schemeEnd = url.find("://");
    if (schemeEnd == std::string_view::npos) {
        throw HttpError(HttpErrorKind::Other, "not an absolute http(s) URL: " + std::string(url));
    }
    target.scheme = std::string(url.substr(0, schemeEnd));
    if (target.scheme != "http" && target.scheme != "https") {
        throw HttpError(HttpErrorKind::Other, "unsupported scheme in " + std::string(url));
    }
    auto rest = url.substr(schemeEnd + 3);
    const auto authorityEnd = rest.find_first_of("/?#");
    const auto authority = rest.substr(0, authorityEnd);
    target.requestTarget = authorityEnd == std::string_view::npos ? "/" : std::string(rest.substr(authorityEnd));
    if (target.requestTarget.front() == '?') {
        target.requestTarget.insert(0, "/");
    }
    if (const auto fragment = target.requestTarget.find('#'); fragment != std::string::npos) {
        target.requestTarget.erase(fragment);
    }
    target.hostHeader = std::string(authority);
    std::string_view host = authority;
    std::string_view port;
    if (authority.starts_with('[')) {
        const auto close = authority.find(']');
        host = authority.substr(1, close == std::string_view::npos ? std::string_view::npos : close - 1);
        if (close != std::string_view::npos && close + 1 < authority.size() && authority[close + 1] == ':') {
            port = authority.substr(close + 2);
        }
    } else if (const auto colon = authority.rfind(':'); colon != std::string_view::npos) {
        host = authority.substr(0, colon);
        port = authority.substr(colon + 1);
    }
    target.host = std::string(host);
    if (port.empty()) {
        target.port = target.scheme == "https" ? 443 : 80;
    } else {
        if (port.size() > 5 || port.find_first_not_of("0123456789") != std::string_view::npos) {
            throw HttpError(HttpErrorKind::Other, "invalid port in " + std::string(url));
        }
        target.port = static_cast<std::uint16_t>(std::stoi(std::string(port)));
    }
    if (target.host.empty()) {
        throw HttpError(HttpErrorKind::Other, "no host in " + std::string(url));
    }
    return target;
}

std::string buildRequest(std::string_view method, const Target& target, std::string_view body,
                         const HttpHeaders& defaults, const HttpHeaders& headers) {
    std::string text;
    text.reserve(256 + body.size());
    text.append(method).append(" ").append(target.requestTarget).append(" HTTP/1.1\r\n");
    auto addField = [&text](std::string_view name, std::string_view value) {
        text.append(name).append(": ").append(value).append("\r\n");
    };
    if (!containsHeader(headers, "Host")) {
        addField("Host", target.hostHeader);
    }
    for (const auto& [name, value] : defaults) {
        if (!containsHeader(headers, name)) {
            addField(name, value);
        }
    }
    for (const auto& [name, value] : headers) {
        addField(name, value);
    }
    const bool bodyMethod = method == "POST" || method == "PUT" || method == "PATCH";
    if ((!body.empty() || bodyMethod) && !containsHeader(headers, "Content-Length") &&
        !containsHeader(headers, "Transfer-Encoding")) {
        addField("Content-Length", std::to_string(body.size()));
    }
    if (!body.empty() && !containsHeader(headers, "Content-Type") && !containsHeader(defaults, "Content-Type")) {
        addField("Content-Type", "application/json");
    }
    text.append("\r\n").append(body);
    return text;
}

} // namespace

struct HttpClient::Impl {
    mutable std::mutex mutex;
    std::string baseUrl;
    std::chrono::milliseconds timeout;
    HttpHeaders defaults;
    std::multimap<std::string, std::unique_ptr<HttpConnection>> idle;
    std::atomic<std::size_t> opened{0};

    Target resolve(std::string_view url) const {
        std::lock_guard lock(mutex);
        if (url.starts_with('/') && !baseUrl.empty()) {
            return parseUrl(baseUrl + std::string(url));
        }
        return parseUrl(url);
    }

    std::unique_ptr<HttpConnection> acquire(const Target& target, std::chrono::milliseconds connectTimeout) {
        {
            std::lock_guard lock(mutex);
            for (auto it = idle.find(target.key()); it != idle.end() && it->first == target.key();) {
                auto connection = std::move(it->second);
                it = idle.erase(it);
                if (connection->stillIdle()) {
                    return connection;
                }
            }
        }
        auto connection = std::make_unique<HttpConnection>(target.scheme, target.host, target.port, connectTimeout);
        ++opened;
        return connection;
    }

    void release(const Target& target, std::unique_ptr<HttpConnection> connection) {
        if (connection->reusable()) {
            std::lock_guard lock(mutex);
            idle.emplace(target.key(), std::move(connection));
        }
    }

    std::pair<std::chrono::milliseconds, HttpHeaders> settings() const {
        std::lock_guard lock(mutex);
        return {timeout, defaults};
    }
};

HttpClient::HttpClient(std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>()) {
    impl_->timeout = timeout;
}

HttpClient::HttpClient(std::string baseUrl, std::chrono::milliseconds timeout)
    : HttpClient(timeout) {
    impl_->baseUrl = std::move(baseUrl);
}

HttpClient::~HttpClient() = default;
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;

HttpResponse HttpClient::request(std::string_view method, std::string_view url, std::string_view body,
                                 const HttpHeaders& headers) {
    const auto target = impl_->resolve(url);
    const auto [timeout, defaults] = impl_->settings();
    const auto deadline = Clock::now() + timeout;
    auto connection = impl_->acquire(target, timeout);
    connection->setDeadline(deadline);
    connection->setIdleTimeout(timeout);
    connection->write(buildRequest(method, target, body, defaults, headers));
    HttpResponse response;
    connection->readHead(response);
    connection->readBody(response, method == "HEAD", [&response](std::string_view data) {
        response.body.append(data);
        return true;
    });
    impl_->release(target, std::move(connection));
    return response;
}

HttpResponse HttpClient::get(std::string_view url, const HttpHeaders& headers) {
    return request("GET", url, {}, headers);
}

HttpResponse HttpClient::post(std::string_view url, std::string_view body, const HttpHeaders& headers) {
    return request("POST", url, body, headers);
}

HttpResponse HttpClient::patch(std::string_view url, std::string_view body, const HttpHeaders& headers) {
    return request("PATCH", url, body, headers);
}

HttpResponse HttpClient::del(std::string_view url, const HttpHeaders& headers) {
    return request("DELETE", url, {}, headers);
}

HttpStreamResult HttpClient::stream(std::string_view method, std::string_view url, std::string_view body,
                                    const HttpHeaders& headers, const ChunkHandler& onChunk) {
    HttpStreamResult result;
    result.started = Clock::now();
    std::unique_ptr<HttpConnection> connection;
    try {
        const auto target = impl_->resolve(url);
        const auto [timeout, defaults] = impl_->settings();
        connection = impl_->acquire(target, timeout);
        connection->setIdleTimeout(timeout);
        connection->write(buildRequest(method, target, body, defaults, headers));
        connection->readHead(result.response);
        result.headersAt = Clock::now();
        const bool finished = connection->readBody(result.response, method == "HEAD", [&](std::string_view data) {
            result.chunks.push_back({Clock::now(), std::string(data)});
            result.response.body.append(data);
            return !onChunk || onChunk(data);
        });
        if (finished) {
            result.complete = true;
            impl_->release(target, std::move(connection));
        } else {
            result.cancelled = true;
            connection->close();
        }
    } catch (const HttpError& error) {
        result.errorKind = error.kind();
        result.error = error.what();
    }
    return result;
}

HttpClient HttpClient::withBearer(std::string_view token) const {
    const auto [timeout, defaults] = impl_->settings();
    HttpClient client(timeout);
    {
        std::lock_guard lock(impl_->mutex);
        client.impl_->baseUrl = impl_->baseUrl;
    }
    for (const auto& [name, value] : defaults) {
        if (!headerNameEquals(name, "Authorization")) {
            client.impl_->defaults.emplace_back(name, value);
        }
    }
    client.impl_->defaults.emplace_back("Authorization", "Bearer " + std::string(token));
    return client;
}

void HttpClient::setDefaultHeader(std::string name, std::string value) {
    std::lock_guard lock(impl_->mutex);
    auto& defaults = impl_->defaults;
    std::erase_if(defaults, [&](const auto& field) { return headerNameEquals(field.first, name); });
    defaults.emplace_back(std::move(name), std::move(value));
}

void HttpClient::setTimeout(std::chrono::milliseconds timeout) {
    std::lock_guard lock(impl_->mutex);
    impl_->timeout = timeout;
}

std::chrono::milliseconds HttpClient::timeout() const {
    std::lock_guard lock(impl_->mutex);
    return impl_->timeout;
}

void HttpClient::setBaseUrl(std::string baseUrl) {
    std::lock_guard lock(impl_->mutex);
    impl_->baseUrl = std::move(baseUrl);
}

std::size_t HttpClient::connectionsOpened() const {
    return impl_->opened.load();
}

void HttpClient::closeIdleConnections() {
    std::lock_guard lock(impl_->mutex);
    impl_->idle.clear();
}

std::string HttpClient::rawExchange(const std::string& host, std::uint16_t port, std::string_view bytes,
                                    std::chrono::milliseconds timeout, bool halfClose) {
    return HttpConnection::rawExchange(host, port, bytes, timeout, halfClose);
}

} // namespace wither::testing
