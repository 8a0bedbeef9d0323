// The program around the API: --help/--version, invalid settings (exit 2), files created 0600, a configured
// bootstrap key, graceful shutdown (SIGTERM → exit 0, server.stop recorded), the admin listener, TLS, and
// concurrent management writes (all succeed, integrity_check ok).
#include "tests/server/manage/ManageTestEnv.h"

#include "tests/support/ChildProcess.h"
#include "tests/support/TempDir.h"

#include <QtTest>

#include <sqlite3.h>
#include <sys/stat.h>

#include <atomic>
#include <cstdlib>
#include <thread>

using namespace wither::testing;
using nlohmann::json;

namespace {

std::string integrityCheck(const std::string& path) {
    sqlite3* db = nullptr;
    sqlite3_open_v2(path.c_str(), &db, SQLITE_OPEN_READONLY, nullptr);
    sqlite3_stmt* stmt = nullptr;
    sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &stmt, nullptr);
    std::string result;
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        result += reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return result;
}

unsigned mode(const std::string& path) {
    struct stat info {};
    return ::stat(path.c_str(), &info) == 0 ? (info.st_mode & 0777) : 0;
}

} // namespace

class TestServerLifecycle : public QObject {
    Q_OBJECT

    static ChildProcess run(std::vector<std::string> args) {
        ChildProcessOptions options;
        options.removeInheritedPrefixes = {"WITHER_"};
        return ChildProcess(ProxyProcess::defaultExecutable(), std::move(args), options);
    }

private slots:
    void helpAndVersion() {
        auto help = run({"--help"});
        QCOMPARE(help.waitForExit(std::chrono::seconds(10)), std::optional<int>(0));
        const std::string text = help.output();
        for (const char* needle : {"--listen", "--admin-listen", "--data-dir", "--config", "--upstream-url",
                                   "--log-level", "--threads", "--max-body-bytes", "--audit-reads",
                                   "WITHER_MANAGEMENT_TOKEN", "WITHER_ENCRYPTION_KEY", "127.0.0.1:8080"}) {
            QVERIFY2(text.find(needle) != std::string::npos, needle);
        }
        auto version = run({"--version"});
        QCOMPARE(version.waitForExit(std::chrono::seconds(10)), std::optional<int>(0));
        QVERIFY(version.output().find("wither-proxy ") != std::string::npos);
    }

