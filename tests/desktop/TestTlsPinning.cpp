// Certificate verification and pinning of wither-admin against the real wither-proxy serving HTTPS: one server with
// a self-signed certificate, one with a certificate of a test CA that the test adds to the trusted CAs. The
// certificates are made at test time with the openssl tool; the expected fingerprints come from openssl too, so the
// client's own hashing is checked against an independent source.
#include "api/ApiClient.h"
#include "api/CertificatePin.h"
#include "app/KeyStore.h"
#include "app/Settings.h"
#include "dialogs/ConnectionDialog.h"

#include "tests/desktop/support/TestMain.h"
#include "tests/support/ProxyProcess.h"
#include "tests/support/TempDir.h"

#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace wither;
using namespace wither::desktop;
using wither::testing::ProxyProcess;
using wither::testing::ProxyProcessOptions;
using wither::testing::TempDir;

namespace {

struct ProbeResult {
    std::optional<ServerInfo> info;
    std::optional<ApiClientError> error;
};

} // namespace

/// Self-signed and CA-signed HTTPS servers: unpinned verification, pins that match, pins that do not (also for a
/// certificate the CA store trusts), and the connection dialog's "Trust This Certificate" flow.
class TestTlsPinning : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void pinFormatAndParsing();
    void pinFormatAndParsing_data();
    void unpinnedSelfSignedIsTlsErrorWithFingerprint();
    void pinnedSelfSignedConnects();
    void wrongPinNamesBothFingerprints();
    void caTrustedServerConnectsUnpinned();
    void pinOverridesCaTrust();
    void changingThePinAppliesToOpenConnections();
    void plainServerOnHttpsUrlIsHandshakeError();

    void dialogTrustPinsAndConnects();
    void dialogMismatchOffersNoTrust();
    void dialogClearedPinIsSaved();
    void dialogRefusesBadPins();
    void dialogTlsStateRenders();

private:
    QString file(const QString& name) const { return QString::fromStdString(m_dir->path()) + QLatin1Char('/') + name; }
    void runOpenssl(const QStringList& arguments);
    QString opensslFingerprint(const QString& pem);
    std::unique_ptr<ProxyProcess> startTls(const QString& name);
    ProbeResult probe(const QUrl& url, const CertificatePin& pin, ApiClient* client = nullptr);
    bool clickAndWait(ConnectionDialog& dialog, QPushButton* button);

    QString m_openssl;
    std::unique_ptr<TempDir> m_dir;
    std::unique_ptr<ProxyProcess> m_selfSigned;
    std::unique_ptr<ProxyProcess> m_caSigned;
    QString m_key; ///< both servers are started with the same management key
    CertificatePin m_selfSignedPin;
    CertificatePin m_caSignedPin;
    QTemporaryDir m_settingsDir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<KeyStore> m_keys;
};

void TestTlsPinning::runOpenssl(const QStringList& arguments) {
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(m_openssl, arguments);
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0, process.readAll().constData());
}

