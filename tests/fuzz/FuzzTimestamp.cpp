// Arbitrary text through the RFC 3339 parser: it must never crash, and whatever it accepts must format to a
// timestamp that parses back to the same instant.
#include "shared/Timestamp.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const auto parsed = wither::parseTimestamp(text);
    if (!parsed) {
        return 0;
    }
    const std::string formatted = wither::formatTimestamp(*parsed);
    const auto again = wither::parseTimestamp(formatted);
    if (!again || *again != *parsed) {
        std::abort();
    }
    return 0;
}
