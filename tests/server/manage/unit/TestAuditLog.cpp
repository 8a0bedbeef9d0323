// The audit chain: append inside transactions, verify, detect an altered, a deleted and an inserted event, and
// redact secrets before hashing and storing.
#include "audit/AuditLog.h"
#include "audit/SecretRedactor.h"

#include "store/Database.h"
#include "store/SqliteAuditSink.h"
#include "store/SqliteTransaction.h"

#include "shared/Codec.h"

#include "UnitTestPrinters.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace wither;

class TestAuditLog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_counter = 0;
    ManualClock m_clock{fromEpochMillis(1'800'000'000'000)};

    struct Fixture {
        std::unique_ptr<store::Database> db;
        std::unique_ptr<store::SqliteAuditSink> sink;
        std::unique_ptr<audit::AuditLog> log;
    };

    Fixture open() {
        Fixture f;
        f.db =
            std::make_unique<store::Database>(m_dir.filePath(QStringLiteral("a%1.db").arg(++m_counter)).toStdString());
        f.sink = std::make_unique<store::SqliteAuditSink>(*f.db);
        f.log = std::make_unique<audit::AuditLog>(*f.sink, *f.db, "audit-key", m_clock);
        return f;
    }

    void fill(Fixture& f, int count) {
        for (int i = 0; i < count; ++i) {
            audit::AuditContext context{"bootstrap",      "127.0.0.1", "POST",
                                        "/manage/tokens", "test",      "r" + std::to_string(i)};
            auto event = f.log->makeEvent("token.create", AuditOutcome::Success, context);
            event.metadata = {{"n", i}, {"ratio", 0.1 * i}, {"name", "Zoë"}};
            f.log->appendStandalone(event);
            m_clock.advance(std::chrono::milliseconds(7));
        }
    }

    void exec(Fixture& f, const std::string& sql) {
        f.db->write([&](store::Transaction& tx) { store::SqliteTransaction::of(tx).exec(sql); });
    }

