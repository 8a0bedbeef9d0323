#include "config/SettingsLoader.h"

#include "config/ConfigError.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <fstream>
#include <functional>
#include <limits>
#include <sstream>

extern char** environ;

namespace wither::config {

namespace {

enum class Kind { Text, Integer, Flag, List };

/// One setting: its flag name (also the config-file key), environment variable, default as shown in --help.
struct Option {
    const char* name;
    const char* env;
    Kind kind;
    const char* defaultText;
    const char* help;
    bool flagAllowed = true; ///< secrets are environment/config-file only, so they never show up in `ps`
};

const std::vector<Option>& options() {
    static const std::vector<Option> all{
        {"listen", "WITHER_LISTEN", Kind::Text, "127.0.0.1:8080", "main listener HOST:PORT (port 0 picks a free port)"},
        {"admin-listen", "WITHER_ADMIN_LISTEN", Kind::Text, "none",
         "management-only listener HOST:PORT; /manage/* then leaves the main listener"},
        {"data-dir", "WITHER_DATA_DIR", Kind::Text, "./data",
         "data directory (wither.db, secret.key, management-token)"},
        {"config", "WITHER_CONFIG", Kind::Text, "none", "config file of `key = value` lines (keys as the flag names)"},
        {"upstream-url", "WITHER_UPSTREAM_URL", Kind::Text, "https://api.openai.com",
         "upstream for projects created without one"},
        {"log-level", "WITHER_LOG_LEVEL", Kind::Text, "info", "error | warning | info | debug | trace"},
        {"tls-cert", "WITHER_TLS_CERT", Kind::Text, "none", "PEM certificate: serve the main listener over HTTPS"},
        {"tls-key", "WITHER_TLS_KEY", Kind::Text, "none", "PEM private key for --tls-cert"},
        {"admin-tls-cert", "WITHER_ADMIN_TLS_CERT", Kind::Text, "none", "PEM certificate for the admin listener"},
        {"admin-tls-key", "WITHER_ADMIN_TLS_KEY", Kind::Text, "none", "PEM private key for --admin-tls-cert"},
        {"threads", "WITHER_THREADS", Kind::Integer, "4096",
         "HTTP worker threads, started on demand (each open connection holds one; 4..65536)"},
        {"max-body-bytes", "WITHER_MAX_BODY_BYTES", Kind::Integer, "10485760", "request body limit (10 MiB)"},
        {"max-token-duration-hours", "WITHER_MAX_TOKEN_DURATION_HOURS", Kind::Integer, "8760",
         "longest token lifetime that may be requested"},
        {"allowed-prefixes", "WITHER_ALLOWED_PREFIXES", Kind::List,
         "/v1/chat/completions,/v1/completions,/v1/embeddings,/v1/models,/v1/moderations,/v1/images,/v1/audio,"
         "/v1/responses",
         "comma-separated path prefixes the proxy forwards"},
        {"allowed-methods", "WITHER_ALLOWED_METHODS", Kind::List, "GET,POST",
         "comma-separated methods the proxy forwards"},
        {"upstream-timeout-seconds", "WITHER_UPSTREAM_TIMEOUT_SECONDS", Kind::Integer, "120",
         "time to wait for upstream response headers"},
        {"stream-idle-timeout-seconds", "WITHER_STREAM_IDLE_TIMEOUT_SECONDS", Kind::Integer, "300",
         "longest silence between two chunks of a streamed response"},
        {"ca-file", "WITHER_CA_FILE", Kind::Text, "none", "extra PEM CA bundle for HTTPS upstreams"},
        {"cache-max-bytes", "WITHER_CACHE_MAX_BYTES", Kind::Integer, "268435456", "response cache size (256 MiB)"},
        {"cache-max-object-bytes", "WITHER_CACHE_MAX_OBJECT_BYTES", Kind::Integer, "1048576",
         "largest cacheable response (1 MiB)"},
        {"usage-retention-days", "WITHER_USAGE_RETENTION_DAYS", Kind::Integer, "30",
         "days of minute usage buckets kept"},
        {"metrics-public", "WITHER_METRICS_PUBLIC", Kind::Flag, "false", "serve /metrics without management auth"},
        {"audit-reads", "WITHER_AUDIT_READS", Kind::Flag, "false", "also audit management reads"},
        {"counter-flush-ms", "WITHER_COUNTER_FLUSH_MS", Kind::Integer, "1000",
         "flush interval of batched counters and usage"},
        {"shutdown-timeout-seconds", "WITHER_SHUTDOWN_TIMEOUT_SECONDS", Kind::Integer, "10",
         "how long shutdown waits for in-flight requests"},
        {"management-token", "WITHER_MANAGEMENT_TOKEN", Kind::Text, "generated into <data>/management-token",
         "bootstrap admin key (environment or config file only)", false},
        {"encryption-key", "WITHER_ENCRYPTION_KEY", Kind::Text, "<data>/secret.key",
         "base64 of 32 bytes: AES-256-GCM key for upstream keys (environment or config file only)", false},
    };
    return all;
}

const Option* findOption(const std::string& name) {
    for (const Option& option : options()) {
        if (name == option.name) {
            return &option;
        }
    }
    return nullptr;
}

std::string trim(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) {
        return {};
    }
    const auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

/// A value together with where it came from, for error messages.
struct Given {
    std::string value;
    std::string source;
};

std::int64_t parseInteger(const Given& given, const Option& option, std::int64_t min, std::int64_t max) {
    std::int64_t value = 0;
    const std::string text = trim(given.value);
    const auto result = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || result.ec != std::errc() || result.ptr != text.data() + text.size()) {
        throw ConfigError(given.source + ": " + option.name + " must be an integer, got '" + given.value + "'");
    }
    if (value < min || value > max) {
        throw ConfigError(given.source + ": " + option.name + " must be between " + std::to_string(min) + " and " +
                          std::to_string(max) + ", got " + text);
    }
    return value;
}

bool parseBool(const Given& given, const Option& option) {
    std::string text = trim(given.value);
    std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return std::tolower(c); });
    if (text == "" || text == "1" || text == "true" || text == "yes" || text == "on") {
        return true;
    }
    if (text == "0" || text == "false" || text == "no" || text == "off") {
        return false;
    }
    throw ConfigError(given.source + ": " + option.name + " must be true or false, got '" + given.value + "'");
}

