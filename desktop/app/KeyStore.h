#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace wither::desktop {

/// Keeps management keys out of the settings file: in the OS keychain through QtKeychain, or — where no
/// keychain service answers within a short probe — in one file per profile that only the user may read (0600,
/// in a 0700 directory under the app's config dir). backend() says which, so the UI can admit to the fallback.
class KeyStore : public QObject {
    Q_OBJECT
public:
    enum class Backend { Unknown, Keychain, File };

    explicit KeyStore(QObject* parent = nullptr);

    /// Skips the keychain (tests, or `WITHER_ADMIN_KEYSTORE=file`).
    void setFileOnly(bool fileOnly);
    /// Finds out whether a keychain service answers; calls `done` once the backend is known.
    void probe(std::function<void()> done, int timeoutMs = 1500);
    Backend backend() const { return m_backend; }
    /// "the system keychain" or the fallback note naming the directory.
    QString backendDescription() const;

    void store(const QString& profileId, const QString& key, std::function<void(bool ok, QString error)> done);
    void load(const QString& profileId, std::function<void(std::optional<QString> key)> done);
    void remove(const QString& profileId);

    QString fallbackDirectory() const;
    QString fallbackFile(const QString& profileId) const;

signals:
    void backendChanged(wither::desktop::KeyStore::Backend backend);

private:
    void setBackend(Backend backend);
    bool storeInFile(const QString& profileId, const QString& key, QString* error) const;
    std::optional<QString> loadFromFile(const QString& profileId) const;

    Backend m_backend = Backend::Unknown;
    bool m_fileOnly = false;
};

} // namespace wither::desktop
