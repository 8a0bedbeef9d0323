#pragma once

#include "shared/Model.h"
#include "shared/TokenStatus.h"

#include <QString>

// The words for the shared enums, translated in one place so every screen says the same.
namespace wither::desktop {

/// "Active", "Expired", "Revoked", "Rate Limited", "Project inactive".
QString statusLabel(TokenStatus status);
/// What the status means, from the guide's "Token States Explained" (for tooltips).
QString statusDescription(TokenStatus status);
/// "Success", "Failure", "Denied", "Error".
QString outcomeLabel(AuditOutcome outcome);
/// "Admin", "Auditor (read-only)".
QString roleLabel(Role role);

} // namespace wither::desktop