std::vector<std::string> parseList(const Given& given) {
    std::vector<std::string> items;
    std::stringstream stream(given.value);
    std::string item;
    while (std::getline(stream, item, ',')) {
        item = trim(item);
        if (!item.empty()) {
            items.push_back(item);
        }
    }
    return items;
}

ListenAddress parseListen(const Given& given, const Option& option) {
    const std::string text = trim(given.value);
    const auto colon = text.rfind(':');
    if (colon == std::string::npos || colon == 0) {
        throw ConfigError(given.source + ": " + option.name + " must be HOST:PORT, got '" + given.value + "'");
    }
    ListenAddress address;
    address.host = text.substr(0, colon);
    if (address.host.size() > 2 && address.host.front() == '[' && address.host.back() == ']') {
        address.host = address.host.substr(1, address.host.size() - 2);
    }
    address.port = static_cast<std::uint16_t>(parseInteger({text.substr(colon + 1), given.source}, option, 0, 65535));
    return address;
}

std::map<std::string, Given> readConfigFile(const std::string& path) {
    std::ifstream file(path);
    if (!file) {
        throw ConfigError("config file " + path + " cannot be read");
    }
    std::map<std::string, Given> values;
    std::string line;
    int number = 0;
    while (std::getline(file, line)) {
        ++number;
        line = trim(line);
        if (line.empty() || line[0] == '#' || line[0] == ';') {
            continue;
        }
        const auto eq = line.find('=');
        if (eq == std::string::npos) {
            throw ConfigError(path + ":" + std::to_string(number) + ": expected `key = value`");
        }
        std::string key = trim(line.substr(0, eq));
        std::replace(key.begin(), key.end(), '_', '-');
        std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
        if (!findOption(key) || key == "config") {
            throw ConfigError(path + ":" + std::to_string(number) + ": unknown setting '" + key + "'");
        }
        std::string value = trim(line.substr(eq + 1));
        if (value.size() >= 2 && (value.front() == '"' || value.front() == '\'') && value.back() == value.front()) {
            value = value.substr(1, value.size() - 2);
        }
        values[key] = {value, path + ":" + std::to_string(number)};
    }
    return values;
}

