#include "app/KeyStore.h"
#include "app/Settings.h"
#include "dialogs/ConnectionDialog.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/TestMain.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;

/// The connection dialog against real endpoints: what failed is said precisely, a good connection is saved as
/// a profile with the key outside the settings file.
class TestConnectionDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void unreachableServer();
    void wrongKeyIs401();
    void notAWitherServer();
    void emptyKeyIsRefusedLocally();
    void connectSavesProfileAndKeyFile();
    void savedProfileFillsKey();
    void notesFileFallback();

private:
    bool probe(ConnectionDialog& dialog, bool connect = false);
    std::unique_ptr<DesktopServer> m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeyStore> m_keys;
};

void TestConnectionDialog::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_keys = std::make_unique<KeyStore>();
    m_keys->setFileOnly(true);
    QDir(m_keys->fallbackDirectory()).removeRecursively();
}

void TestConnectionDialog::init() {
    QFile::remove(m_dir.filePath(QStringLiteral("settings.ini")));
    m_settings = std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

bool TestConnectionDialog::probe(ConnectionDialog& dialog, bool connect) {
    QSignalSpy finished(&dialog, &ConnectionDialog::probeFinished);
    QTest::mouseClick(connect ? dialog.connectButton() : dialog.testButton(), Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(15000)) {
        return false;
    }
    return finished.first().first().toBool();
}

void TestConnectionDialog::unreachableServer() {
    quint16 port = 0;
    {
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        port = closed.serverPort();
    }
    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.urlEdit()->setText(QStringLiteral("http://127.0.0.1:%1").arg(port));
    dialog.keyEdit()->setText(m_server->key());
    QVERIFY(!probe(dialog));
    QVERIFY2(dialog.resultText().startsWith(QStringLiteral("Cannot reach the server at http://127.0.0.1:%1").arg(port)),
             qPrintable(dialog.resultText()));
}

void TestConnectionDialog::wrongKeyIs401() {
    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.urlEdit()->setText(m_server->url().toString());
    dialog.keyEdit()->setText(QStringLiteral("sk-wm-0000000000000000000000000000bad1"));
    QVERIFY(!probe(dialog, true));
    QCOMPARE(dialog.resultText(),
             QStringLiteral("The management key was rejected (401 Unauthorized). Check the key in the connection "
                            "settings."));
    QVERIFY(m_settings->profiles().isEmpty()); // nothing saved on failure
}

void TestConnectionDialog::notAWitherServer() {
    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.urlEdit()->setText(QString::fromStdString(m_server->upstreamUrl()));
    dialog.keyEdit()->setText(m_server->key());
    QVERIFY(!probe(dialog));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("is not a Wither server")), qPrintable(dialog.resultText()));
}

void TestConnectionDialog::emptyKeyIsRefusedLocally() {
    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.urlEdit()->setText(m_server->url().toString());
    dialog.keyEdit()->clear();
    QVERIFY(!probe(dialog));
    QCOMPARE(dialog.resultText(), QStringLiteral("Enter the management key."));
    dialog.keyEdit()->setText(QStringLiteral("x"));
    dialog.urlEdit()->setText(QStringLiteral("ftp://example.com"));
    QVERIFY(!probe(dialog));
    QCOMPARE(dialog.resultText(), QStringLiteral("Enter an http:// or https:// server URL."));
}

void TestConnectionDialog::connectSavesProfileAndKeyFile() {
    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("Local test"));
    dialog.urlEdit()->setText(m_server->url().toString());
    dialog.keyEdit()->setText(m_server->key());
    QVERIFY(probe(dialog, true));
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.serverInfo().role == Role::Admin);
    QVERIFY2(dialog.resultText().contains(QStringLiteral("Connected to Wither")), qPrintable(dialog.resultText()));

    const QList<ConnectionProfile> profiles = m_settings->profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().name, QStringLiteral("Local test"));
    QCOMPARE(profiles.first().url, m_server->url());
    QCOMPARE(m_settings->currentProfileId(), profiles.first().id);
    QCOMPARE(dialog.chosenKey(), m_server->key());

    // The key is in a user-only file, never in the settings file.
    const QString keyFile = m_keys->fallbackFile(profiles.first().id);
    QFile file(keyFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), m_server->key());
    QCOMPARE(QFileInfo(keyFile).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
    m_settings->sync();
    QFile settingsFile(m_dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    QVERIFY(!settingsFile.readAll().contains(m_server->key().toUtf8()));
}

void TestConnectionDialog::savedProfileFillsKey() {
    ConnectionProfile profile;
    profile.name = QStringLiteral("Saved");
    profile.url = m_server->url();
    const QString id = m_settings->saveProfile(profile);
    m_keys->store(id, m_server->key(), [](bool, const QString&) {});
    m_settings->setCurrentProfileId(id);
    ConnectionDialog dialog(*m_settings, *m_keys);
    QCOMPARE(dialog.profileBox()->currentData().toString(), id);
    QCOMPARE(dialog.urlEdit()->text(), m_server->url().toString());
    QTRY_COMPARE(dialog.keyEdit()->text(), m_server->key());
    QCOMPARE(dialog.keyEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(probe(dialog));
    // "New profile" clears the fields again.
    dialog.profileBox()->setCurrentIndex(0);
    QCOMPARE(dialog.urlEdit()->text(), QStringLiteral("http://127.0.0.1:8080"));
    QVERIFY(dialog.keyEdit()->text().isEmpty());
}

void TestConnectionDialog::notesFileFallback() {
    ConnectionDialog dialog(*m_settings, *m_keys);
    QVERIFY2(dialog.keyStorageNote().contains(QStringLiteral("No system keychain is available")),
             qPrintable(dialog.keyStorageNote()));
    QVERIFY(dialog.keyStorageNote().contains(QStringLiteral("only you can read")));
}

WITHER_DESKTOP_TEST_MAIN(TestConnectionDialog)
#include "TestConnectionDialog.moc"
