// Compatibility with a real OpenAI SDK: the `openai` npm package (v4) talks to the proxy for a normal and a
// streamed chat completion, a refused request and a model list. Skipped only when node or npm are missing; the
// package is installed once into the build directory.
#include "tests/server/proxy/ProxyTestEnv.h"

#include <QtTest>

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

using namespace wither::testing;

class TestOpenAiSdk : public QObject {
    Q_OBJECT

    QString m_node;
    QString m_npm;
    QString m_sdkDir = QStringLiteral(WITHER_OPENAI_SDK_DIR);

    bool run(const QString& program, const QStringList& args, const QString& dir, int timeoutMs,
             const QProcessEnvironment& env, QByteArray& out, QByteArray& err) {
        QProcess process;
        process.setWorkingDirectory(dir);
        process.setProcessEnvironment(env);
        process.start(program, args);
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            err = "timed out";
            return false;
        }
        out = process.readAllStandardOutput();
        err = process.readAllStandardError();
        return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    }

private slots:
    void initTestCase() {
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        m_npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        if (m_node.isEmpty() || m_npm.isEmpty()) {
            QSKIP("node and npm are needed for the OpenAI SDK test");
        }
        QDir().mkpath(m_sdkDir);
        if (!QFileInfo::exists(m_sdkDir + QStringLiteral("/node_modules/openai/package.json"))) {
            QByteArray out;
            QByteArray err;
            const bool ok = run(m_npm,
                                {QStringLiteral("install"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund"),
                                 QStringLiteral("--no-save"), QStringLiteral("openai@4")},
                                m_sdkDir, 240000, QProcessEnvironment::systemEnvironment(), out, err);
            QVERIFY2(ok, err.constData());
        }
        QFile::remove(m_sdkDir + QStringLiteral("/openai-client.js"));
        QVERIFY(QFile::copy(QStringLiteral(WITHER_OPENAI_SDK_SCRIPT), m_sdkDir + QStringLiteral("/openai-client.js")));
    }

    void chatCompletionsThroughTheSdk() {
        ProxyTestEnv env;
        const auto project = env.createProject("sdk");
        const auto token = env.createToken(project, 10);

        auto environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("WITHER_BASE_URL"), QString::fromStdString(env.proxy().baseUrl()));
        environment.insert(QStringLiteral("WITHER_TOKEN"), QString::fromStdString(token.secret));
        QByteArray out;
        QByteArray err;
        const bool ok = run(m_node, {QStringLiteral("openai-client.js")}, m_sdkDir, 60000, environment, out, err);
        QVERIFY2(ok, err.constData());
        const auto result = nlohmann::json::parse(out.trimmed().toStdString());

        QCOMPARE(result["object"].get<std::string>(), std::string("chat.completion"));
        QCOMPARE(result["content"].get<std::string>(), std::string("echo: hello sdk"));
        QVERIFY(result["chunks"].get<int>() >= 2);
        QVERIFY(!result["text"].get<std::string>().empty());
        QVERIFY(result["models"].get<int>() > 0);
        const auto& refused = result["refused"];
        QCOMPARE(refused["status"].get<int>(), 401);
        QCOMPARE(refused["code"].get<std::string>(), std::string("invalid_token"));
        QCOMPARE(refused["type"].get<std::string>(), std::string("authentication_error"));

        // Three accepted requests were counted, and the upstream saw the project key only.
        QCOMPARE(env.token(token.id)["request_count"].get<int>(), 3);
        const auto byAuthorization = env.mock().stats()["by_authorization"];
        QCOMPARE(byAuthorization.size(), std::size_t{1});
        QCOMPARE(byAuthorization.begin().key(), std::string("Bearer ") + kUpstreamKey);
    }
};

QTEST_GUILESS_MAIN(TestOpenAiSdk)
#include "TestOpenAiSdk.moc"
