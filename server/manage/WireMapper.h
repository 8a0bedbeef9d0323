#pragma once

#include "store/ManagementKeyRow.h"
#include "store/ProjectRow.h"
#include "store/TokenRow.h"

#include "shared/Model.h"

namespace wither::manage {

/// Turns stored rows into wire objects; status, remaining and obfuscation come from `shared/` rules.
class WireMapper {
public:
    static Project project(const store::ProjectRow& row, std::int64_t tokenCount, std::int64_t activeTokenCount);
    static Token token(const store::TokenRow& row, TimePoint now);
    static ManagementKey key(const store::ManagementKeyRow& row);
};

} // namespace wither::manage
