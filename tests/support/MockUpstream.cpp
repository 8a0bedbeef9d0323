#include "tests/support/MockUpstream.h"

#include <algorithm>
#include <csignal>
#include <ctime>
#include <functional>
#include <optional>
#include <stdexcept>
#include <string_view>

#include <Poco/DigestEngine.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/SHA2Engine.h>
#include <Poco/StreamCopier.h>
#include <Poco/ThreadPool.h>

#include "tests/support/MockResponses.h"

namespace wither::testing {

namespace {

namespace responses = mock_responses;
using Poco::Net::HTTPResponse;
using Poco::Net::HTTPServerRequest;
using Poco::Net::HTTPServerResponse;
using Handle = std::function<void(HTTPServerRequest&, HTTPServerResponse&)>;

constexpr std::string_view kFaultModelPrefix = "mock-fault-";
constexpr int kSlowHeadersDefaultMs = 3000;
constexpr int kMaxDelayMs = 10 * 60 * 1000;
constexpr int kEventsBeforeReset = 2;
constexpr std::string_view kGarbage = "NOT-HTTP \x01\x02\x03 this is not an HTTP response\r\n\xff\xfe\r\n\r\n";

class Handler : public Poco::Net::HTTPRequestHandler {
public:
    explicit Handler(const Handle& handle)
        : handle_(handle) {}
    void handleRequest(HTTPServerRequest& request, HTTPServerResponse& response) override {
        handle_(request, response);
    }

private:
    const Handle& handle_;
};

class HandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    explicit HandlerFactory(Handle handle)
        : handle_(std::move(handle)) {}
    Poco::Net::HTTPRequestHandler* createRequestHandler(const HTTPServerRequest&) override {
        // Poco owns and deletes the handler.
        return std::make_unique<Handler>(handle_).release();
    }

private:
    Handle handle_;
};

std::string sha256Hex(const std::string& data) {
    Poco::SHA2Engine engine(Poco::SHA2Engine::SHA_256);
    engine.update(data);
    return Poco::DigestEngine::digestToHex(engine.digest());
}

/// Parses a non-negative millisecond count; anything else counts as absent.
std::optional<int> parseDelay(const std::string& text) {
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    return std::min(std::stoi(text), kMaxDelayMs);
}

/// A fault given as an HTTP status (`500`, `429`, any 400–599) answers with that status.
std::optional<int> faultStatus(const std::string& fault) {
    if (fault.size() != 3 || fault.find_first_not_of("0123456789") != std::string::npos) {
        return std::nullopt;
    }
    const int status = std::stoi(fault);
    return status >= 400 && status <= 599 ? std::optional<int>(status) : std::nullopt;
}

std::string_view errorTypeFor(int status) {
    switch (status) {
    case 401:
        return "authentication_error";
    case 403:
        return "permission_error";
    case 429:
        return "rate_limit_error";
    default:
        return status >= 500 ? "server_error" : "invalid_request_error";
    }
}

template <typename Json>
void sendJson(HTTPServerResponse& response, int status, const Json& body) {
    const auto text = responses::dump(body);
    response.setStatusAndReason(static_cast<HTTPResponse::HTTPStatus>(status));
    response.setContentType("application/json");
    response.setContentLength64(static_cast<Poco::UInt64>(text.size()));
    // Headers and body leave in one write when they fit the stream buffer, which keeps keep-alive latency low.
    auto& out = response.send();
    out << text;
    out.flush();
}

void sendError(HTTPServerResponse& response, int status, std::string_view message, std::string_view code) {
    sendJson(response, status, responses::error(message, errorTypeFor(status), code));
}

Poco::Net::StreamSocket& socketOf(HTTPServerRequest& request) {
    return static_cast<Poco::Net::HTTPServerRequestImpl&>(request).socket();
}

/// Drops the connection so that the peer sees a reset rather than an orderly end.
void resetConnection(Poco::Net::StreamSocket& socket) {
    try {
        socket.setLinger(true, 0);
        socket.close();
    } catch (const Poco::Exception&) {
        // Already gone: the peer sees the connection end either way.
    }
}

std::int64_t now() {
    return static_cast<std::int64_t>(std::time(nullptr));
}

} // namespace

MockUpstream::MockUpstream(MockUpstreamOptions options)
    : options_(std::move(options)) {
    if (options_.threads < 1 || options_.chunks < 1 || options_.delayMs < 0 || options_.chunkDelayMs < 0) {
        throw std::invalid_argument("mock upstream: threads and chunks must be positive, delays not negative");
    }
}

MockUpstream::~MockUpstream() {
    stop();
}

