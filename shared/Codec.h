#pragma once

#include "shared/Model.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>
#include <string_view>

// JSON encoding and strict decoding of every wire object. Decoding rejects a wrong type with a DecodeError
// naming the field; unknown fields are ignored; absent optional fields and `null` both mean "not given".
namespace wither {

/// A body that is not the JSON the contract expects. `field()` is empty when the text is not JSON at all.
class DecodeError : public std::runtime_error {
public:
    DecodeError(std::string field, const std::string& message)
        : std::runtime_error(message)
        , m_field(std::move(field)) {}
    const std::string& field() const noexcept { return m_field; }
    bool isSyntaxError() const noexcept { return m_field.empty(); }

private:
    std::string m_field;
};

/// Parses text as JSON (UTF-8 validated); throws DecodeError with an empty field on malformed input.
nlohmann::json parseJson(std::string_view text);

/// Parses and decodes in one step.
template <typename T>
T decodeJson(std::string_view text) {
    const nlohmann::json j = parseJson(text);
    return j.get<T>();
}

/// Encodes to compact JSON text; invalid UTF-8 inside strings is replaced rather than thrown.
template <typename T>
std::string encodeJson(const T& value) {
    const nlohmann::json j = value;
    return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

#define WITHER_DECLARE_CODEC(Type)                                                                                     \
    void to_json(nlohmann::json& j, const Type& value);                                                                \
    void from_json(const nlohmann::json& j, Type& value);

WITHER_DECLARE_CODEC(Project)
WITHER_DECLARE_CODEC(Token)
WITHER_DECLARE_CODEC(CreatedToken)
WITHER_DECLARE_CODEC(ManagementKey)
WITHER_DECLARE_CODEC(CreatedManagementKey)
WITHER_DECLARE_CODEC(AuditEvent)
WITHER_DECLARE_CODEC(Pagination)
WITHER_DECLARE_CODEC(AuditPage)
WITHER_DECLARE_CODEC(AuditVerifyResult)
WITHER_DECLARE_CODEC(UsagePoint)
WITHER_DECLARE_CODEC(UsageSeries)
WITHER_DECLARE_CODEC(TokenStatusCounts)
WITHER_DECLARE_CODEC(TokenShortlist)
WITHER_DECLARE_CODEC(Stats)
WITHER_DECLARE_CODEC(BulkRevokeResult)
WITHER_DECLARE_CODEC(ProjectRevokeResult)
WITHER_DECLARE_CODEC(ProjectCacheStats)
WITHER_DECLARE_CODEC(CacheStats)
WITHER_DECLARE_CODEC(CacheDeleteResult)
WITHER_DECLARE_CODEC(Health)
WITHER_DECLARE_CODEC(ErrorBody)
WITHER_DECLARE_CODEC(ProxyErrorBody)
WITHER_DECLARE_CODEC(CreateProjectRequest)
WITHER_DECLARE_CODEC(UpdateProjectRequest)
WITHER_DECLARE_CODEC(CreateTokenRequest)
WITHER_DECLARE_CODEC(UpdateTokenRequest)
WITHER_DECLARE_CODEC(CreateKeyRequest)
WITHER_DECLARE_CODEC(BulkRevokeRequest)

#undef WITHER_DECLARE_CODEC

} // namespace wither
