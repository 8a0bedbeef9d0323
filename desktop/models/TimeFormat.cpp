#include "models/TimeFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cstdlib>

namespace wither::desktop {

namespace {
QString tr(const char* text, const char* disambiguation = nullptr, int n = -1) {
    // lupdate files calls of this helper under this name; the runtime context must match it.
    return QCoreApplication::translate("wither::desktop::TimeFormat", text, disambiguation, n);
}
} // namespace

QString TimeFormat::local(const QDateTime& t) {
    if (!t.isValid()) {
        return QStringLiteral("—");
    }
    // The locale's short date and time, without seconds: tables stay narrow, the tooltip has the exact value.
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    timeFormat.remove(QStringLiteral(":ss"));
    timeFormat.remove(QStringLiteral(".ss"));
    const QDateTime localTime = t.toLocalTime();
    return locale.toString(localTime.date(), QLocale::ShortFormat) + QLatin1Char(' ') +
           locale.toString(localTime.time(), timeFormat);
}

QString TimeFormat::utc(const QDateTime& t) {
    if (!t.isValid()) {
        return QString();
    }
    return t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString TimeFormat::duration(qint64 seconds) {
    seconds = std::llabs(seconds);
    if (seconds < 60) {
        return tr("%n s", "duration", static_cast<int>(seconds));
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60) {
        return tr("%n min", "duration", static_cast<int>(minutes));
    }
    const qint64 hours = minutes / 60;
    if (hours < 48) {
        const qint64 restMinutes = minutes % 60;
        if (hours < 10 && restMinutes != 0) {
            return tr("%1 h %2 min", "duration").arg(hours).arg(restMinutes);
        }
        return tr("%n h", "duration", static_cast<int>(hours));
    }
    return tr("%n days", "duration", static_cast<int>(hours / 24));
}

QString TimeFormat::relative(const QDateTime& t, const QDateTime& now) {
    if (!t.isValid()) {
        return QString();
    }
    const qint64 seconds = now.secsTo(t);
    if (std::llabs(seconds) < 45) {
        return tr("just now", "relative time");
    }
    if (seconds > 0) {
        return tr("in %1", "relative time in the future").arg(duration(seconds));
    }
    return tr("%1 ago", "relative time in the past").arg(duration(seconds));
}

QString TimeFormat::localWithHint(const QDateTime& t, const QDateTime& now) {
    if (!t.isValid()) {
        return local(t);
    }
    return tr("%1 (%2)", "time with relative hint").arg(local(t), relative(t, now));
}

} // namespace wither::desktop
