// Feeds arbitrary bytes to the JSON decoders of every request and response object. A decode either succeeds
// or throws DecodeError; whatever decodes must encode again without throwing and decode to the same JSON.
#include "shared/Codec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

namespace {

template <typename T>
void roundTrip(const nlohmann::json& j) {
    T value;
    try {
        value = j.get<T>();
    } catch (const wither::DecodeError&) {
        return;
    }
    const std::string text = wither::encodeJson(value);
    const T again = wither::decodeJson<T>(text);
    if (wither::encodeJson(again) != text) {
        std::abort(); // encode ∘ decode must be stable
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    nlohmann::json j;
    try {
        j = wither::parseJson(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const wither::DecodeError& e) {
        if (!e.isSyntaxError()) {
            std::abort();
        }
        return 0;
    }
    using namespace wither;
    roundTrip<CreateProjectRequest>(j);
    roundTrip<UpdateProjectRequest>(j);
    roundTrip<CreateTokenRequest>(j);
    roundTrip<UpdateTokenRequest>(j);
    roundTrip<CreateKeyRequest>(j);
    roundTrip<BulkRevokeRequest>(j);
    roundTrip<Token>(j);
    roundTrip<CreatedToken>(j);
    roundTrip<Project>(j);
    roundTrip<ManagementKey>(j);
    roundTrip<AuditEvent>(j);
    roundTrip<AuditPage>(j);
    roundTrip<AuditVerifyResult>(j);
    roundTrip<UsageSeries>(j);
    roundTrip<Stats>(j);
    roundTrip<CacheStats>(j);
    roundTrip<BulkRevokeResult>(j);
    roundTrip<ProjectRevokeResult>(j);
    roundTrip<ErrorBody>(j);
    roundTrip<ProxyErrorBody>(j);
    roundTrip<Health>(j);
    return 0;
}