private slots:
    void chainVerifies() {
        Fixture f = open();
        QVERIFY(f.log->verify().ok);
        fill(f, 20);
        const AuditVerifyResult result = f.log->verify();
        QVERIFY(result.ok);
        QCOMPARE(result.checked, std::int64_t(20));
        const AuditPage page = f.sink->page({}, 1, 5);
        QCOMPARE(page.events.front().seq, std::int64_t(20));
        QCOMPARE(page.pagination.totalCount, std::int64_t(20));
        QCOMPARE(page.pagination.totalPages, std::int64_t(4));
        QVERIFY(page.pagination.hasNext && !page.pagination.hasPrev);
        QCOMPARE(page.events.front().hash,
                 audit::AuditLog::chainHash("audit-key", page.events[1].hash, page.events[0]));
    }

    void anAlteredEventIsFound() {
        Fixture f = open();
        fill(f, 10);
        exec(f, "UPDATE audit_events SET actor = 'mallory' WHERE seq = 6");
        const AuditVerifyResult result = f.log->verify();
        QVERIFY(!result.ok);
        QCOMPARE(result.firstBadSeq, std::optional<std::int64_t>(6));
        QCOMPARE(result.checked, std::int64_t(5));
    }

    void aDeletedEventIsFound() {
        Fixture f = open();
        fill(f, 10);
        exec(f, "DELETE FROM audit_events WHERE seq = 4");
        QCOMPARE(f.log->verify().firstBadSeq, std::optional<std::int64_t>(4));
    }

    void aRewrittenMetadataIsFound() {
        Fixture f = open();
        fill(f, 3);
        exec(f, "UPDATE audit_events SET metadata = '{\"n\":99}' WHERE seq = 2");
        QCOMPARE(f.log->verify().firstBadSeq, std::optional<std::int64_t>(2));
    }

    void aChainUnderAnotherKeyFails() {
        Fixture f = open();
        fill(f, 3);
        audit::AuditLog other(*f.sink, *f.db, "other-key", m_clock);
        QCOMPARE(other.verify().firstBadSeq, std::optional<std::int64_t>(1));
    }

    void eventsInARolledBackTransactionVanish() {
        Fixture f = open();
        fill(f, 2);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, f.db->write([&](store::Transaction& tx) {
            f.log->append(tx, f.log->makeEvent("project.create", AuditOutcome::Success, {}));
            throw std::runtime_error("the change failed");
        }));
        QCOMPARE(f.sink->page({}, 1, 50).pagination.totalCount, std::int64_t(2));
        fill(f, 1);
        QVERIFY(f.log->verify().ok);
    }

    void secretsAreRedactedBeforeStoring() {
        Fixture f = open();
        const std::string secret = "sk-wt-AbCdEfGhIjKlMnOpQrStUvWxYz012345";
        const std::string key = "sk-wm-ZyXwVuTsRqPoNmLkJiHgFeDcBa987654";
        audit::AuditContext context{"bootstrap", "10.0.0.1", "GET", "/manage/tokens/" + secret, "agent " + key, "r"};
        auto event = f.log->makeEvent("token.read", AuditOutcome::Success, context);
        event.reason = "used " + secret;
        event.metadata = {{"nested", {{"list", {secret, key}}}}};
        f.log->appendStandalone(event);
        const AuditPage page = f.sink->page({}, 1, 1);
        const std::string stored = nlohmann::json(page.events.front()).dump();
        QVERIFY(stored.find(secret) == std::string::npos);
        QVERIFY(stored.find(key) == std::string::npos);
        QVERIFY(stored.find("sk-wt-AbCd\u2026") != std::string::npos);
        QVERIFY(f.log->verify().ok);
    }

    void filtersWork() {
        Fixture f = open();
        fill(f, 5);
        audit::AuditContext context{"security", "10.0.0.9", "DELETE", "/manage/tokens/x", "", "r"};
        auto event = f.log->makeEvent("token.revoke", AuditOutcome::Success, context);
        event.tokenId = "tok-1";
        f.log->appendStandalone(event);
        store::AuditQuery query;
        query.actionPrefix = "token.";
        QCOMPARE(f.sink->page(query, 1, 50).pagination.totalCount, std::int64_t(6));
        query.actionPrefix = "token.rev";
        QCOMPARE(f.sink->page(query, 1, 50).pagination.totalCount, std::int64_t(1));
        store::AuditQuery byActor;
        byActor.actor = "security";
        QCOMPARE(f.sink->page(byActor, 1, 50).events.size(), std::size_t(1));
        store::AuditQuery byToken;
        byToken.tokenId = "tok-1";
        QCOMPARE(f.sink->page(byToken, 1, 50).events.size(), std::size_t(1));
        store::AuditQuery byIp;
        byIp.clientIp = "10.0.0.9";
        QCOMPARE(f.sink->page(byIp, 1, 50).events.size(), std::size_t(1));
        store::AuditQuery text;
        text.search = "Zo\u00eb";
        QCOMPARE(f.sink->page(text, 1, 50).pagination.totalCount, std::int64_t(5));
        store::AuditQuery window;
        window.from = m_clock.now() - std::chrono::milliseconds(1);
        QCOMPARE(f.sink->page(window, 1, 50).pagination.totalCount, std::int64_t(1));
        QVERIFY(f.sink->page(window, 9, 50).events.empty());
    }

    void redactorKeepsOrdinaryText() {
        QCOMPARE(audit::SecretRedactor::redact("nothing here sk-w"), std::string("nothing here sk-w"));
        QCOMPARE(audit::SecretRedactor::redact("a sk-wt-ABCDEFGHIJKLMNOPQRSTUVWXYZ123456 b"),
                 std::string("a sk-wt-ABCD\u20263456 b"));
        QVERIFY(audit::SecretRedactor::containsSecret("x sk-wm-ABCDEFGHIJKLMNOPQRSTUVWXYZ123456"));
        QVERIFY(!audit::SecretRedactor::containsSecret("sk-wt-AbCd\u2026WxYz"));
    }
};

QTEST_GUILESS_MAIN(TestAuditLog)
#include "TestAuditLog.moc"
