#pragma once

#include "config/Settings.h"

#include <map>
#include <string>
#include <vector>

namespace wither::config {

/// What the command line asked for.
struct LoadResult {
    Settings settings;
    bool showHelp = false;
    bool showVersion = false;
};

/// Merges settings from flags > `WITHER_*` environment > config file (`key = value`) > defaults, and validates
/// them. Throws ConfigError with a message naming the setting and its source.
class SettingsLoader {
public:
    using Environment = std::map<std::string, std::string>;

    /// `args` excludes the program name.
    static LoadResult load(const std::vector<std::string>& args, const Environment& environment);
    /// The process environment, `WITHER_*` variables only.
    static Environment processEnvironment();
    /// The `--help` text: every setting with its environment variable and default.
    static std::string helpText();
};

} // namespace wither::config
