#include "app/KeyStore.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace wither::desktop {

namespace {
const QString kService = QStringLiteral("wither-admin");

QString accountFor(const QString& profileId) {
    return QStringLiteral("management-key/") + profileId;
}
} // namespace

KeyStore::KeyStore(QObject* parent)
    : QObject(parent) {
    if (qEnvironmentVariable("WITHER_ADMIN_KEYSTORE") == QLatin1String("file")) {
        m_fileOnly = true;
    }
}

void KeyStore::setFileOnly(bool fileOnly) {
    m_fileOnly = fileOnly;
    if (fileOnly) {
        setBackend(Backend::File);
    }
}

void KeyStore::setBackend(Backend backend) {
    if (m_backend != backend) {
        m_backend = backend;
        emit backendChanged(backend);
    }
}

void KeyStore::probe(std::function<void()> done, int timeoutMs) {
    if (m_fileOnly) {
        setBackend(Backend::File);
        done();
        return;
    }
    // Reading an entry that does not exist tells whether a keychain service runs: "not found" means yes. A
    // missing D-Bus session can also hang, hence the timeout; whichever comes first decides.
    auto decided = std::make_shared<bool>(false);
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(QStringLiteral("probe"));
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [this, decided, done](QKeychain::Job* finished) {
        if (*decided) {
            return;
        }
        *decided = true;
        const auto error = finished->error();
        setBackend(error == QKeychain::NoError || error == QKeychain::EntryNotFound ? Backend::Keychain
                                                                                    : Backend::File);
        done();
    });
    QTimer::singleShot(timeoutMs, this, [this, decided, done] {
        if (*decided) {
            return;
        }
        *decided = true;
        setBackend(Backend::File);
        done();
    });
    job->start();
}

QString KeyStore::backendDescription() const {
    switch (m_backend) {
    case Backend::Keychain:
        return tr("The management key is kept in the system keychain.");
    case Backend::File:
        return tr("No system keychain is available: the management key is kept in a file only you can read (%1).")
            .arg(QDir::toNativeSeparators(fallbackDirectory()));
    case Backend::Unknown:
        break;
    }
    return tr("Checking for a system keychain…");
}

QString KeyStore::fallbackDirectory() const {
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/keys");
}

QString KeyStore::fallbackFile(const QString& profileId) const {
    QString safe = profileId;
    safe.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_-]")), QStringLiteral("_"));
    return fallbackDirectory() + QLatin1Char('/') + safe + QStringLiteral(".key");
}

bool KeyStore::storeInFile(const QString& profileId, const QString& key, QString* error) const {
    const QString dir = fallbackDirectory();
    if (!QDir().mkpath(dir) || !QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)) {
        *error = tr("Cannot create %1").arg(dir);
        return false;
    }
    QFile file(fallbackFile(profileId));
    const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, ownerOnly) || !file.setPermissions(ownerOnly)) {
        *error = file.errorString();
        return false;
    }
    if (file.write(key.toUtf8()) < 0 || !file.flush()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

std::optional<QString> KeyStore::loadFromFile(const QString& profileId) const {
    QFile file(fallbackFile(profileId));
    if (!file.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    const QString key = QString::fromUtf8(file.readAll()).trimmed();
    return key.isEmpty() ? std::nullopt : std::optional<QString>(key);
}

void KeyStore::store(const QString& profileId, const QString& key, std::function<void(bool, QString)> done) {
    if (m_backend != Backend::Keychain) {
        QString error;
        const bool ok = storeInFile(profileId, key, &error);
        done(ok, error);
        return;
    }
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(accountFor(profileId));
    job->setTextData(key);
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        done(finished->error() == QKeychain::NoError, finished->errorString());
    });
    job->start();
}

void KeyStore::load(const QString& profileId, std::function<void(std::optional<QString>)> done) {
    if (m_backend != Backend::Keychain) {
        done(loadFromFile(profileId));
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(accountFor(profileId));
    job->setAutoDelete(true);
    connect(job, &QKeychain::Job::finished, this, [done](QKeychain::Job* finished) {
        auto* read = static_cast<QKeychain::ReadPasswordJob*>(finished);
        if (read->error() != QKeychain::NoError || read->textData().isEmpty()) {
            done(std::nullopt);
            return;
        }
        done(read->textData());
    });
    job->start();
}

void KeyStore::remove(const QString& profileId) {
    QFile::remove(fallbackFile(profileId));
    if (m_backend == Backend::Keychain) {
        auto* job = new QKeychain::DeletePasswordJob(kService, this);
        job->setKey(accountFor(profileId));
        job->setAutoDelete(true);
        job->start();
    }
}

} // namespace wither::desktop
