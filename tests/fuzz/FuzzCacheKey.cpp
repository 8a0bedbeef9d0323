// Cache-key derivation (api.md §3.3) on arbitrary fields. The key is deterministic, the query normalisation is
// idempotent and order-independent, moving bytes between two fields changes the key (length prefixes), and a key
// read back from storage is exactly 32 bytes.
#include "cache/CacheKey.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

namespace {

using wither::cache::CacheKey;

void check(bool condition) {
    if (!condition) {
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    FuzzedDataProvider input(data, size);
    const std::string project = input.ConsumeRandomLengthString(64);
    const std::string method = input.ConsumeRandomLengthString(16);
    const std::string path = input.ConsumeRandomLengthString(256);
    const std::string query = input.ConsumeRandomLengthString(256);
    const std::string body = input.ConsumeRemainingBytesAsString();

    const auto key = CacheKey::derive(project, method, path, query, body);
    check(key == CacheKey::derive(project, method, path, query, body));
    check(key.hex().size() == 64);
    const auto stored = CacheKey::fromBytes(key.bytes());
    check(stored.has_value() && *stored == key);
    check(CacheKey::fromBytes(body).has_value() == (body.size() == 32));

    const std::string sorted = CacheKey::sortedQuery(query);
    check(CacheKey::sortedQuery(sorted) == sorted);
    // Reordering the parameters does not change the key.
    const auto amp = query.find('&');
    if (amp != std::string::npos) {
        const std::string swapped = query.substr(amp + 1) + "&" + query.substr(0, amp);
        check(CacheKey::derive(project, method, path, swapped, body) == key);
    }
    // One byte moved from the path into the project id (or back) is a different request, hence a different key.
    if (!path.empty()) {
        check(!(CacheKey::derive(project + path.front(), method, path.substr(1), query, body) == key));
    }
    if (!project.empty()) {
        check(!(CacheKey::derive(project.substr(0, project.size() - 1), method, project.back() + path, query, body) ==
                key));
    }
    return 0;
}