void MockUpstream::start() {
    if (server_) {
        return;
    }
    // A client that disappears mid-write must cost an error return, not the whole process.
    std::signal(SIGPIPE, SIG_IGN);
    {
        std::lock_guard lock(stopMutex_);
        stopping_ = false;
    }
    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(options_.host, options_.port), 1024);
    port_ = socket.address().port();

    auto params = Poco::makeAuto<Poco::Net::HTTPServerParams>();
    params->setMaxThreads(options_.threads);
    params->setMaxQueued(4096);
    params->setKeepAlive(true);
    params->setMaxKeepAliveRequests(0);
    params->setKeepAliveTimeout(Poco::Timespan(10, 0));
    params->setTimeout(Poco::Timespan(60, 0));
    threadPool_ = std::make_unique<Poco::ThreadPool>(2, options_.threads + 2, 60);
    auto factory = Poco::makeShared<HandlerFactory>(
        [this](HTTPServerRequest& request, HTTPServerResponse& response) { handle(request, response); });
    server_ = std::make_unique<Poco::Net::HTTPServer>(factory, *threadPool_, socket, params);
    server_->start();
}

void MockUpstream::stop() {
    if (!server_) {
        return;
    }
    {
        std::lock_guard lock(stopMutex_);
        stopping_ = true;
    }
    stopCondition_.notify_all();
    server_->stopAll(true);
    threadPool_->joinAll();
    server_.reset();
    threadPool_.reset();
}

std::string MockUpstream::baseUrl() const {
    const bool ipv6 = options_.host.find(':') != std::string::npos;
    return "http://" + (ipv6 ? "[" + options_.host + "]" : options_.host) + ":" + std::to_string(port_);
}

bool MockUpstream::sleepUnlessStopping(std::chrono::milliseconds duration) {
    std::unique_lock lock(stopMutex_);
    return !stopCondition_.wait_for(lock, duration, [this] { return stopping_; });
}