QString TestTlsPinning::opensslFingerprint(const QString& pem) {
    QProcess process;
    process.start(m_openssl, {QStringLiteral("x509"), QStringLiteral("-in"), pem, QStringLiteral("-noout"),
                              QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        return {};
    }
    // "sha256 Fingerprint=AB:CD:…"
    const QString line = QString::fromLatin1(process.readAllStandardOutput()).trimmed();
    return line.mid(line.indexOf(QLatin1Char('=')) + 1);
}

std::unique_ptr<ProxyProcess> TestTlsPinning::startTls(const QString& name) {
    ProxyProcessOptions options;
    options.extraArgs = {"--tls-cert", file(name + QStringLiteral(".pem")).toStdString(), "--tls-key",
                         file(name + QStringLiteral(".key")).toStdString()};
    options.extraEnv = {{"WITHER_MANAGEMENT_TOKEN", m_key.toStdString()}};
    return std::make_unique<ProxyProcess>(options);
}

ProbeResult TestTlsPinning::probe(const QUrl& url, const CertificatePin& pin, ApiClient* client) {
    ApiClient own;
    ApiClient& api = client ? *client : own;
    api.setServerUrl(url);
    api.setManagementKey(m_key);
    api.setPinnedCertificate(pin);
    ProbeResult result;
    bool done = false;
    api.probe(
        this,
        [&](ServerInfo info) {
            result.info = info;
            done = true;
        },
        [&](const ApiClientError& error) {
            result.error = error;
            done = true;
        });
    if (!QTest::qWaitFor([&done] { return done; }, 20000)) {
        result.error = ApiClientError(ApiClientError::Kind::Network, QStringLiteral("the test's probe had no answer"));
    }
    return result;
}

bool TestTlsPinning::clickAndWait(ConnectionDialog& dialog, QPushButton* button) {
    QSignalSpy finished(&dialog, &ConnectionDialog::probeFinished);
    QTest::mouseClick(button, Qt::LeftButton);
    if (finished.isEmpty() && !finished.wait(20000)) {
        return false;
    }
    return finished.first().first().toBool();
}

void TestTlsPinning::initTestCase() {
    m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
    QVERIFY2(!m_openssl.isEmpty(), "the openssl tool makes the test certificates");
    m_dir = std::make_unique<TempDir>();
    m_key = QStringLiteral("sk-wm-TlsPinningTest0123456789abcdefGH");

    const QStringList leafOptions = {QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-addext"),
                                     QStringLiteral("subjectAltName=DNS:localhost,IP:127.0.0.1")};
    // Self-signed: what a first-time self-hosted server typically has.
    runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                           QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-subj"),
                           QStringLiteral("/CN=wither-selfsigned/O=Wither Test"), QStringLiteral("-keyout"),
                           file(QStringLiteral("self.key")), QStringLiteral("-out"), file(QStringLiteral("self.pem"))} +
               leafOptions);
    // A CA and a server certificate it signs: what verifies against the (test-extended) CA store.
    runOpenssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
                QStringLiteral("/CN=Wither Test CA"), QStringLiteral("-keyout"), file(QStringLiteral("ca.key")),
                QStringLiteral("-out"), file(QStringLiteral("ca.pem"))});
    runOpenssl({QStringLiteral("req"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"), QStringLiteral("-nodes"),
                QStringLiteral("-subj"), QStringLiteral("/CN=wither-ca-signed"), QStringLiteral("-keyout"),
                file(QStringLiteral("signed.key")), QStringLiteral("-out"), file(QStringLiteral("signed.csr"))});
    QFile extensions(file(QStringLiteral("signed.ext")));
    QVERIFY(extensions.open(QIODevice::WriteOnly));
    extensions.write("subjectAltName=DNS:localhost,IP:127.0.0.1\n");
    extensions.close();
    runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                file(QStringLiteral("signed.csr")), QStringLiteral("-CA"), file(QStringLiteral("ca.pem")),
                QStringLiteral("-CAkey"), file(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"),
                QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-extfile"),
                file(QStringLiteral("signed.ext")), QStringLiteral("-out"), file(QStringLiteral("signed.pem"))});

    const auto selfPin = CertificatePin::parse(opensslFingerprint(file(QStringLiteral("self.pem"))));
    const auto signedPin = CertificatePin::parse(opensslFingerprint(file(QStringLiteral("signed.pem"))));
    QVERIFY(selfPin && signedPin);
    m_selfSignedPin = *selfPin;
    m_caSignedPin = *signedPin;
    QVERIFY(!(m_selfSignedPin == m_caSignedPin));

    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.addCaCertificates(QSslCertificate::fromPath(file(QStringLiteral("ca.pem"))));
    QSslConfiguration::setDefaultConfiguration(configuration);

    m_selfSigned = startTls(QStringLiteral("self"));
    m_caSigned = startTls(QStringLiteral("signed"));
    QVERIFY(m_selfSigned->baseUrl().starts_with("https://"));
    QVERIFY(m_caSigned->baseUrl().starts_with("https://"));

    m_keys = std::make_unique<KeyStore>();
    m_keys->setFileOnly(true);
    QDir(m_keys->fallbackDirectory()).removeRecursively();
}

