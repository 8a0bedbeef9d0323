// The audit log over HTTP (api.md §2.6): every change leaves one event, filters and paging with their limits,
// single events, streamed JSONL/CSV export, verification, tamper detection on the database file, reads audited
// only with --audit-reads, and no secret in any event, export or log line.
#include "tests/server/manage/ManageTestEnv.h"

#include <QtTest>

#include <sqlite3.h>

#include <sstream>

using namespace wither::testing;
using nlohmann::json;

namespace {

/// Runs one statement on the server's database file from outside, as an attacker with file access would.
void tamper(const std::string& dbPath, const std::string& sql) {
    sqlite3* db = nullptr;
    if (sqlite3_open(dbPath.c_str(), &db) != SQLITE_OK) {
        throw std::runtime_error("cannot open " + dbPath);
    }
    sqlite3_busy_timeout(db, 5000);
    char* error = nullptr;
    const int rc = sqlite3_exec(db, sql.c_str(), nullptr, nullptr, &error);
    const std::string message = error ? error : "";
    sqlite3_free(error);
    sqlite3_close(db);
    if (rc != SQLITE_OK) {
        throw std::runtime_error("tamper failed: " + message);
    }
}

} // namespace

class TestManageAudit : public QObject {
    Q_OBJECT

    std::unique_ptr<ManageTestEnv> m_env;
    std::string m_project;
    std::string m_tokenSecret;

    HttpClient& admin() { return m_env->admin(); }

private slots:
    void initTestCase() {
        m_env = std::make_unique<ManageTestEnv>();
        m_project = m_env->createProject("audited")["id"].get<std::string>();
        const json token = m_env->createToken(m_project, {{"label", "first"}});
        m_tokenSecret = token["token_secret"].get<std::string>();
        EXPECT_STATUS(
            admin().patch("/manage/tokens/" + token["id"].get<std::string>(), "{\"label\":\"second-label-7f\"}"), 200);
        EXPECT_STATUS(admin().del("/manage/tokens/" + token["id"].get<std::string>()), 204);
    }
    void cleanupTestCase() { m_env.reset(); }

    void eventsDescribeEachChange() {
        const auto response = admin().get("/manage/audit");
        EXPECT_STATUS(response, 200);
        const json page = response.json();
        const json& events = page["events"];
        QVERIFY(events.is_array());
        std::vector<std::string> actions;
        for (const auto& e : events) {
            actions.push_back(e["action"].get<std::string>());
        }
        // Newest first: revoke, update, create (token), project.create, server.start, key.create (bootstrap).
        QCOMPARE(actions[0], std::string("token.revoke"));
        QCOMPARE(actions[1], std::string("token.update"));
        QCOMPARE(actions[2], std::string("token.create"));
        QCOMPARE(actions[3], std::string("project.create"));
        QVERIFY(std::find(actions.begin(), actions.end(), "server.start") != actions.end());
        const json& revoke = events[0];
        for (const char* field :
             {"id", "seq", "timestamp", "action", "actor", "outcome", "project_id", "token_id", "client_ip", "method",
              "path", "user_agent", "request_id", "reason", "metadata", "hash"}) {
            QVERIFY2(revoke.contains(field), field);
        }
        QCOMPARE(revoke["actor"].get<std::string>(), std::string("bootstrap"));
        QCOMPARE(revoke["outcome"].get<std::string>(), std::string("success"));
        QCOMPARE(revoke["project_id"].get<std::string>(), m_project);
        QCOMPARE(revoke["method"].get<std::string>(), std::string("DELETE"));
        QCOMPARE(revoke["client_ip"].get<std::string>(), std::string("127.0.0.1"));
        QVERIFY(revoke["seq"].get<int>() > events[1]["seq"].get<int>());
        QCOMPARE(page["pagination"]["page"].get<int>(), 1);
        QCOMPARE(page["pagination"]["page_size"].get<int>(), 50);
        QVERIFY(!page["pagination"]["has_prev"].get<bool>());

        const auto one = admin().get("/manage/audit/" + revoke["id"].get<std::string>());
        EXPECT_STATUS(one, 200);
        QCOMPARE(one.json(), revoke);
        EXPECT_API_ERROR(admin().get("/manage/audit/00000000-0000-4000-8000-000000000000"), 404, "not_found");
        EXPECT_API_ERROR(admin().get("/manage/audit/nope"), 404, "not_found");
    }

    void filtersAndPaging() {
        auto page = admin().get("/manage/audit?action=token.&page_size=2").json();
        QCOMPARE(page["events"].size(), std::size_t(2));
        QCOMPARE(page["pagination"]["total_count"].get<int>(), 3);
        QCOMPARE(page["pagination"]["total_pages"].get<int>(), 2);
        QVERIFY(page["pagination"]["has_next"].get<bool>());
        page = admin().get("/manage/audit?action=token.&page_size=2&page=2").json();
        QCOMPARE(page["events"].size(), std::size_t(1));
        QVERIFY(page["pagination"]["has_prev"].get<bool>());
        QVERIFY(!page["pagination"]["has_next"].get<bool>());
        page = admin().get("/manage/audit?action=token.&page=99").json();
        QCOMPARE(page["events"], json::array());
        page = admin().get("/manage/audit?action=nothing.").json();
        QCOMPARE(page["events"], json::array());
        QCOMPARE(page["pagination"]["total_count"].get<int>(), 0);
        QCOMPARE(admin()
                     .get("/manage/audit?outcome=success&actor=bootstrap&project_id=" + m_project)
                     .json()["pagination"]["total_count"]
                     .get<int>(),
                 4);
        QCOMPARE(admin().get("/manage/audit?client_ip=10.9.9.9").json()["events"].size(), std::size_t(0));
        QCOMPARE(admin().get("/manage/audit?search=second-label-7f").json()["events"].size(), std::size_t(1));
        QCOMPARE(admin().get("/manage/audit?from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z").json()["events"].size(),
                 std::size_t(0));
        QVERIFY(admin().get("/manage/audit?from=2000-01-01T00:00:00Z").json()["events"].size() >= 4);
    }

