#include <csignal>
#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>

#include <Poco/Exception.h>
#include <pthread.h>

#include "tests/support/MockUpstream.h"

namespace {

constexpr std::string_view kUsage = R"(Usage: wither-mock-upstream [options]
An OpenAI-compatible upstream for Wither's tests, demo and benchmarks.

Options:
  --listen HOST:PORT     address to listen on (default 127.0.0.1:0; port 0 picks a free port)
  --delay-ms N           fixed delay before every response (default 0)
  --chunk-delay-ms N     pause between two SSE events of a stream (default 20)
  --chunks N             content events per stream, before [DONE] (default 5)
  --threads N            connections served at once (default 64)
  --help                 show this text

Endpoints: POST /v1/chat/completions (with "stream": true as SSE), POST /v1/completions,
POST /v1/embeddings, POST /v1/moderations, GET /v1/models.
Faults per request, by header "X-Mock-Fault: MODE" or by "model": "mock-fault-MODE":
  500, 429 (or any status 400-599)  an OpenAI error with that status
  slow-headers                      wait X-Mock-Delay-Ms (default 3000) before anything is sent
  garbage                           send bytes that are not HTTP, then close
  reset-mid-stream                  send two SSE events, then reset the connection
  close                             close the connection without a response
  no-store                          a normal response with Cache-Control: no-store
"X-Mock-Delay-Ms: N" delays any request by N ms.
"X-Mock-Stamp: 1" starts every SSE event with the comment line ": sent_us=<wall clock, microseconds>".
Control: GET /_mock/stats, GET /_mock/requests (last 100), POST /_mock/reset.
On start one line "mock upstream listening on http://HOST:PORT" is printed; SIGTERM/SIGINT stop it.
)";

std::optional<int> parseCount(std::string_view text, int min) {
    if (text.empty() || text.size() > 9 || text.find_first_not_of("0123456789") != std::string_view::npos) {
        return std::nullopt;
    }
    const int value = std::stoi(std::string(text));
    return value >= min ? std::optional<int>(value) : std::nullopt;
}

/// Splits `HOST:PORT`, `[V6]:PORT` or `:PORT` (meaning 127.0.0.1).
bool parseListen(std::string_view text, wither::testing::MockUpstreamOptions& options) {
    const auto colon = text.rfind(':');
    if (colon == std::string_view::npos) {
        return false;
    }
    auto host = text.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
        host = host.substr(1, host.size() - 2);
    }
    const auto port = parseCount(text.substr(colon + 1), 0);
    if (!port || *port > 65535) {
        return false;
    }
    options.host = host.empty() ? "127.0.0.1" : std::string(host);
    options.port = static_cast<std::uint16_t>(*port);
    return true;
}

int usageError(std::string_view message) {
    std::cerr << "wither-mock-upstream: " << message << "\nTry --help.\n";
    return 2;
}

} // namespace

int main(int argc, char** argv) {
    wither::testing::MockUpstreamOptions options;
    for (int i = 1; i < argc; ++i) {
        std::string_view arg = argv[i];
        std::string_view value;
        const auto equals = arg.find('=');
        const bool inlineValue = arg.starts_with("--") && equals != std::string_view::npos;
        if (inlineValue) {
            value = arg.substr(equals + 1);
            arg = arg.substr(0, equals);
        }
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        }
        if (arg != "--listen" && arg != "--delay-ms" && arg != "--chunk-delay-ms" && arg != "--chunks" &&
            arg != "--threads") {
            return usageError("unknown option " + std::string(arg));
        }
        if (!inlineValue) {
            if (i + 1 >= argc) {
                return usageError(std::string(arg) + " needs a value");
            }
            value = argv[++i];
        }
        bool ok = true;
        if (arg == "--listen") {
            ok = parseListen(value, options);
        } else {
            const int min = arg == "--chunks" || arg == "--threads" ? 1 : 0;
            const auto number = parseCount(value, min);
            ok = number.has_value();
            if (ok) {
                (arg == "--delay-ms"         ? options.delayMs
                 : arg == "--chunk-delay-ms" ? options.chunkDelayMs
                 : arg == "--chunks"         ? options.chunks
                                             : options.threads) = *number;
            }
        }
        if (!ok) {
            return usageError("invalid value for " + std::string(arg) + ": " + std::string(value));
        }
    }

    // Block the stop signals before any server thread exists, so that only sigwait below receives them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGTERM);
    sigaddset(&stopSignals, SIGINT);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);

    wither::testing::MockUpstream upstream(options);
    try {
        upstream.start();
    } catch (const Poco::Exception& error) {
        std::cerr << "wither-mock-upstream: cannot listen on " << options.host << ":" << options.port << ": "
                  << error.displayText() << "\n";
        return 1;
    } catch (const std::exception& error) {
        std::cerr << "wither-mock-upstream: cannot listen on " << options.host << ":" << options.port << ": "
                  << error.what() << "\n";
        return 1;
    }
    std::cout << "mock upstream listening on " << upstream.baseUrl() << std::endl;

    int signal = 0;
    sigwait(&stopSignals, &signal);
    upstream.stop();
    return 0;
}