void TestTlsPinning::init() {
    m_settings.reset(); // it would write its profiles back into the file on destruction
    QFile::remove(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    m_settings = std::make_unique<Settings>(m_settingsDir.filePath(QStringLiteral("settings.ini")));
}

void TestTlsPinning::cleanupTestCase() {
    m_selfSigned.reset();
    m_caSigned.reset();
}

void TestTlsPinning::pinFormatAndParsing_data() {
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    const QString hex = QStringLiteral("00112233445566778899aabbccddeeff00112233445566778899AABBCCDDEEFF");
    QTest::newRow("plain hex, mixed case") << hex << true;
    QTest::newRow("colons")
        << QStringLiteral(
               "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF")
        << true;
    QTest::newRow("openssl line") << QStringLiteral("sha256 Fingerprint=") + hex << true;
    QTest::newRow("surrounding space") << QStringLiteral("  ") + hex + QStringLiteral("\n") << true;
    QTest::newRow("one digit short") << hex.left(63) << false;
    QTest::newRow("SHA-1 length") << hex.left(40) << false;
    QTest::newRow("not hex") << hex.left(62) + QStringLiteral("zz") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestTlsPinning::pinFormatAndParsing() {
    QFETCH(QString, input);
    QFETCH(bool, valid);
    const std::optional<CertificatePin> pin = CertificatePin::parse(input);
    QCOMPARE(pin.has_value(), valid);
    if (valid) {
        QCOMPARE(pin->toString(), QStringLiteral("00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF:"
                                                 "00:11:22:33:44:55:66:77:88:99:AA:BB:CC:DD:EE:FF"));
        QVERIFY(CertificatePin::parse(pin->toString()) == pin); // the shown form reads back
    }
}

void TestTlsPinning::unpinnedSelfSignedIsTlsErrorWithFingerprint() {
    const QUrl url(QString::fromStdString(m_selfSigned->baseUrl()));
    const ProbeResult result = probe(url, {});
    QVERIFY(!result.info);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiClientError::Kind::Tls);
    QVERIFY(result.error->tls());
    const TlsFailure& failure = *result.error->tls();
    QCOMPARE(failure.kind, TlsFailure::Kind::Untrusted);
    QVERIFY(failure.canTrust());
    QVERIFY(!failure.problems.isEmpty());
    QVERIFY2(failure.problems.join(QLatin1Char(' ')).contains(QStringLiteral("self-signed"), Qt::CaseInsensitive),
             qPrintable(failure.problems.join(QLatin1Char('|'))));
    QCOMPARE(failure.certificate->fingerprint.toString(), m_selfSignedPin.toString());
    QVERIFY2(failure.certificate->subject.contains(QStringLiteral("wither-selfsigned")),
             qPrintable(failure.certificate->subject));
    QVERIFY(failure.certificate->selfSigned);
    QVERIFY(failure.certificate->expiry > QDateTime::currentDateTimeUtc());
    QVERIFY2(result.error->userMessage().startsWith(QStringLiteral("Secure connection to ") + url.toString()),
             qPrintable(result.error->userMessage()));
}

void TestTlsPinning::pinnedSelfSignedConnects() {
    ApiClient client;
    const ProbeResult result = probe(QUrl(QString::fromStdString(m_selfSigned->baseUrl())), m_selfSignedPin, &client);
    QVERIFY2(result.info, result.error ? qPrintable(result.error->userMessage()) : "no answer");
    QVERIFY(result.info->role == Role::Admin);
    // Further calls over the accepted (kept-alive) connection keep working.
    bool ok = false;
    client.stats(
        this, [&](const Stats&) { ok = true; }, [](const ApiClientError&) {});
    QTRY_VERIFY_WITH_TIMEOUT(ok, 20000);
}

void TestTlsPinning::wrongPinNamesBothFingerprints() {
    const ProbeResult result = probe(QUrl(QString::fromStdString(m_selfSigned->baseUrl())), m_caSignedPin);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiClientError::Kind::Tls);
    QCOMPARE(result.error->tls()->kind, TlsFailure::Kind::PinMismatch);
    QVERIFY(!result.error->tls()->canTrust());
    const QString message = result.error->userMessage();
    QVERIFY2(message.contains(m_selfSignedPin.toString()), qPrintable(message));
    QVERIFY2(message.contains(m_caSignedPin.toString()), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("does not match the pin")), qPrintable(message));
}

