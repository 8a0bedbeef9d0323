#pragma once

#include <Qt>

namespace wither::desktop {

/// The item roles wither-admin's models provide beyond Qt's own.
enum ModelRole : int {
    SortRole = Qt::UserRole, ///< the raw value a column sorts by (number, epoch ms, enum order)
    StatusColorRole,         ///< QColor from StatusPalette for the row's status or outcome
    IdRole,                  ///< the object's full id (QString)
    CanRevokeRole,           ///< bool: the row's token may still be revoked
    FilterRole,              ///< the raw status/outcome as int, for filtering
};

} // namespace wither::desktop
