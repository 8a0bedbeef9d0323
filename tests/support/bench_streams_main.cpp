// wither-bench-streams: the client of benchmark scenario E (scripts/bench --full). Opens many concurrent SSE
// streams through the proxy (and a few directly to the mock upstream as a reference), measures for every event
// how long after the mock sent it it arrived (the mock stamps each event with its wall-clock send time when asked
// with "X-Mock-Stamp: 1"), and meanwhile sends short requests on keep-alive connections and measures their latency.
// Plain blocking sockets, one thread per connection: the tool must not be the bottleneck it measures, and a
// blocked thread costs no CPU.

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace {

constexpr std::string_view kUsage = R"(Usage: wither-bench-streams [options]
  --url URL               proxy base URL (http://HOST:PORT) for the streams and the short requests
  --token SECRET          token for the streams
  --streams N             concurrent streams through the proxy (default 500)
  --direct-url URL        mock upstream base URL for reference streams that bypass the proxy
  --direct-streams N      concurrent reference streams (default 20)
  --short-token SECRET    token for the short requests (default: --token)
  --short-connections N   keep-alive connections sending short requests (default 4)
  --short-interval-ms N   pause between two short requests on one connection (default 10)
  --ramp-ms N             streams start spread over this time (default 1000)
  --timeout-s N           a stream that takes longer counts as failed (default 120)
Prints one line: RESULT key=value ...
)";

using Clock = std::chrono::steady_clock;

struct Options {
    std::string url;
    std::string token;
    int streams = 500;
    std::string directUrl;
    int directStreams = 20;
    std::string shortToken;
    int shortConnections = 4;
    int shortIntervalMs = 10;
    int rampMs = 1000;
    int timeoutS = 120;
};

struct HostPort {
    std::string host;
    std::string port;
};

std::optional<HostPort> parseUrl(std::string_view url) {
    constexpr std::string_view scheme = "http://";
    if (!url.starts_with(scheme)) {
        return std::nullopt;
    }
    url.remove_prefix(scheme.size());
    url = url.substr(0, url.find('/'));
    const auto colon = url.rfind(':');
    if (colon == std::string_view::npos) {
        return HostPort{std::string(url), "80"};
    }
    return HostPort{std::string(url.substr(0, colon)), std::string(url.substr(colon + 1))};
}

std::int64_t wallMicros() {
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

/// A connected TCP socket with TCP_NODELAY and a receive timeout; closed on destruction.
class Socket {
public:
    Socket(const HostPort& target, int timeoutS) {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* result = nullptr;
        if (getaddrinfo(target.host.c_str(), target.port.c_str(), &hints, &result) != 0 || result == nullptr) {
            return;
        }
        fd_ = ::socket(result->ai_family, SOCK_STREAM, 0);
        if (fd_ >= 0 && ::connect(fd_, result->ai_addr, result->ai_addrlen) != 0) {
            ::close(fd_);
            fd_ = -1;
        }
        freeaddrinfo(result);
        if (fd_ >= 0) {
            const int one = 1;
            setsockopt(fd_, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
            timeval tv{timeoutS, 0};
            setsockopt(fd_, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        }
    }
    ~Socket() {
        if (fd_ >= 0) {
            ::close(fd_);
        }
    }
    Socket(const Socket&) = delete;
    Socket& operator=(const Socket&) = delete;

    bool ok() const { return fd_ >= 0; }
    bool sendAll(std::string_view data) const {
        while (!data.empty()) {
            const auto n = ::send(fd_, data.data(), data.size(), MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            data.remove_prefix(static_cast<std::size_t>(n));
        }
        return true;
    }
    /// Appends what arrives to `buffer`; false on close, error or timeout.
    bool receive(std::string& buffer) const {
        char chunk[16384];
        const auto n = ::recv(fd_, chunk, sizeof chunk, 0);
        if (n <= 0) {
            return false;
        }
        buffer.append(chunk, static_cast<std::size_t>(n));
        return true;
    }

private:
    int fd_ = -1;
};

std::string chatRequest(const HostPort& target, const std::string& token, bool stream, bool keepAlive) {
    const std::string body =
        stream ? R"({"model":"gpt-4o-mini","stream":true,"messages":[{"role":"user","content":"stream"}]})"
               : R"({"model":"gpt-4o-mini","messages":[{"role":"user","content":"short"}]})";
    std::string request = "POST /v1/chat/completions HTTP/1.1\r\nHost: " + target.host + ":" + target.port +
                          "\r\nContent-Type: application/json\r\n";
    if (!token.empty()) {
        request += "Authorization: Bearer " + token + "\r\n";
    }
    if (stream) {
        request += "X-Mock-Stamp: 1\r\n";
    }
    request += "Content-Length: " + std::to_string(body.size()) +
               "\r\nConnection: " + (keepAlive ? "keep-alive" : "close") + "\r\n\r\n" + body;
    return request;
}

/// Per-event delays (µs) of one kind of stream, and how many streams completed.
struct StreamStats {
    std::mutex mutex;
    std::vector<std::int64_t> delaysUs;
    std::atomic<int> completed{0};
    std::atomic<int> failed{0};
};

std::atomic<int> openProxyStreams{0};

void runStream(const HostPort& target, const std::string& token, int timeoutS, StreamStats& stats, bool counted) {
    std::vector<std::int64_t> delays;
    bool done = false;
    Socket socket(target, timeoutS);
    if (socket.ok() && socket.sendAll(chatRequest(target, token, true, false))) {
        if (counted) {
            ++openProxyStreams;
        }
        std::string buffer;
        std::size_t scanned = 0;
        bool headChecked = false;
        const auto deadline = Clock::now() + std::chrono::seconds(timeoutS);
        while (!done && Clock::now() < deadline && socket.receive(buffer)) {
            const auto arrivedUs = wallMicros();
            if (!headChecked) {
                if (buffer.find("\r\n\r\n") == std::string::npos) {
                    continue;
                }
                if (!buffer.starts_with("HTTP/1.1 200")) {
                    break;
                }
                headChecked = true;
            }
            // Every complete stamp line since the last scan arrived with this read.
            for (;;) {
                const auto at = buffer.find(": sent_us=", scanned);
                if (at == std::string::npos) {
                    break;
                }
                const auto end = buffer.find('\n', at);
                if (end == std::string::npos) {
                    break;
                }
                const auto sentUs = std::strtoll(buffer.c_str() + at + 10, nullptr, 10);
                delays.push_back(arrivedUs - sentUs);
                scanned = end;
            }
            done = buffer.find("data: [DONE]", scanned > 64 ? scanned - 64 : 0) != std::string::npos;
            // Keep the buffer small over a long stream; the unscanned tail stays.
            if (scanned > 65536) {
                buffer.erase(0, scanned);
                scanned = 0;
            }
        }
        if (counted) {
            --openProxyStreams;
        }
    }
    std::lock_guard lock(stats.mutex);
    stats.delaysUs.insert(stats.delaysUs.end(), delays.begin(), delays.end());
    ++(done ? stats.completed : stats.failed);
}

/// Reads one response on a keep-alive connection (Content-Length or chunked); false on any framing problem.
bool readResponse(const Socket& socket, std::string& buffer, int& status) {
    std::size_t headEnd;
    while ((headEnd = buffer.find("\r\n\r\n")) == std::string::npos) {
        if (!socket.receive(buffer)) {
            return false;
        }
    }
    if (buffer.size() < 12) {
        return false;
    }
    status = std::atoi(buffer.c_str() + 9);
    std::string head = buffer.substr(0, headEnd);
    std::transform(head.begin(), head.end(), head.begin(), [](unsigned char c) { return std::tolower(c); });
    std::size_t bodyStart = headEnd + 4;
    if (const auto cl = head.find("\r\ncontent-length:"); cl != std::string::npos) {
        const auto length = static_cast<std::size_t>(std::strtoull(head.c_str() + cl + 17, nullptr, 10));
        while (buffer.size() < bodyStart + length) {
            if (!socket.receive(buffer)) {
                return false;
            }
        }
        buffer.erase(0, bodyStart + length);
        return true;
    }
    if (head.find("\r\ntransfer-encoding: chunked") == std::string::npos) {
        return false;
    }
    std::size_t at = bodyStart;
    for (;;) {
        std::size_t lineEnd;
        while ((lineEnd = buffer.find("\r\n", at)) == std::string::npos) {
            if (!socket.receive(buffer)) {
                return false;
            }
        }
        const auto size = static_cast<std::size_t>(std::strtoull(buffer.c_str() + at, nullptr, 16));
        const auto next = lineEnd + 2 + size + 2;
        while (buffer.size() < next) {
            if (!socket.receive(buffer)) {
                return false;
            }
        }
        at = next;
        if (size == 0) {
            buffer.erase(0, at);
            return true;
        }
    }
}

struct ShortStats {
    std::mutex mutex;
    std::vector<std::int64_t> latenciesUs;
    std::atomic<int> errors{0};
};

void runShort(const HostPort& target, const std::string& token, const Options& options, int threshold,
              const std::atomic<bool>& stop, ShortStats& stats) {
    std::vector<std::int64_t> latencies;
    const auto request = chatRequest(target, token, false, true);
    while (!stop) {
        Socket socket(target, 10);
        if (!socket.ok()) {
            ++stats.errors;
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            continue;
        }
        std::string buffer;
        while (!stop) {
            const auto start = Clock::now();
            int status = 0;
            if (!socket.sendAll(request) || !readResponse(socket, buffer, status)) {
                ++stats.errors;
                break;
            }
            const auto elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - start).count();
            if (status != 200) {
                ++stats.errors;
            }
            // Only requests answered while (nearly) every stream was open count.
            if (openProxyStreams.load() >= threshold) {
                latencies.push_back(elapsed);
            }
            std::this_thread::sleep_for(std::chrono::milliseconds(options.shortIntervalMs));
        }
    }
    std::lock_guard lock(stats.mutex);
    stats.latenciesUs.insert(stats.latenciesUs.end(), latencies.begin(), latencies.end());
}

double percentileMs(std::vector<std::int64_t>& values, double p) {
    if (values.empty()) {
        return 0;
    }
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, static_cast<std::size_t>(p / 100.0 * values.size()));
    return static_cast<double>(values[index]) / 1000.0;
}

bool parseArgs(int argc, char** argv, Options& options) {
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            std::exit(0);
        }
        if (i + 1 >= argc) {
            return false;
        }
        const std::string value = argv[++i];
        if (arg == "--url") {
            options.url = value;
        } else if (arg == "--token") {
            options.token = value;
        } else if (arg == "--direct-url") {
            options.directUrl = value;
        } else if (arg == "--short-token") {
            options.shortToken = value;
        } else {
            const int number = std::atoi(value.c_str());
            if (number < 0) {
                return false;
            }
            if (arg == "--streams") {
                options.streams = number;
            } else if (arg == "--direct-streams") {
                options.directStreams = number;
            } else if (arg == "--short-connections") {
                options.shortConnections = number;
            } else if (arg == "--short-interval-ms") {
                options.shortIntervalMs = number;
            } else if (arg == "--ramp-ms") {
                options.rampMs = number;
            } else if (arg == "--timeout-s") {
                options.timeoutS = number;
            } else {
                return false;
            }
        }
    }
    return !options.url.empty();
}

} // namespace