void TestTlsPinning::caTrustedServerConnectsUnpinned() {
    const ProbeResult unpinned = probe(QUrl(QString::fromStdString(m_caSigned->baseUrl())), {});
    QVERIFY2(unpinned.info, unpinned.error ? qPrintable(unpinned.error->userMessage()) : "no answer");
    const ProbeResult pinned = probe(QUrl(QString::fromStdString(m_caSigned->baseUrl())), m_caSignedPin);
    QVERIFY2(pinned.info, pinned.error ? qPrintable(pinned.error->userMessage()) : "no answer");
}

void TestTlsPinning::pinOverridesCaTrust() {
    // The certificate verifies against the CA store, but the profile pins another one: refused.
    const ProbeResult result = probe(QUrl(QString::fromStdString(m_caSigned->baseUrl())), m_selfSignedPin);
    QVERIFY(result.error);
    QCOMPARE(result.error->kind(), ApiClientError::Kind::Tls);
    QCOMPARE(result.error->tls()->kind, TlsFailure::Kind::PinMismatch);
    QCOMPARE(result.error->tls()->certificate->fingerprint.toString(), m_caSignedPin.toString());
    QCOMPARE(result.error->tls()->pinned.toString(), m_selfSignedPin.toString());
}

void TestTlsPinning::changingThePinAppliesToOpenConnections() {
    ApiClient client;
    const QUrl url(QString::fromStdString(m_caSigned->baseUrl()));
    QVERIFY(probe(url, {}, &client).info); // leaves a kept-alive connection behind
    const ProbeResult afterPin = probe(url, m_selfSignedPin, &client);
    QVERIFY2(afterPin.error && afterPin.error->tls() && afterPin.error->tls()->kind == TlsFailure::Kind::PinMismatch,
             afterPin.error ? qPrintable(afterPin.error->userMessage()) : "the old connection was reused");
    QVERIFY(probe(url, {}, &client).info);
}

void TestTlsPinning::plainServerOnHttpsUrlIsHandshakeError() {
    // A plain HTTP server answers the ClientHello with an HTTP error, as servers without TLS do.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, &plain, [&plain] {
        QTcpSocket* socket = plain.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            socket->readAll();
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            socket->disconnectFromHost();
        });
    });
    const ProbeResult result = probe(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort())), {});
    QVERIFY(result.error);
    QVERIFY2(result.error->kind() == ApiClientError::Kind::Tls, qPrintable(result.error->userMessage()));
    QCOMPARE(result.error->tls()->kind, TlsFailure::Kind::Handshake);
    QVERIFY(!result.error->tls()->canTrust());
    QVERIFY(!result.error->tls()->certificate);
    QVERIFY(!result.error->message().isEmpty());
}

