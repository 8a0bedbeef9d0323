#pragma once

#include "app/ConnectionProfile.h"

#include <QByteArray>
#include <QList>
#include <QSettings>

#include <memory>

namespace wither::desktop {

/// wither-admin's settings in QSettings: server profiles, the last used profile, auto-refresh, window geometry
/// and column layouts. Never the management key (that is the KeyStore's).
class Settings {
public:
    static constexpr int kDefaultAutoRefreshSeconds = 15;

    Settings();
    /// Uses a specific file (tests).
    explicit Settings(const QString& fileName);

    QList<ConnectionProfile> profiles() const;
    ConnectionProfile profile(const QString& id) const;
    /// Saves (adds or replaces) a profile; assigns an id when it has none and returns it.
    QString saveProfile(ConnectionProfile profile);
    void removeProfile(const QString& id);
    QString currentProfileId() const;
    void setCurrentProfileId(const QString& id);
    /// The profile whose URL matches, if any.
    ConnectionProfile profileForUrl(const QUrl& url) const;

    int autoRefreshSeconds() const;
    void setAutoRefreshSeconds(int seconds);
    bool autoRefreshPaused() const;
    void setAutoRefreshPaused(bool paused);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray& state);
    /// QHeaderView::saveState() of the table named `key`.
    QByteArray headerState(const QString& key) const;
    void setHeaderState(const QString& key, const QByteArray& state);

    void sync();
    QSettings& raw() { return *m_settings; }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace wither::desktop