int main(int argc, char** argv) {
    Options options;
    if (!parseArgs(argc, argv, options)) {
        std::cerr << kUsage;
        return 2;
    }
    if (options.shortToken.empty()) {
        options.shortToken = options.token;
    }
    const auto proxy = parseUrl(options.url);
    const auto direct = options.directUrl.empty() ? std::nullopt : parseUrl(options.directUrl);
    if (!proxy || (!options.directUrl.empty() && !direct)) {
        std::cerr << "wither-bench-streams: URLs must be http://HOST:PORT\n";
        return 2;
    }

    StreamStats proxied;
    StreamStats reference;
    ShortStats shorts;
    std::atomic<bool> stopShort{false};
    const int total = options.streams + (direct ? options.directStreams : 0);
    const auto began = Clock::now();
    std::vector<std::thread> streams;
    streams.reserve(static_cast<std::size_t>(total));
    for (int i = 0; i < total; ++i) {
        const bool viaProxy = i < options.streams || !direct;
        const auto startAt = began + std::chrono::microseconds(static_cast<std::int64_t>(options.rampMs) * 1000 * i /
                                                               std::max(1, total));
        std::this_thread::sleep_until(startAt);
        streams.emplace_back([&, viaProxy] {
            runStream(viaProxy ? *proxy : *direct, viaProxy ? options.token : std::string(), options.timeoutS,
                      viaProxy ? proxied : reference, viaProxy);
        });
    }
    const int threshold = options.streams - options.streams / 10;
    std::vector<std::thread> shortThreads;
    for (int i = 0; i < options.shortConnections; ++i) {
        shortThreads.emplace_back([&] { runShort(*proxy, options.shortToken, options, threshold, stopShort, shorts); });
    }
    for (auto& thread : streams) {
        thread.join();
    }
    stopShort = true;
    for (auto& thread : shortThreads) {
        thread.join();
    }
    const auto seconds = std::chrono::duration<double>(Clock::now() - began).count();

    const auto proxiedEvents = proxied.delaysUs.size();
    const auto referenceEvents = reference.delaysUs.size();
    const auto shortCount = shorts.latenciesUs.size();
    std::printf("RESULT streams=%d completed=%d failed=%d events=%zu delay_p50_ms=%.3f delay_p99_ms=%.3f "
                "delay_max_ms=%.3f direct_streams=%d direct_completed=%d direct_events=%zu direct_delay_p50_ms=%.3f "
                "direct_delay_p99_ms=%.3f direct_delay_max_ms=%.3f short_requests=%zu short_errors=%d "
                "short_p50_ms=%.3f short_p99_ms=%.3f short_max_ms=%.3f seconds=%.1f\n",
                options.streams, proxied.completed.load(), proxied.failed.load(), proxiedEvents,
                percentileMs(proxied.delaysUs, 50), percentileMs(proxied.delaysUs, 99),
                percentileMs(proxied.delaysUs, 100), direct ? options.directStreams : 0, reference.completed.load(),
                referenceEvents, percentileMs(reference.delaysUs, 50), percentileMs(reference.delaysUs, 99),
                percentileMs(reference.delaysUs, 100), shortCount, shorts.errors.load(),
                percentileMs(shorts.latenciesUs, 50), percentileMs(shorts.latenciesUs, 99),
                percentileMs(shorts.latenciesUs, 100), seconds);
    return proxied.failed.load() == 0 ? 0 : 1;
}