void apply(Settings& s, const Option& option, const Given& given) {
    const std::string name = option.name;
    auto text = [&] { return trim(given.value); };
    auto nonEmpty = [&] {
        const std::string value = text();
        if (value.empty()) {
            throw ConfigError(given.source + ": " + name + " must not be empty");
        }
        return value;
    };
    if (name == "listen") {
        s.listen = parseListen(given, option);
    } else if (name == "admin-listen") {
        if (!text().empty()) {
            s.adminListen = parseListen(given, option);
        }
    } else if (name == "data-dir") {
        s.dataDir = nonEmpty();
    } else if (name == "config") {
        s.configFile = text();
    } else if (name == "upstream-url") {
        const std::string url = nonEmpty();
        if (url.rfind("http://", 0) != 0 && url.rfind("https://", 0) != 0) {
            throw ConfigError(given.source + ": upstream-url must be an absolute http(s) URL, got '" + url + "'");
        }
        s.upstreamUrl = url;
    } else if (name == "log-level") {
        const std::string level = nonEmpty();
        static const std::vector<std::string> levels{"fatal",  "critical", "error", "warning",
                                                     "notice", "info",     "debug", "trace"};
        if (std::find(levels.begin(), levels.end(), level) == levels.end()) {
            throw ConfigError(given.source + ": log-level must be one of error, warning, info, debug, trace; got '" +
                              level + "'");
        }
        s.logLevel = level;
    } else if (name == "tls-cert") {
        s.tlsCert = text();
    } else if (name == "tls-key") {
        s.tlsKey = text();
    } else if (name == "admin-tls-cert") {
        s.adminTlsCert = text();
    } else if (name == "admin-tls-key") {
        s.adminTlsKey = text();
    } else if (name == "threads") {
        s.threads = static_cast<int>(parseInteger(given, option, 4, 65536));
    } else if (name == "max-body-bytes") {
        s.maxBodyBytes = parseInteger(given, option, 1024, std::int64_t{1} << 34);
    } else if (name == "max-token-duration-hours") {
        s.maxTokenDuration = std::chrono::hours(parseInteger(given, option, 1, 876000));
    } else if (name == "allowed-prefixes") {
        s.allowedPrefixes = parseList(given);
        for (const std::string& prefix : s.allowedPrefixes) {
            if (prefix.empty() || prefix.front() != '/') {
                throw ConfigError(given.source + ": allowed-prefixes entries must start with '/', got '" + prefix +
                                  "'");
            }
        }
    } else if (name == "allowed-methods") {
        s.allowedMethods = parseList(given);
        for (std::string& method : s.allowedMethods) {
            std::transform(method.begin(), method.end(), method.begin(),
                           [](unsigned char c) { return std::toupper(c); });
            if (!std::all_of(method.begin(), method.end(), [](unsigned char c) { return std::isupper(c); })) {
                throw ConfigError(given.source + ": allowed-methods entries must be HTTP method names, got '" + method +
                                  "'");
            }
        }
    } else if (name == "upstream-timeout-seconds") {
        s.upstreamTimeout = std::chrono::seconds(parseInteger(given, option, 1, 86400));
    } else if (name == "stream-idle-timeout-seconds") {
        s.streamIdleTimeout = std::chrono::seconds(parseInteger(given, option, 1, 86400));
    } else if (name == "ca-file") {
        s.caFile = text();
    } else if (name == "cache-max-bytes") {
        s.cacheMaxBytes = parseInteger(given, option, 0, std::numeric_limits<std::int64_t>::max());
    } else if (name == "cache-max-object-bytes") {
        s.cacheMaxObjectBytes = parseInteger(given, option, 0, std::numeric_limits<std::int64_t>::max());
    } else if (name == "usage-retention-days") {
        s.usageRetentionDays = static_cast<int>(parseInteger(given, option, 1, 36500));
    } else if (name == "metrics-public") {
        s.metricsPublic = parseBool(given, option);
    } else if (name == "audit-reads") {
        s.auditReads = parseBool(given, option);
    } else if (name == "counter-flush-ms") {
        s.counterFlushInterval = std::chrono::milliseconds(parseInteger(given, option, 10, 60000));
    } else if (name == "shutdown-timeout-seconds") {
        s.shutdownTimeout = std::chrono::seconds(parseInteger(given, option, 0, 3600));
    } else if (name == "management-token") {
        s.managementToken = text();
    } else if (name == "encryption-key") {
        s.encryptionKey = text();
    }
}

} // namespace

