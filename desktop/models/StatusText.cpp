#include "models/StatusText.h"

#include <QCoreApplication>

namespace wither::desktop {

namespace {
QString tr(const char* text, const char* disambiguation) {
    // lupdate files calls of this helper under the enclosing namespace; the runtime context must match it.
    return QCoreApplication::translate("wither::desktop", text, disambiguation);
}
} // namespace

QString statusLabel(TokenStatus status) {
    switch (status) {
    case TokenStatus::Active:
        return tr("Active", "token status");
    case TokenStatus::Expired:
        return tr("Expired", "token status");
    case TokenStatus::Revoked:
        return tr("Revoked", "token status");
    case TokenStatus::RateLimited:
        return tr("Rate Limited", "token status");
    case TokenStatus::ProjectInactive:
        return tr("Project inactive", "token status");
    }
    return QString();
}

QString statusDescription(TokenStatus status) {
    switch (status) {
    case TokenStatus::Active:
        return tr("Token is valid and usable", "token status description");
    case TokenStatus::Expired:
        return tr("Token has passed its expiration time; it cannot be reactivated", "token status description");
    case TokenStatus::Revoked:
        return tr("Token was manually deactivated; it can be reactivated until it expires", "token status description");
    case TokenStatus::RateLimited:
        return tr("Request limit reached; increase the limit or generate a new token", "token status description");
    case TokenStatus::ProjectInactive:
        return tr("The token's project is deactivated; the token works again when the project is activated",
                  "token status description");
    }
    return QString();
}

QString outcomeLabel(AuditOutcome outcome) {
    switch (outcome) {
    case AuditOutcome::Success:
        return tr("Success", "audit outcome");
    case AuditOutcome::Failure:
        return tr("Failure", "audit outcome");
    case AuditOutcome::Denied:
        return tr("Denied", "audit outcome");
    case AuditOutcome::Error:
        return tr("Error", "audit outcome");
    }
    return QString();
}

QString roleLabel(Role role) {
    switch (role) {
    case Role::Admin:
        return tr("Admin", "management key role");
    case Role::Auditor:
        return tr("Auditor (read-only)", "management key role");
    }
    return QString();
}

} // namespace wither::desktop
