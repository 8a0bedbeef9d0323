#include "api/TimeConvert.h"

namespace wither::desktop {

QDateTime toQDateTime(TimePoint t) {
    return QDateTime::fromMSecsSinceEpoch(toEpochMillis(t), Qt::UTC);
}

QDateTime toQDateTime(const std::optional<TimePoint>& t) {
    return t ? toQDateTime(*t) : QDateTime();
}

TimePoint toTimePoint(const QDateTime& t) {
    return fromEpochMillis(t.toMSecsSinceEpoch());
}

QString toWireTimestamp(const QDateTime& t) {
    return QString::fromStdString(formatTimestamp(toTimePoint(t)));
}

} // namespace wither::desktop
