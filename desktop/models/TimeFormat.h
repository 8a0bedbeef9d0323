#pragma once

#include <QDateTime>
#include <QString>

namespace wither::desktop {

/// How wither-admin shows a moment: local time in the locale's short format, the UTC value for tooltips,
/// and a relative hint ("in 3 h", "2 days ago").
class TimeFormat {
public:
    /// Local time, locale short format; "—" for an invalid time.
    static QString local(const QDateTime& t);
    /// `2026-11-28 09:15:00 UTC`.
    static QString utc(const QDateTime& t);
    /// "in 3 h", "2 days ago", "just now", relative to `now`.
    static QString relative(const QDateTime& t, const QDateTime& now);
    /// Local time followed by the relative hint in parentheses.
    static QString localWithHint(const QDateTime& t, const QDateTime& now);
    /// A duration in words, e.g. "3 h 20 min", "2 days".
    static QString duration(qint64 seconds);
};

} // namespace wither::desktop