void MockUpstream::handle(HTTPServerRequest& request, HTTPServerResponse& response) {
    const auto id = log_.nextId();
    response.set("X-Request-ID", "mock-" + std::to_string(id));

    const auto& uri = request.getURI();
    const auto queryStart = uri.find('?');
    auto path = uri.substr(0, queryStart);
    const auto& method = request.getMethod();
    if (path.starts_with("/_mock/")) {
        handleControl(method, path, response);
        return;
    }

    // HTTP/1.1 gives a body without length or chunking zero bytes; Poco would read until the peer closes.
    std::string body;
    if (request.getChunkedTransferEncoding() || request.hasContentLength()) {
        Poco::StreamCopier::copyToString(request.stream(), body);
    }

    MockRecordedRequest record;
    record.id = id;
    record.method = method;
    record.path = path;
    record.query = queryStart == std::string::npos ? std::string() : uri.substr(queryStart + 1);
    for (auto it = request.begin(); it != request.end(); ++it) {
        record.headers.emplace_back(it->first, it->second);
    }
    record.authorization = request.get("Authorization", "");
    record.bodySha256 = sha256Hex(body);
    record.bodySize = body.size();
    log_.record(std::move(record));

    auto json = body.empty() ? nlohmann::json() : nlohmann::json::parse(body, nullptr, false);
    const bool validJson = !body.empty() && !json.is_discarded() && json.is_object();
    std::string fault = request.get("X-Mock-Fault", "");
    if (fault.empty() && validJson && json.contains("model") && json["model"].is_string()) {
        const auto& model = json["model"].get_ref<const std::string&>();
        if (model.starts_with(kFaultModelPrefix)) {
            fault = model.substr(kFaultModelPrefix.size());
        }
    }

    const auto headerDelay = parseDelay(request.get("X-Mock-Delay-Ms", ""));
    int delayMs = options_.delayMs + headerDelay.value_or(0);
    if (fault == "slow-headers") {
        delayMs = options_.delayMs + headerDelay.value_or(kSlowHeadersDefaultMs);
    }
    if (delayMs > 0 && !sleepUnlessStopping(std::chrono::milliseconds(delayMs))) {
        resetConnection(socketOf(request));
        return;
    }

    // Benchmarks compare when each event left the mock with when it arrived through the proxy; a comment line
    // is valid SSE, so clients and the proxy treat stamped events like any other.
    const bool stampEvents = request.get("X-Mock-Stamp", "") == "1";
    auto streamEvents = [&](const std::vector<std::string>& events, int resetAfter) {
        auto& socket = socketOf(request);
        // Each event must leave as its own segment at once; Nagle would hold small ones back.
        socket.setNoDelay(true);
        response.setStatusAndReason(HTTPResponse::HTTP_OK);
        response.setContentType("text/event-stream");
        response.set("Cache-Control", "no-cache");
        response.setChunkedTransferEncoding(true);
        log_.streamStarted();
        auto& out = response.send();
        for (std::size_t i = 0; i < events.size(); ++i) {
            if (i > 0 && !sleepUnlessStopping(std::chrono::milliseconds(options_.chunkDelayMs))) {
                resetConnection(socket);
                log_.streamFinished(false);
                return;
            }
            // The reset comes one chunk delay after the last event, so the client has read the events by then.
            if (resetAfter >= 0 && i == static_cast<std::size_t>(resetAfter)) {
                resetConnection(socket);
                return;
            }
            if (stampEvents) {
                const auto sentUs = std::chrono::duration_cast<std::chrono::microseconds>(
                                        std::chrono::system_clock::now().time_since_epoch())
                                        .count();
                out << ": sent_us=" << sentUs << '\n';
            }
            out << events[i];
            out.flush();
            if (!out.good()) {
                log_.streamFinished(false);
                return;
            }
        }
        log_.streamFinished(true);
    };

    if (!fault.empty() && fault != "slow-headers") {
        if (const auto status = faultStatus(fault)) {
            if (*status == 429) {
                response.set("Retry-After", "1");
            }
            sendError(response, *status, "Mock upstream fault " + fault,
                      *status == 429 ? "rate_limit_exceeded" : "mock_fault");
            return;
        }
        if (fault == "garbage") {
            auto& socket = socketOf(request);
            try {
                socket.sendBytes(kGarbage.data(), static_cast<int>(kGarbage.size()));
                socket.shutdownSend();
            } catch (const Poco::Exception&) {
                // The client left first; nothing to prove to it any more.
            }
            socket.close();
            return;
        }
        if (fault == "close") {
            socketOf(request).close();
            return;
        }
        if (fault == "reset-mid-stream") {
            const auto endpoint =
                path == "/v1/completions" ? responses::Endpoint::Completions : responses::Endpoint::ChatCompletions;
            streamEvents(responses::streamEvents(validJson ? json : nlohmann::json::object(), endpoint, id, now(),
                                                 std::max(options_.chunks, kEventsBeforeReset + 1)),
                         kEventsBeforeReset);
            return;
        }
        if (fault == "no-store") {
            response.set("Cache-Control", "no-store");
        } else {
            sendError(response, 400, "Unknown mock fault mode: " + fault, "unknown_mock_fault");
            return;
        }
    }

    const bool isPost = method == "POST";
    const bool isGet = method == "GET";
    auto requireJson = [&]() {
        if (!validJson) {
            sendError(response, 400, "We could not parse the JSON body of your request.", "invalid_json");
        }
        return validJson;
    };

    if (path == "/v1/chat/completions" || path == "/v1/completions") {
        if (!isPost) {
            sendError(response, 405, "Method not allowed: use POST", "method_not_allowed");
            return;
        }
        if (!requireJson()) {
            return;
        }
        const auto endpoint =
            path == "/v1/completions" ? responses::Endpoint::Completions : responses::Endpoint::ChatCompletions;
        if (json.contains("stream") && json["stream"].is_boolean() && json["stream"].get<bool>()) {
            streamEvents(responses::streamEvents(json, endpoint, id, now(), options_.chunks), -1);
        } else {
            sendJson(response, 200, responses::completion(json, endpoint, id, now()));
        }
    } else if (path == "/v1/embeddings" || path == "/v1/moderations") {
        if (!isPost) {
            sendError(response, 405, "Method not allowed: use POST", "method_not_allowed");
        } else if (requireJson()) {
            sendJson(response, 200,
                     path == "/v1/embeddings" ? responses::embeddings(json) : responses::moderations(json, id));
        }
    } else if (path == "/v1/models" || path.starts_with("/v1/models/")) {
        if (!isGet) {
            sendError(response, 405, "Method not allowed: use GET", "method_not_allowed");
        } else if (path == "/v1/models") {
            sendJson(response, 200, responses::models(now()));
        } else {
            sendJson(response, 200, responses::model(path.substr(std::string_view("/v1/models/").size()), now()));
        }
    } else {
        sendError(response, 404, "Invalid URL (" + method + " " + path + ")", "unknown_url");
    }
}

void MockUpstream::handleControl(const std::string& method, const std::string& path, HTTPServerResponse& response) {
    if (path == "/_mock/stats" && method == "GET") {
        sendJson(response, 200, log_.stats());
    } else if (path == "/_mock/requests" && method == "GET") {
        sendJson(response, 200, log_.requests());
    } else if (path == "/_mock/reset" && method == "POST") {
        log_.reset();
        sendJson(response, 200, nlohmann::json{{"reset", true}});
    } else if (path == "/_mock/stats" || path == "/_mock/requests" || path == "/_mock/reset") {
        sendError(response, 405, "Method not allowed", "method_not_allowed");
    } else {
        sendError(response, 404, "Invalid URL (" + method + " " + path + ")", "unknown_url");
    }
}

} // namespace wither::testing
