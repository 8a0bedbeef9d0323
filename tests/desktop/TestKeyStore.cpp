#include "app/KeyStore.h"
#include "app/Settings.h"

#include "tests/desktop/support/TestMain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace wither::desktop;

/// The management key store: with no keychain it falls back to a user-only file and says so.
class TestKeyStore : public QObject {
    Q_OBJECT
private slots:
    void init();
    void fileBackendIsUserOnly();
    void roundTripAndOverwrite();
    void missingKeyIsNullopt();
    void removeDeletesFile();
    void descriptionAdmitsFallback();
    void probeTimesOutToFile();
    void settingsNeverHoldKeys();

private:
    std::optional<QString> load(KeyStore& store, const QString& id);
};

void TestKeyStore::init() {
    QDir(KeyStore().fallbackDirectory()).removeRecursively();
}

std::optional<QString> TestKeyStore::load(KeyStore& store, const QString& id) {
    std::optional<QString> result;
    bool done = false;
    store.load(id, [&](std::optional<QString> key) {
        result = key;
        done = true;
    });
    // The file backend answers synchronously; the keychain within its own timeout.
    if (!QTest::qWaitFor([&done] { return done; }, 5000)) {
        qWarning("key store did not answer");
    }
    return result;
}

void TestKeyStore::fileBackendIsUserOnly() {
    KeyStore store;
    store.setFileOnly(true);
    QCOMPARE(store.backend(), KeyStore::Backend::File);
    bool ok = false;
    store.store(QStringLiteral("profile-1"), QStringLiteral("sk-wm-abc"),
                [&](bool result, const QString&) { ok = result; });
    QVERIFY(ok);
    const QFileInfo file(store.fallbackFile(QStringLiteral("profile-1")));
    QVERIFY(file.exists());
    QCOMPARE(file.permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
             QFile::Permissions());
    QVERIFY(file.permissions() & QFile::ReadOwner);
    const QFileInfo dir(store.fallbackDirectory());
    QCOMPARE(dir.permissions() & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther),
             QFile::Permissions());
    QVERIFY2(store.fallbackDirectory().contains(QStringLiteral("qttest")) ||
                 store.fallbackDirectory().contains(QStringLiteral(".qttest")),
             "tests must not touch the real configuration");
}

void TestKeyStore::roundTripAndOverwrite() {
    KeyStore store;
    store.setFileOnly(true);
    store.store(QStringLiteral("p"), QStringLiteral("sk-wm-first"), [](bool, const QString&) {});
    QCOMPARE(load(store, QStringLiteral("p")), std::optional<QString>(QStringLiteral("sk-wm-first")));
    store.store(QStringLiteral("p"), QStringLiteral("sk-wm-second"), [](bool, const QString&) {});
    QCOMPARE(load(store, QStringLiteral("p")), std::optional<QString>(QStringLiteral("sk-wm-second")));
}

void TestKeyStore::missingKeyIsNullopt() {
    KeyStore store;
    store.setFileOnly(true);
    QCOMPARE(load(store, QStringLiteral("nobody")), std::nullopt);
}

void TestKeyStore::removeDeletesFile() {
    KeyStore store;
    store.setFileOnly(true);
    store.store(QStringLiteral("gone"), QStringLiteral("sk-wm-x"), [](bool, const QString&) {});
    store.remove(QStringLiteral("gone"));
    QVERIFY(!QFile::exists(store.fallbackFile(QStringLiteral("gone"))));
    QCOMPARE(load(store, QStringLiteral("gone")), std::nullopt);
}

void TestKeyStore::descriptionAdmitsFallback() {
    KeyStore store;
    store.setFileOnly(true);
    QVERIFY2(store.backendDescription().contains(QStringLiteral("No system keychain")),
             qPrintable(store.backendDescription()));
    QVERIFY(store.backendDescription().contains(QDir::toNativeSeparators(store.fallbackDirectory())));
}

void TestKeyStore::probeTimesOutToFile() {
    // Whatever the machine offers, a probe decides within its timeout and never leaves the backend unknown.
    qunsetenv("WITHER_ADMIN_KEYSTORE");
    KeyStore store;
    bool done = false;
    store.probe([&] { done = true; }, 500);
    QTRY_VERIFY_WITH_TIMEOUT(done, 3000);
    QVERIFY(store.backend() != KeyStore::Backend::Unknown);
    qputenv("WITHER_ADMIN_KEYSTORE", "file");
}

void TestKeyStore::settingsNeverHoldKeys() {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("settings.ini"));
    {
        Settings settings(path);
        ConnectionProfile profile;
        profile.url = QUrl(QStringLiteral("http://127.0.0.1:8080"));
        profile.name = QStringLiteral("Local");
        const QString id = settings.saveProfile(profile);
        settings.setCurrentProfileId(id);
        KeyStore store;
        store.setFileOnly(true);
        store.store(id, QStringLiteral("sk-wm-SECRETSECRETSECRETSECRETSECRET12"), [](bool, const QString&) {});
        settings.sync();
        QCOMPARE(settings.profiles().size(), 1);
        QCOMPARE(settings.profiles().first().name, QStringLiteral("Local"));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.contains("127.0.0.1"));
    QVERIFY(!content.contains("sk-wm-"));
}

WITHER_DESKTOP_TEST_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