LoadResult SettingsLoader::load(const std::vector<std::string>& args, const Environment& environment) {
    LoadResult result;
    std::map<std::string, Given> fromFlags;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            result.showHelp = true;
            continue;
        }
        if (arg == "--version" || arg == "-V") {
            result.showVersion = true;
            continue;
        }
        if (arg.rfind("--", 0) != 0) {
            throw ConfigError("unexpected argument '" + arg + "' (see --help)");
        }
        std::string name = arg.substr(2);
        std::optional<std::string> value;
        if (const auto eq = name.find('='); eq != std::string::npos) {
            value = name.substr(eq + 1);
            name = name.substr(0, eq);
        }
        const Option* option = findOption(name);
        if (!option || !option->flagAllowed) {
            throw ConfigError("unknown option '--" + name + "' (see --help)");
        }
        if (!value) {
            if (option->kind == Kind::Flag) {
                value = "true";
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                throw ConfigError("option '--" + name + "' needs a value");
            }
        }
        fromFlags[name] = {*value, "--" + name};
    }
    if (result.showHelp || result.showVersion) {
        return result;
    }

    std::map<std::string, Given> fromEnv;
    for (const Option& option : options()) {
        if (const auto it = environment.find(option.env); it != environment.end()) {
            fromEnv[option.name] = {it->second, option.env};
        }
    }

    std::map<std::string, Given> merged;
    std::string configFile;
    if (const auto it = fromFlags.find("config"); it != fromFlags.end()) {
        configFile = trim(it->second.value);
    } else if (const auto env = fromEnv.find("config"); env != fromEnv.end()) {
        configFile = trim(env->second.value);
    }
    if (!configFile.empty()) {
        merged = readConfigFile(configFile);
    }
    for (auto& [name, given] : fromEnv) {
        merged[name] = given;
    }
    for (auto& [name, given] : fromFlags) {
        merged[name] = given;
    }
    for (const Option& option : options()) {
        if (const auto it = merged.find(option.name); it != merged.end()) {
            apply(result.settings, option, it->second);
        }
    }

    Settings& s = result.settings;
    if (s.tlsCert.empty() != s.tlsKey.empty()) {
        throw ConfigError("tls-cert and tls-key must be given together");
    }
    if (s.adminTlsCert.empty() != s.adminTlsKey.empty()) {
        throw ConfigError("admin-tls-cert and admin-tls-key must be given together");
    }
    if (s.adminTlsEnabled() && !s.adminListen) {
        throw ConfigError("admin-tls-cert needs admin-listen");
    }
    if (s.allowedPrefixes.empty()) {
        throw ConfigError("allowed-prefixes must name at least one prefix");
    }
    if (s.allowedMethods.empty()) {
        throw ConfigError("allowed-methods must name at least one method");
    }
    return result;
}

SettingsLoader::Environment SettingsLoader::processEnvironment() {
    Environment environment;
    for (char** entry = environ; entry && *entry; ++entry) {
        const std::string text(*entry);
        if (text.rfind("WITHER_", 0) != 0) {
            continue;
        }
        const auto eq = text.find('=');
        if (eq != std::string::npos) {
            environment[text.substr(0, eq)] = text.substr(eq + 1);
        }
    }
    return environment;
}

std::string SettingsLoader::helpText() {
    std::ostringstream out;
    out << "Usage: wither-proxy [OPTIONS]\n\n"
        << "Issues withering tokens for OpenAI-compatible APIs and proxies /v1/* with them.\n"
        << "Precedence: flags > WITHER_* environment > config file > defaults.\n\nOptions:\n";
    for (const Option& option : options()) {
        std::string flag = option.flagAllowed ? std::string("--") + option.name : std::string("(no flag)");
        if (option.flagAllowed && option.kind != Kind::Flag) {
            flag += option.kind == Kind::Integer ? " N" : " VALUE";
        }
        out << "  " << flag << "\n      " << option.help << "\n      env " << option.env << ", default "
            << option.defaultText << "\n";
    }
    out << "  --help      show this text\n  --version   print the version\n";
    return out.str();
}

} // namespace wither::config