void TestTlsPinning::dialogTrustPinsAndConnects() {
    const QUrl url(QString::fromStdString(m_selfSigned->baseUrl()));
    {
        ConnectionDialog dialog(*m_settings, *m_keys);
        dialog.show();
        dialog.nameEdit()->setText(QStringLiteral("Self-signed"));
        dialog.urlEdit()->setText(url.toString());
        dialog.keyEdit()->setText(m_key);
        QVERIFY(dialog.pinEdit()->text().isEmpty());
        QVERIFY(!dialog.certificatePanel()->isVisible());

        QVERIFY(!clickAndWait(dialog, dialog.connectButton()));
        QVERIFY(m_settings->profiles().isEmpty()); // nothing saved on failure
        QVERIFY(dialog.certificatePanel()->isVisible());
        QVERIFY(dialog.trustButton()->isVisible());
        const auto* fingerprint = dialog.findChild<QLabel*>(QStringLiteral("certificateFingerprint"));
        QVERIFY(fingerprint);
        QCOMPARE(fingerprint->text().remove(QLatin1Char('\n')), m_selfSignedPin.toString());
        QVERIFY(dialog.resultText().startsWith(QStringLiteral("Secure connection to")));

        QVERIFY(clickAndWait(dialog, dialog.trustButton()));
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.chosenProfile().pinnedCertificate.toString(), m_selfSignedPin.toString());
        QVERIFY(!dialog.certificatePanel()->isVisible());
    }
    // Persisted in the settings file: a fresh Settings (as after a restart) reads the pin back.
    m_settings->sync();
    Settings reread(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    const QList<ConnectionProfile> profiles = reread.profiles();
    QCOMPARE(profiles.size(), 1);
    QCOMPARE(profiles.first().pinnedCertificate.toString(), m_selfSignedPin.toString());
    QCOMPARE(profiles.first().url, url);

    // The dialog shows it for the saved profile, and connects with it straight away.
    ConnectionDialog again(reread, *m_keys);
    QCOMPARE(again.pinEdit()->text(), m_selfSignedPin.toString());
    QVERIFY(again.clearPinButton()->isEnabled());
    QTRY_COMPARE(again.keyEdit()->text(), m_key);
    QVERIFY2(clickAndWait(again, again.testButton()), qPrintable(again.resultText()));
}

void TestTlsPinning::dialogMismatchOffersNoTrust() {
    ConnectionProfile profile;
    profile.name = QStringLiteral("Pinned elsewhere");
    profile.url = QUrl(QString::fromStdString(m_selfSigned->baseUrl()));
    profile.pinnedCertificate = m_caSignedPin;
    const QString id = m_settings->saveProfile(profile);
    m_settings->setCurrentProfileId(id);
    m_keys->store(id, m_key, [](bool, const QString&) {});

    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.show();
    QCOMPARE(dialog.pinEdit()->text(), m_caSignedPin.toString());
    QTRY_COMPARE(dialog.keyEdit()->text(), m_key);
    QVERIFY(!clickAndWait(dialog, dialog.connectButton()));
    QVERIFY2(dialog.resultText().contains(QStringLiteral("does not match the pinned certificate")),
             qPrintable(dialog.resultText()));
    QVERIFY(dialog.certificatePanel()->isVisible());
    // Both fingerprints side by side: the presented one and the pinned one.
    const auto* presented = dialog.findChild<QLabel*>(QStringLiteral("certificateFingerprint"));
    const auto* pinned = dialog.findChild<QLabel*>(QStringLiteral("certificatePinned"));
    QCOMPARE(presented->text().remove(QLatin1Char('\n')), m_selfSignedPin.toString());
    QCOMPARE(pinned->text().remove(QLatin1Char('\n')), m_caSignedPin.toString());
    QVERIFY(pinned->isVisible());
    QVERIFY(!dialog.trustButton()->isVisible()); // replacing a pin takes clearing it first
    QCOMPARE(m_settings->profile(id).pinnedCertificate.toString(), m_caSignedPin.toString());

    // Cleared, the certificate is judged by the CA store again: untrusted, and now it may be trusted.
    QTest::mouseClick(dialog.clearPinButton(), Qt::LeftButton);
    QVERIFY(dialog.pinEdit()->text().isEmpty());
    QVERIFY(!dialog.clearPinButton()->isEnabled());
    QVERIFY(!clickAndWait(dialog, dialog.testButton()));
    QCOMPARE(dialog.tlsFailure()->kind, TlsFailure::Kind::Untrusted);
    QVERIFY(dialog.trustButton()->isVisible());
    QVERIFY(!pinned->isVisible());
    QVERIFY(clickAndWait(dialog, dialog.trustButton()));
    QCOMPARE(m_settings->profile(id).pinnedCertificate.toString(), m_selfSignedPin.toString());
}

