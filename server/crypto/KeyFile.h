#pragma once

#include <functional>
#include <string>

namespace wither::crypto {

/// A small secret file readable only by the owner (mode 0600), created once and then reused.
class KeyFile {
public:
    /// The trimmed content of `path`; when the file does not exist, writes `generate()` to it first (exclusive
    /// create, mode 0600, fsync). Tightens the mode of an existing file that is readable by others.
    /// `created` tells whether the file was generated now.
    static std::string readOrCreate(const std::string& path, const std::function<std::string()>& generate,
                                    bool* created = nullptr);
    /// Creates the directory (and parents) with mode 0700 if missing.
    static void ensureDirectory(const std::string& path);
};

} // namespace wither::crypto
