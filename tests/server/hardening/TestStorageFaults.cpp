// Storage faults (quality.md, reliability): the database locked by another process for longer than the server's
// busy timeout, and a disk that refuses to grow any file. Writes answer 503 `storage_unavailable` with a log line,
// reads keep working, nothing is forwarded that was not reserved, nothing is corrupted, and the server recovers.
#include "tests/server/proxy/ProxyTestEnv.h"
#include "tests/support/TempDir.h"

#include <QtTest>

#include <sqlite3.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <cstdlib>
#include <fstream>
#include <thread>

using namespace wither::testing;
using namespace std::chrono_literals;

namespace {

using SteadyClock = std::chrono::steady_clock;

/// Another process's view of the database file: a plain SQLite connection from the test.
class ForeignConnection {
public:
    explicit ForeignConnection(const std::string& path) {
        if (sqlite3_open_v2(path.c_str(), &m_db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
            throw std::runtime_error("cannot open " + path);
        }
    }
    ~ForeignConnection() { sqlite3_close_v2(m_db); }
    ForeignConnection(const ForeignConnection&) = delete;
    ForeignConnection& operator=(const ForeignConnection&) = delete;

    int exec(const std::string& sql) { return sqlite3_exec(m_db, sql.c_str(), nullptr, nullptr, nullptr); }
    std::string text(const std::string& sql) {
        sqlite3_stmt* statement = nullptr;
        std::string value;
        if (sqlite3_prepare_v2(m_db, sql.c_str(), -1, &statement, nullptr) == SQLITE_OK &&
            sqlite3_step(statement) == SQLITE_ROW) {
            value = reinterpret_cast<const char*>(sqlite3_column_text(statement, 0));
        }
        sqlite3_finalize(statement);
        return value;
    }

private:
    sqlite3* m_db = nullptr;
};

void expectStorageUnavailable(const HttpResponse& response, bool openAiShape) {
    QVERIFY2(response.status == 503, (std::to_string(response.status) + " " + response.body).c_str());
    const auto json = response.json();
    const auto code = openAiShape ? json["error"]["code"] : json["code"];
    QCOMPARE(QString::fromStdString(code.get<std::string>()), QStringLiteral("storage_unavailable"));
}

std::size_t countOf(const std::string& haystack, const std::string& needle) {
    std::size_t count = 0;
    for (auto at = haystack.find(needle); at != std::string::npos; at = haystack.find(needle, at + 1)) {
        ++count;
    }
    return count;
}

} // namespace

class TestStorageFaults : public QObject {
    Q_OBJECT

private slots:
    void lockedDatabaseFailsWritesKeepsReadsAndRecovers() {
        ProxyTestEnv env({"--counter-flush-ms", "200"});
        const auto project = env.createProject("locked");
        const auto limited = env.createToken(project, 10);
        const auto unlimited = env.createToken(project);
        const std::string dbPath = env.proxy().dataDir() + "/wither.db";
        const auto logBefore = countOf(env.proxy().output(), "storage unavailable");

        ForeignConnection other(dbPath);
        QCOMPARE(other.exec("BEGIN EXCLUSIVE"), SQLITE_OK);

        // Reads do not wait for the writer lock (WAL).
        const auto start = SteadyClock::now();
        QCOMPARE(env.admin().get("/manage/tokens").status, 200);
        QCOMPARE(env.admin().get("/manage/projects/" + project).status, 200);
        QVERIFY(SteadyClock::now() - start < 3s);

        // A management write waits out the busy timeout, then tells the client clearly.
        expectStorageUnavailable(env.admin().post("/manage/projects", R"({"name":"blocked","api_key":"k-123456789"})"),
                                 false);
        QVERIFY(countOf(env.proxy().output(), "storage unavailable") > logBefore);

        // A limited token needs a durable reservation: refused, never forwarded.
        expectStorageUnavailable(env.chat(limited.secret), true);
        QCOMPARE(env.mock().stats()["requests_total"].get<int>(), 0);
        // An unlimited token is only read on the way in: it is served, its count waits in memory.
        QCOMPARE(env.chat(unlimited.secret).status, 200);
        QCOMPARE(env.mock().stats()["requests_total"].get<int>(), 1);

        QCOMPARE(other.exec("ROLLBACK"), SQLITE_OK);

        // Recovered: writes work again, the held-back count arrives, nothing is corrupted.
        QCOMPARE(env.admin().post("/manage/projects", R"({"name":"after","api_key":"k-123456789"})").status, 201);
        QCOMPARE(env.chat(limited.secret).status, 200);
        QCOMPARE(env.token(limited.id)["request_count"].get<int>(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(env.token(unlimited.id)["request_count"].get<int>(), 1, 15000);
        QCOMPARE(other.text("PRAGMA integrity_check"), std::string("ok"));
        QCOMPARE(env.admin().get("/manage/audit/verify").json()["ok"].get<bool>(), true);
    }

    void fullDiskFailsWritesKeepsReadsAndRecovers() {
        // The server runs behind a shell that ignores SIGXFSZ, so a file size limit set on it later behaves like
        // a full disk: every write past the limit fails with EFBIG instead of killing the process.
        TempDir dir;
        const std::string wrapper = dir.path() + "/wither-proxy-nofsz";
        {
            std::ofstream script(wrapper);
            script << "#!/bin/sh\ntrap '' XFSZ\nexec '" << ProxyProcess::defaultExecutable() << "' \"$@\"\n";
        }
        QCOMPARE(::chmod(wrapper.c_str(), 0700), 0);
        ::setenv("WITHER_PROXY_EXECUTABLE", wrapper.c_str(), 1);
        std::unique_ptr<ProxyTestEnv> created;
        try {
            created = std::make_unique<ProxyTestEnv>(std::vector<std::string>{"--counter-flush-ms", "200"});
        } catch (...) {
            ::unsetenv("WITHER_PROXY_EXECUTABLE");
            throw;
        }
        ::unsetenv("WITHER_PROXY_EXECUTABLE");
        ProxyTestEnv& env = *created;
        const auto project = env.createProject("full");
        const auto limited = env.createToken(project, 10);
        const auto unlimited = env.createToken(project);
        const pid_t pid = env.proxy().process().pid();

        // Only the soft limit changes, so that it can be raised again without privileges.
        rlimit before{};
        QCOMPARE(::prlimit(pid, RLIMIT_FSIZE, nullptr, &before), 0);
        rlimit full{4096, before.rlim_max};
        QCOMPARE(::prlimit(pid, RLIMIT_FSIZE, &full, nullptr), 0);

        QCOMPARE(env.admin().get("/manage/tokens").status, 200);
        expectStorageUnavailable(env.admin().post("/manage/projects", R"({"name":"no-room","api_key":"k-123456789"})"),
                                 false);
        expectStorageUnavailable(env.chat(limited.secret), true);
        QCOMPARE(env.chat(unlimited.secret).status, 200);
        QCOMPARE(env.mock().stats()["requests_total"].get<int>(), 1);
        QVERIFY(env.proxy().running());
        QVERIFY(env.proxy().output().find("storage unavailable") != std::string::npos);

        QCOMPARE(::prlimit(pid, RLIMIT_FSIZE, &before, nullptr), 0);

        QCOMPARE(env.admin().post("/manage/projects", R"({"name":"room","api_key":"k-123456789"})").status, 201);
        QCOMPARE(env.chat(limited.secret).status, 200);
        QCOMPARE(env.token(limited.id)["request_count"].get<int>(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(env.token(unlimited.id)["request_count"].get<int>(), 1, 15000);
        QCOMPARE(env.admin().get("/manage/audit/verify").json()["ok"].get<bool>(), true);
        QCOMPARE(env.proxy().stop(), 0);
        ForeignConnection check(env.proxy().dataDir() + "/wither.db");
        QCOMPARE(check.text("PRAGMA integrity_check"), std::string("ok"));
    }
};

QTEST_GUILESS_MAIN(TestStorageFaults)
#include "TestStorageFaults.moc"