void TestTlsPinning::dialogClearedPinIsSaved() {
    ConnectionProfile profile;
    profile.name = QStringLiteral("CA signed");
    profile.url = QUrl(QString::fromStdString(m_caSigned->baseUrl()));
    profile.pinnedCertificate = m_selfSignedPin;
    const QString id = m_settings->saveProfile(profile);
    m_settings->setCurrentProfileId(id);
    m_keys->store(id, m_key, [](bool, const QString&) {});

    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.show();
    QTRY_COMPARE(dialog.keyEdit()->text(), m_key);
    QTest::mouseClick(dialog.clearPinButton(), Qt::LeftButton);
    QVERIFY2(clickAndWait(dialog, dialog.connectButton()), qPrintable(dialog.resultText()));
    QVERIFY(m_settings->profile(id).pinnedCertificate.isEmpty());
    m_settings->sync();
    QFile settingsFile(m_settingsDir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(settingsFile.open(QIODevice::ReadOnly));
    const QByteArray saved = settingsFile.readAll();
    QVERIFY2(!saved.contains("pinnedCertificate"), saved.constData());
}

void TestTlsPinning::dialogRefusesBadPins() {
    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.urlEdit()->setText(QString::fromStdString(m_selfSigned->baseUrl()));
    dialog.keyEdit()->setText(m_key);
    dialog.pinEdit()->setText(QStringLiteral("AB:CD"));
    QVERIFY(!clickAndWait(dialog, dialog.testButton()));
    QVERIFY2(dialog.resultText().startsWith(QStringLiteral("The certificate pin is not a SHA-256 fingerprint")),
             qPrintable(dialog.resultText()));

    QUrl plain(QString::fromStdString(m_selfSigned->baseUrl()));
    plain.setScheme(QStringLiteral("http"));
    dialog.urlEdit()->setText(plain.toString());
    dialog.pinEdit()->setText(m_selfSignedPin.toString());
    QVERIFY(!clickAndWait(dialog, dialog.testButton()));
    QCOMPARE(dialog.resultText(), QStringLiteral("A certificate pin needs an https:// server URL."));
    QVERIFY(m_settings->profiles().isEmpty());
}

void TestTlsPinning::dialogTlsStateRenders() {
    ConnectionDialog dialog(*m_settings, *m_keys);
    dialog.show();
    dialog.nameEdit()->setText(QStringLiteral("Staging"));
    dialog.urlEdit()->setText(QString::fromStdString(m_selfSigned->baseUrl()));
    dialog.keyEdit()->setText(m_key);
    QVERIFY(!clickAndWait(dialog, dialog.testButton()));
    dialog.adjustSize();
    // Everything of the panel fits: nothing is cut off at the dialog's size.
    const auto* fingerprint = dialog.findChild<QLabel*>(QStringLiteral("certificateFingerprint"));
    QVERIFY(fingerprint->width() >= fingerprint->sizeHint().width());
    QVERIFY(dialog.trustButton()->width() >= dialog.trustButton()->sizeHint().width());
    QVERIFY(dialog.width() <= 700); // no unbreakable fingerprint widens it
    // tests/desktop/render-screenshots.sh sets this to refresh docs/screenshots/connection-tls*.png.
    const QString directory = qEnvironmentVariable("WITHER_SCREENSHOT_DIR");
    const QPixmap untrusted = dialog.grab();
    QVERIFY(!untrusted.isNull());
    if (!directory.isEmpty()) {
        QVERIFY(untrusted.save(directory + QStringLiteral("/connection-tls.png")));
    }

    dialog.pinEdit()->setText(m_caSignedPin.toString());
    QVERIFY(!clickAndWait(dialog, dialog.testButton()));
    dialog.adjustSize();
    QVERIFY(dialog.width() <= 700);
    QVERIFY(!dialog.trustButton()->isVisible());
    const QPixmap mismatch = dialog.grab();
    if (!directory.isEmpty()) {
        QVERIFY(mismatch.save(directory + QStringLiteral("/connection-tls-mismatch.png")));
    }
}

WITHER_DESKTOP_TEST_MAIN(TestTlsPinning)
#include "TestTlsPinning.moc"