    void invalidSettingsExitWithCode2() {
        for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
                 {"--threads", "lots"}, {"--listen", "nowhere"}, {"--bogus"}, {"--log-level", "chatty"}}) {
            auto child = run(args);
            QCOMPARE(child.waitForExit(std::chrono::seconds(10)), std::optional<int>(2));
            QVERIFY2(child.output().find(args[0].substr(2)) != std::string::npos, child.output().c_str());
        }
    }

    void aTakenPortIsAnErrorNotASharedPort() {
        ManageTestEnv first;
        TempDir other;
        auto second =
            run({"--listen", "127.0.0.1:" + std::to_string(first.proxy().port()), "--data-dir", other.path()});
        const auto code = second.waitForExit(std::chrono::seconds(15));
        QVERIFY(code.has_value());
        QVERIFY(*code != 0);
        QVERIFY2(second.output().find("already in use") != std::string::npos, second.output().c_str());
        EXPECT_STATUS(first.anonymous().get("/health"), 200);
    }

    void filesAreCreatedPrivately() {
        ManageTestEnv env;
        const std::string dir = env.proxy().dataDir();
        QCOMPARE(mode(dir + "/management-token"), 0600u);
        QCOMPARE(mode(dir + "/secret.key"), 0600u);
        QVERIFY(env.proxy().output().find("management-token") != std::string::npos);
        QVERIFY(env.proxy().output().find(env.proxy().managementKey()) == std::string::npos);
    }

    void configuredBootstrapKeyIsUsed() {
        const std::string key = "sk-wm-ConfiguredBootstrapKey0123456789";
        ManageTestEnv env({}, {{"WITHER_MANAGEMENT_TOKEN", key}});
        EXPECT_STATUS(env.as(key).get("/manage/keys"), 200);
        QVERIFY(env.proxy().output().find(key) == std::string::npos);
        struct stat info {};
        QVERIFY(::stat((env.proxy().dataDir() + "/management-token").c_str(), &info) != 0);
    }

    void gracefulShutdownRecordsServerStop() {
        ManageTestEnv env;
        env.createProject("before-stop");
        QCOMPARE(env.proxy().stop(), 0);
        QVERIFY(env.proxy().output().find("server.stop") != std::string::npos);
        QCOMPARE(integrityCheck(env.proxy().dataDir() + "/wither.db"), std::string("ok"));
        env.restart();
        const auto stops = env.auditEvents("action=server.stop");
        QCOMPARE(stops.size(), std::size_t(1));
        QCOMPARE(env.auditEvents("action=server.start").size(), std::size_t(2));
        QCOMPARE(env.admin().get("/manage/audit/verify").json()["ok"].get<bool>(), true);
        QCOMPARE(env.admin().get("/manage/projects").json().size(), std::size_t(1));
    }

    void adminListenerSeparatesManagement() {
        ManageTestEnv env({"--admin-listen", "127.0.0.1:0"});
        QVERIFY(!env.proxy().adminBaseUrl().empty());
        QVERIFY(env.proxy().adminPort() != env.proxy().port());
        EXPECT_STATUS(env.admin().get("/manage/projects"), 200); // the env's admin client uses the admin listener
        const auto onMain = env.proxy().managementClient().get("/manage/projects");
        EXPECT_API_ERROR(onMain, 404, "not_found");
        EXPECT_STATUS(env.proxy().client().get("/health"), 200);
        const auto proxyOnAdmin = HttpClient(env.proxy().adminBaseUrl()).get("/v1/models");
        QCOMPARE(proxyOnAdmin.status, 404);
    }

    void tlsOnEitherListener() {
        if (std::system("command -v openssl > /dev/null 2>&1") != 0) {
            QSKIP("openssl is not installed");
        }
        TempDir certs;
        const std::string cert = certs.filePath("cert.pem");
        const std::string key = certs.filePath("key.pem");
        const std::string command = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -keyout " +
                                    key + " -out " + cert + " > /dev/null 2>&1";
        QCOMPARE(std::system(command.c_str()), 0);
        ManageTestEnv env({"--tls-cert", cert, "--tls-key", key});
        QVERIFY(env.proxy().baseUrl().rfind("https://", 0) == 0);
        EXPECT_STATUS(env.admin().get("/manage/projects"), 200);
        QVERIFY(env.proxy().output().find("listening on https://") != std::string::npos);

        // And on the admin listener, with the main listener left on plain HTTP.
        ManageTestEnv split({"--admin-listen", "127.0.0.1:0", "--admin-tls-cert", cert, "--admin-tls-key", key});
        QVERIFY(split.proxy().adminBaseUrl().rfind("https://", 0) == 0);
        QVERIFY(split.proxy().baseUrl().rfind("http://", 0) == 0);
        EXPECT_STATUS(split.admin().get("/manage/keys"), 200);
        QVERIFY(split.proxy().output().find("admin listening on https://") != std::string::npos);
    }

    void concurrentManagementWritesAllSucceed() {
        ManageTestEnv env;
        const std::string project = env.createProject("concurrent")["id"].get<std::string>();
        std::atomic<int> failures{0};
        std::vector<std::thread> threads;
        const std::string key = env.proxy().managementKey();
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                HttpClient client = env.proxy().client().withBearer(key);
                for (int i = 0; i < 10; ++i) {
                    const auto token = client.post("/manage/tokens", json{{"project_id", project}}.dump());
                    const auto created = client.post(
                        "/manage/projects",
                        json{{"name", "c-" + std::to_string(t) + "-" + std::to_string(i)}, {"api_key", "k-123456789"}}
                            .dump());
                    if (token.status != 201 || created.status != 201) {
                        ++failures;
                    }
                }
            });
        }
        for (auto& thread : threads) {
            thread.join();
        }
        QCOMPARE(failures.load(), 0);
        QCOMPARE(env.admin().get("/manage/tokens?limit=1").header("X-Total-Count"), std::string("80"));
        QCOMPARE(env.admin().get("/manage/projects").json().size(), std::size_t(81));
        QCOMPARE(env.admin().get("/manage/audit/verify").json()["ok"].get<bool>(), true);
        QCOMPARE(env.proxy().stop(), 0);
        QCOMPARE(integrityCheck(env.proxy().dataDir() + "/wither.db"), std::string("ok"));
    }
};

QTEST_GUILESS_MAIN(TestServerLifecycle)
#include "TestServerLifecycle.moc"
