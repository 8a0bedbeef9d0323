#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace wither::config {

/// A `HOST:PORT` listening address; port 0 asks the system for a free one.
struct ListenAddress {
    std::string host = "127.0.0.1";
    std::uint16_t port = 8080;

    std::string toString() const;
};

/// Every setting of wither-proxy after flags, environment, config file and defaults were merged.
struct Settings {
    ListenAddress listen;
    std::optional<ListenAddress> adminListen; ///< management-only second listener
    std::string dataDir = "./data";
    std::string configFile;
    std::string upstreamUrl = "https://api.openai.com";
    std::string logLevel = "info";
    std::string tlsCert;
    std::string tlsKey;
    std::string adminTlsCert;
    std::string adminTlsKey;
    int threads = 4096;
    std::int64_t maxBodyBytes = 10 * 1024 * 1024;
    std::chrono::seconds maxTokenDuration = std::chrono::hours(8760);
    std::vector<std::string> allowedPrefixes{
        "/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/models",
        "/v1/moderations",      "/v1/images",      "/v1/audio",      "/v1/responses"};
    std::vector<std::string> allowedMethods{"GET", "POST"};
    std::chrono::seconds upstreamTimeout{120};
    std::chrono::seconds streamIdleTimeout{300};
    std::string caFile;
    std::int64_t cacheMaxBytes = 256LL * 1024 * 1024;
    std::int64_t cacheMaxObjectBytes = 1024 * 1024;
    int usageRetentionDays = 30;
    bool metricsPublic = false;
    bool auditReads = false;
    std::chrono::milliseconds counterFlushInterval{1000};
    std::chrono::seconds shutdownTimeout{10};

    /// From the environment only (never a flag, so it does not show in `ps`).
    std::string managementToken;
    /// Base64 of 32 bytes, from the environment only.
    std::string encryptionKey;

    /// `<dataDir>/wither.db`.
    std::string databasePath() const;
    bool tlsEnabled() const { return !tlsCert.empty(); }
    bool adminTlsEnabled() const { return !adminTlsCert.empty(); }
};

} // namespace wither::config
