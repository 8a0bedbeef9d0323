#pragma once

#include <string>
#include <string_view>

namespace wither::testing {

/// A fresh directory under $TMPDIR (or /tmp) that is removed with everything in it when the object dies.
/// Set WITHER_TEST_KEEP_TEMP=1 to keep it for a post-mortem.
class TempDir {
public:
    explicit TempDir(std::string_view prefix = "wither-test-");
    ~TempDir();
    TempDir(const TempDir&) = delete;
    TempDir& operator=(const TempDir&) = delete;

    const std::string& path() const { return path_; }
    /// `path()/name`, without creating anything.
    std::string filePath(std::string_view name) const;

private:
    std::string path_;
};

} // namespace wither::testing
