#include "app/Settings.h"

#include <QUuid>

namespace wither::desktop {

namespace {
const QString kProfiles = QStringLiteral("profiles");
const QString kPinnedCertificate = QStringLiteral("pinnedCertificateSha256");

void writeProfiles(QSettings& settings, const QList<ConnectionProfile>& all) {
    settings.remove(kProfiles);
    settings.beginWriteArray(kProfiles, static_cast<int>(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(QStringLiteral("id"), all[i].id);
        settings.setValue(QStringLiteral("name"), all[i].name);
        settings.setValue(QStringLiteral("url"), all[i].url.toString());
        if (!all[i].pinnedCertificate.isEmpty()) {
            settings.setValue(kPinnedCertificate, all[i].pinnedCertificate.toString());
        }
    }
    settings.endArray();
}
} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>()) {}

Settings::Settings(const QString& fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat)) {}

QList<ConnectionProfile> Settings::profiles() const {
    QList<ConnectionProfile> result;
    const int count = m_settings->beginReadArray(kProfiles);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile p;
        p.id = m_settings->value(QStringLiteral("id")).toString();
        p.name = m_settings->value(QStringLiteral("name")).toString();
        p.url = QUrl(m_settings->value(QStringLiteral("url")).toString());
        // A pin that does not parse (edited by hand) is dropped rather than silently trusted or half-applied.
        p.pinnedCertificate =
            CertificatePin::parse(m_settings->value(kPinnedCertificate).toString()).value_or(CertificatePin());
        if (p.isValid()) {
            result << p;
        }
    }
    m_settings->endArray();
    return result;
}

ConnectionProfile Settings::profile(const QString& id) const {
    const auto all = profiles();
    for (const ConnectionProfile& p : all) {
        if (p.id == id) {
            return p;
        }
    }
    return {};
}

ConnectionProfile Settings::profileForUrl(const QUrl& url) const {
    const auto all = profiles();
    for (const ConnectionProfile& p : all) {
        if (p.url.matches(url, QUrl::StripTrailingSlash)) {
            return p;
        }
    }
    return {};
}

QString Settings::saveProfile(ConnectionProfile profile) {
    if (profile.id.isEmpty()) {
        profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    }
    if (profile.name.isEmpty()) {
        profile.name = profile.url.host();
    }
    QList<ConnectionProfile> all = profiles();
    bool replaced = false;
    for (ConnectionProfile& p : all) {
        if (p.id == profile.id) {
            p = profile;
            replaced = true;
        }
    }
    if (!replaced) {
        all << profile;
    }
    writeProfiles(*m_settings, all);
    return profile.id;
}

void Settings::removeProfile(const QString& id) {
    QList<ConnectionProfile> all = profiles();
    all.removeIf([&id](const ConnectionProfile& p) { return p.id == id; });
    writeProfiles(*m_settings, all);
}

QString Settings::currentProfileId() const {
    return m_settings->value(QStringLiteral("currentProfile")).toString();
}

void Settings::setCurrentProfileId(const QString& id) {
    m_settings->setValue(QStringLiteral("currentProfile"), id);
}

int Settings::autoRefreshSeconds() const {
    const int seconds = m_settings->value(QStringLiteral("autoRefresh/seconds"), kDefaultAutoRefreshSeconds).toInt();
    return seconds >= 5 ? seconds : kDefaultAutoRefreshSeconds;
}

void Settings::setAutoRefreshSeconds(int seconds) {
    m_settings->setValue(QStringLiteral("autoRefresh/seconds"), seconds);
}

bool Settings::autoRefreshPaused() const {
    return m_settings->value(QStringLiteral("autoRefresh/paused")).toBool();
}

void Settings::setAutoRefreshPaused(bool paused) {
    m_settings->setValue(QStringLiteral("autoRefresh/paused"), paused);
}

QByteArray Settings::windowGeometry() const {
    return m_settings->value(QStringLiteral("window/geometry")).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray& geometry) {
    m_settings->setValue(QStringLiteral("window/geometry"), geometry);
}

QByteArray Settings::windowState() const {
    return m_settings->value(QStringLiteral("window/state")).toByteArray();
}

void Settings::setWindowState(const QByteArray& state) {
    m_settings->setValue(QStringLiteral("window/state"), state);
}

QByteArray Settings::headerState(const QString& key) const {
    return m_settings->value(QStringLiteral("columns/") + key).toByteArray();
}

void Settings::setHeaderState(const QString& key, const QByteArray& state) {
    m_settings->setValue(QStringLiteral("columns/") + key, state);
}

void Settings::sync() {
    m_settings->sync();
}

} // namespace wither::desktop
