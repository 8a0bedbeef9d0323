// Settings: precedence flags > environment > config file > defaults, validation with clear errors, --help
// listing every setting.
#include "config/ConfigError.h"
#include "config/SettingsLoader.h"

#include "UnitTestPrinters.h"

#include <QTemporaryDir>
#include <QtTest>

#include <fstream>

using namespace wither::config;

class TestSettingsLoader : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

    std::string writeConfig(const std::string& text) {
        const std::string path = m_dir.filePath(QStringLiteral("wither.conf")).toStdString();
        std::ofstream(path) << text;
        return path;
    }

private slots:
    void defaultsMatchTheContract() {
        const Settings s = SettingsLoader::load({}, {}).settings;
        QCOMPARE(s.listen.toString(), std::string("127.0.0.1:8080"));
        QVERIFY(!s.adminListen);
        QCOMPARE(s.dataDir, std::string("./data"));
        QCOMPARE(s.databasePath(), std::string("./data/wither.db"));
        QCOMPARE(s.upstreamUrl, std::string("https://api.openai.com"));
        QCOMPARE(s.logLevel, std::string("info"));
        QCOMPARE(s.threads, 4096);
        QCOMPARE(s.maxBodyBytes, std::int64_t(10 * 1024 * 1024));
        QCOMPARE(s.maxTokenDuration.count(), std::int64_t(8760 * 3600));
        QCOMPARE(s.allowedPrefixes.size(), std::size_t(8));
        QCOMPARE(s.allowedMethods, (std::vector<std::string>{"GET", "POST"}));
        QCOMPARE(s.upstreamTimeout.count(), std::int64_t(120));
        QCOMPARE(s.streamIdleTimeout.count(), std::int64_t(300));
        QCOMPARE(s.cacheMaxBytes, std::int64_t(256) * 1024 * 1024);
        QCOMPARE(s.cacheMaxObjectBytes, std::int64_t(1024 * 1024));
        QCOMPARE(s.usageRetentionDays, 30);
        QVERIFY(!s.metricsPublic);
        QVERIFY(!s.auditReads);
        QCOMPARE(s.counterFlushInterval.count(), std::int64_t(1000));
    }

    void flagsBeatEnvironmentBeatsFileBeatsDefaults() {
        const std::string file = writeConfig("# comment\nlisten = 0.0.0.0:7000\nthreads = 64\nlog_level = debug\n"
                                             "upstream-url = \"http://file.example\"\n");
        const SettingsLoader::Environment env{{"WITHER_CONFIG", file},
                                              {"WITHER_THREADS", "128"},
                                              {"WITHER_AUDIT_READS", "true"},
                                              {"WITHER_MANAGEMENT_TOKEN", "sk-wm-fromenv"}};
        const Settings s =
            SettingsLoader::load({"--threads", "256", "--data-dir=/tmp/x", "--metrics-public"}, env).settings;
        QCOMPARE(s.threads, 256);                                    // flag over env over file
        QCOMPARE(s.listen.toString(), std::string("0.0.0.0:7000"));  // file over default
        QCOMPARE(s.logLevel, std::string("debug"));                  // underscores work in the file
        QCOMPARE(s.upstreamUrl, std::string("http://file.example")); // quotes stripped
        QCOMPARE(s.dataDir, std::string("/tmp/x"));
        QVERIFY(s.auditReads);
        QVERIFY(s.metricsPublic);
        QCOMPARE(s.managementToken, std::string("sk-wm-fromenv"));
        QCOMPARE(s.configFile, file);
    }

    void listsAndAddressesParse() {
        const Settings s = SettingsLoader::load({"--allowed-prefixes", "/v1/a, /v1/b", "--allowed-methods",
                                                 "get,post,put", "--admin-listen", "[::1]:0"},
                                                {})
                               .settings;
        QCOMPARE(s.allowedPrefixes, (std::vector<std::string>{"/v1/a", "/v1/b"}));
        QCOMPARE(s.allowedMethods, (std::vector<std::string>{"GET", "POST", "PUT"}));
        QVERIFY(s.adminListen);
        QCOMPARE(s.adminListen->host, std::string("::1"));
        QCOMPARE(int(s.adminListen->port), 0);
    }

    void invalidValuesAreRejectedWithTheirName_data() {
        QTest::addColumn<QList<QByteArray>>("args");
        QTest::addColumn<QByteArray>("mentions");
        QTest::newRow("threads text") << QList<QByteArray>{"--threads", "many"} << QByteArray("threads");
        QTest::newRow("threads range") << QList<QByteArray>{"--threads", "1"} << QByteArray("threads");
        QTest::newRow("port range") << QList<QByteArray>{"--listen", "127.0.0.1:70000"} << QByteArray("listen");
        QTest::newRow("no port") << QList<QByteArray>{"--listen", "localhost"} << QByteArray("listen");
        QTest::newRow("log level") << QList<QByteArray>{"--log-level", "loud"} << QByteArray("log-level");
        QTest::newRow("upstream") << QList<QByteArray>{"--upstream-url", "ftp://x"} << QByteArray("upstream-url");
        QTest::newRow("unknown flag") << QList<QByteArray>{"--frobnicate"} << QByteArray("frobnicate");
        QTest::newRow("missing value") << QList<QByteArray>{"--data-dir"} << QByteArray("data-dir");
        QTest::newRow("tls half") << QList<QByteArray>{"--tls-cert", "/c.pem"} << QByteArray("tls-key");
        QTest::newRow("secret as flag") << QList<QByteArray>{"--management-token", "x"}
                                        << QByteArray("management-token");
        QTest::newRow("negative body") << QList<QByteArray>{"--max-body-bytes", "-5"} << QByteArray("max-body-bytes");
        QTest::newRow("bool") << QList<QByteArray>{"--audit-reads=maybe"} << QByteArray("audit-reads");
        QTest::newRow("missing config") << QList<QByteArray>{"--config", "/nonexistent/wither.conf"}
                                        << QByteArray("wither.conf");
    }

    void invalidValuesAreRejectedWithTheirName() {
        QFETCH(QList<QByteArray>, args);
        QFETCH(QByteArray, mentions);
        std::vector<std::string> argv;
        for (const QByteArray& arg : args) {
            argv.push_back(arg.toStdString());
        }
        try {
            SettingsLoader::load(argv, {});
            QFAIL("accepted invalid settings");
        } catch (const ConfigError& e) {
            QVERIFY2(std::string(e.what()).find(mentions.toStdString()) != std::string::npos, e.what());
        }
    }

    void unknownConfigFileKeyIsAnError() {
        const std::string file = writeConfig("listen = 127.0.0.1:1\nnot_a_setting = 1\n");
        QVERIFY_THROWS_EXCEPTION(ConfigError, SettingsLoader::load({"--config", file}, {}));
    }

    void helpListsEverySettingWithItsDefault() {
        const std::string help = SettingsLoader::helpText();
        for (const char* needle : {"--listen",
                                   "WITHER_LISTEN",
                                   "127.0.0.1:8080",
                                   "--admin-listen",
                                   "--data-dir",
                                   "./data",
                                   "--config",
                                   "--upstream-url",
                                   "https://api.openai.com",
                                   "--log-level",
                                   "--tls-cert",
                                   "--tls-key",
                                   "--admin-tls-cert",
                                   "--admin-tls-key",
                                   "--threads",
                                   "4096",
                                   "--max-body-bytes",
                                   "10485760",
                                   "--max-token-duration-hours",
                                   "8760",
                                   "--allowed-prefixes",
                                   "/v1/chat/completions",
                                   "--allowed-methods",
                                   "GET,POST",
                                   "--upstream-timeout-seconds",
                                   "--stream-idle-timeout-seconds",
                                   "--ca-file",
                                   "--cache-max-bytes",
                                   "268435456",
                                   "--cache-max-object-bytes",
                                   "--usage-retention-days",
                                   "--metrics-public",
                                   "--audit-reads",
                                   "--counter-flush-ms",
                                   "WITHER_MANAGEMENT_TOKEN",
                                   "WITHER_ENCRYPTION_KEY",
                                   "--version"}) {
            QVERIFY2(help.find(needle) != std::string::npos, needle);
        }
        QVERIFY(SettingsLoader::load({"--help"}, {}).showHelp);
        QVERIFY(SettingsLoader::load({"--version"}, {}).showVersion);
    }
};

QTEST_GUILESS_MAIN(TestSettingsLoader)
#include "TestSettingsLoader.moc"
