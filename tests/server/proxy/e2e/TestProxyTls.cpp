// HTTPS upstreams (api.md §3.2): the certificate chain is verified (system store plus --ca-file) and so is the host
// name, for loopback names too; a failed handshake sends nothing, so the reservation is given back. The upstream is
// `openssl s_server -www` with certificates made for the test; skipped when the openssl tool is missing.
#include "tests/server/proxy/ProxyTestEnv.h"

#include "tests/support/TempDir.h"

#include <QtTest>

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace wither::testing;

class TestProxyTls : public QObject {
    Q_OBJECT

    QString m_openssl;
    std::unique_ptr<TempDir> m_dir;
    std::vector<std::unique_ptr<QProcess>> m_servers;

    QString file(const char* name) const {
        return QString::fromStdString(m_dir->path()) + QLatin1Char('/') + QLatin1String(name);
    }

    void makeCertificate(const char* name, const char* subjectAltName) {
        QProcess process;
        process.start(m_openssl,
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                       QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=wither-test"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=") + QLatin1String(subjectAltName),
                       QStringLiteral("-keyout"), file(name) + QStringLiteral(".key"), QStringLiteral("-out"),
                       file(name) + QStringLiteral(".pem")});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 0);
    }

    /// Starts `openssl s_server -www` with the certificate; returns its port.
    int serve(const char* name) {
        auto process = std::make_unique<QProcess>();
        process->setProcessChannelMode(QProcess::MergedChannels);
        process->start(m_openssl, {QStringLiteral("s_server"), QStringLiteral("-accept"), QStringLiteral("127.0.0.1:0"),
                                   QStringLiteral("-cert"), file(name) + QStringLiteral(".pem"), QStringLiteral("-key"),
                                   file(name) + QStringLiteral(".key"), QStringLiteral("-www")});
        QByteArray output;
        const QRegularExpression accept(QStringLiteral("ACCEPT 127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 100; ++i) {
            process->waitForReadyRead(100);
            output += process->readAll();
            const auto match = accept.match(QString::fromUtf8(output));
            if (match.hasMatch()) {
                m_servers.push_back(std::move(process));
                return match.captured(1).toInt();
            }
        }
        return 0;
    }

private slots:
    void initTestCase() {
        m_openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (m_openssl.isEmpty()) {
            QSKIP("the openssl tool is needed to make a TLS upstream");
        }
        m_dir = std::make_unique<TempDir>();
        makeCertificate("localhost", "DNS:localhost,IP:127.0.0.1");
        makeCertificate("other", "DNS:other.example");
    }

    void cleanupTestCase() {
        for (auto& server : m_servers) {
            server->kill();
            server->waitForFinished();
        }
    }

    void verifiesChainAndHostName() {
        const int good = serve("localhost");
        const int wrongName = serve("other");
        QVERIFY(good > 0 && wrongName > 0);
        const std::string bundle = m_dir->path() + "/bundle.pem";
        {
            QFile out(QString::fromStdString(bundle));
            QVERIFY(out.open(QIODevice::WriteOnly));
            for (const char* name : {"localhost", "other"}) {
                QFile in(file(name) + QStringLiteral(".pem"));
                QVERIFY(in.open(QIODevice::ReadOnly));
                out.write(in.readAll());
            }
        }

        // Unknown CA: refused before anything is sent, the reservation comes back.
        {
            ProxyTestEnv env;
            const auto project = env.createProject("tls-untrusted", 0, "https://localhost:" + std::to_string(good));
            const auto token = env.createToken(project, 3);
            const auto response = env.client().get("/v1/models", {{"Authorization", "Bearer " + token.secret}});
            QCOMPARE(response.status, 502);
            QCOMPARE(response.json()["error"]["code"].get<std::string>(), std::string("upstream_unreachable"));
            QCOMPARE(env.token(token.id)["request_count"].get<int>(), 0);
        }

        // With the CA file the chain is trusted; the host name must still match the certificate.
        ProxyTestEnv env({"--ca-file", bundle});
        const auto trusted = env.createProject("tls-trusted", 0, "https://localhost:" + std::to_string(good));
        const auto mismatched = env.createProject("tls-mismatch", 0, "https://localhost:" + std::to_string(wrongName));
        const auto ok = env.createToken(trusted, 3);
        const auto bad = env.createToken(mismatched, 3);
        const auto accepted = env.client().get("/v1/models", {{"Authorization", "Bearer " + ok.secret}});
        QCOMPARE(accepted.status, 200);
        QCOMPARE(env.token(ok.id)["request_count"].get<int>(), 1);
        const auto refused = env.client().get("/v1/models", {{"Authorization", "Bearer " + bad.secret}});
        QCOMPARE(refused.status, 502);
        QCOMPARE(refused.json()["error"]["code"].get<std::string>(), std::string("upstream_unreachable"));
        QCOMPARE(env.token(bad.id)["request_count"].get<int>(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProxyTls)
#include "TestProxyTls.moc"