    void badParametersAre400_data() {
        QTest::addColumn<QByteArray>("query");
        QTest::newRow("page_size 0") << QByteArray("page_size=0");
        QTest::newRow("page_size 501") << QByteArray("page_size=501");
        QTest::newRow("page 0") << QByteArray("page=0");
        QTest::newRow("negative page") << QByteArray("page=-1");
        QTest::newRow("page text") << QByteArray("page=first");
        QTest::newRow("bad outcome") << QByteArray("outcome=maybe");
        QTest::newRow("bad from") << QByteArray("from=yesterday");
        QTest::newRow("bad to") << QByteArray("to=2026-13-45T00:00:00Z");
    }

    void badParametersAre400() {
        QFETCH(QByteArray, query);
        EXPECT_API_ERROR(admin().get("/manage/audit?" + query.toStdString()), 400, "validation_failed");
    }

    void exportStreamsJsonLinesAndCsv() {
        auto response = admin().get("/manage/audit/export?format=jsonl");
        EXPECT_STATUS(response, 200);
        QVERIFY(response.header("Content-Type").find("ndjson") != std::string::npos);
        QCOMPARE(response.header("Transfer-Encoding"), std::string("chunked"));
        std::istringstream lines(response.body);
        std::string line;
        std::int64_t previous = 0;
        int count = 0;
        while (std::getline(lines, line)) {
            const json event = json::parse(line);
            QVERIFY(event["seq"].get<std::int64_t>() > previous); // oldest first
            previous = event["seq"].get<std::int64_t>();
            ++count;
        }
        QVERIFY(count >= 5);
        response = admin().get("/manage/audit/export?format=csv&action=token.");
        EXPECT_STATUS(response, 200);
        QVERIFY(response.header("Content-Type").find("text/csv") != std::string::npos);
        QVERIFY(response.body.rfind("seq,id,timestamp,action", 0) == 0);
        QCOMPARE(std::count(response.body.begin(), response.body.end(), '\n'), std::ptrdiff_t(4));
        EXPECT_API_ERROR(admin().get("/manage/audit/export?format=xml"), 400, "validation_failed");
        const auto full =
            admin().get("/manage/audit/export?format=jsonl").body + admin().get("/manage/audit/export?format=csv").body;
        QVERIFY(full.find(m_tokenSecret) == std::string::npos);
        QVERIFY(full.find(kProjectApiKey) == std::string::npos);
        QVERIFY(full.find(m_env->proxy().managementKey()) == std::string::npos);
        const std::string log = m_env->proxy().output();
        QVERIFY(log.find(m_tokenSecret) == std::string::npos);
        QVERIFY(log.find(kProjectApiKey) == std::string::npos);
        QVERIFY(log.find(m_env->proxy().managementKey()) == std::string::npos);
    }

    void verifyDetectsTampering() {
        auto result = admin().get("/manage/audit/verify").json();
        QCOMPARE(result["ok"].get<bool>(), true);
        const int checked = result["checked"].get<int>();
        QVERIFY(checked >= 5);
        tamper(m_env->proxy().dataDir() + "/wither.db", "UPDATE audit_events SET actor = 'mallory' WHERE seq = 3");
        result = admin().get("/manage/audit/verify").json();
        QCOMPARE(result["ok"].get<bool>(), false);
        QCOMPARE(result["first_bad_seq"].get<int>(), 3);
    }

    void verifyDetectsADeletedEvent() {
        ManageTestEnv fresh;
        fresh.createProject("one");
        fresh.createProject("two");
        QCOMPARE(fresh.admin().get("/manage/audit/verify").json()["ok"].get<bool>(), true);
        tamper(fresh.proxy().dataDir() + "/wither.db", "DELETE FROM audit_events WHERE seq = 2");
        const json result = fresh.admin().get("/manage/audit/verify").json();
        QCOMPARE(result["ok"].get<bool>(), false);
        QCOMPARE(result["first_bad_seq"].get<int>(), 2);
    }

    void readsAreAuditedOnlyWhenAskedFor() {
        ManageTestEnv quiet;
        quiet.admin().get("/manage/projects");
        quiet.admin().get("/manage/tokens");
        QCOMPARE(quiet.auditEvents("action=project.read").size(), std::size_t(0));
        QCOMPARE(quiet.auditEvents("action=token.read").size(), std::size_t(0));

        ManageTestEnv loud({"--audit-reads"});
        const std::string secret =
            loud.createToken(loud.createProject("reads")["id"].get<std::string>())["token_secret"].get<std::string>();
        EXPECT_STATUS(loud.admin().get("/manage/projects"), 200);
        EXPECT_API_ERROR(loud.admin().get("/manage/tokens/" + secret), 404, "token_not_found");
        QCOMPARE(loud.auditEvents("action=project.read").size(), std::size_t(1));
        const auto reads = loud.auditEvents("action=token.read");
        QCOMPARE(reads.size(), std::size_t(1));
        QVERIFY(reads[0].dump().find(secret) == std::string::npos); // the path is redacted
        QCOMPARE(reads[0]["metadata"]["status"].get<int>(), 404);
    }
};

QTEST_GUILESS_MAIN(TestManageAudit)
#include "TestManageAudit.moc"
