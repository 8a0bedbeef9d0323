#pragma once

#include "shared/Timestamp.h"

#include <QDateTime>

#include <optional>

namespace wither::desktop {

/// The one conversion between the wire's TimePoint (UTC, milliseconds) and QDateTime (UTC spec).
QDateTime toQDateTime(TimePoint t);
QDateTime toQDateTime(const std::optional<TimePoint>& t); ///< invalid QDateTime for nullopt
TimePoint toTimePoint(const QDateTime& t);
/// RFC 3339 text of a QDateTime, as the API expects in query parameters.
QString toWireTimestamp(const QDateTime& t);

} // namespace wither::desktop
