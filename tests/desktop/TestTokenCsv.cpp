#include "models/TokenCsv.h"

#include "tests/desktop/support/TestMain.h"

#include <QTest>

using namespace wither;
using namespace wither::desktop;

/// The CSV form of tokens: API field names, RFC 4180 quoting, no formula injection, empty = none/unlimited.
class TestTokenCsv : public QObject {
    Q_OBJECT
private slots:
    void headerUsesApiFieldNames();
    void rowOfUnlimitedToken();
    void rowOfLimitedRevokedToken();
    void escaping_data();
    void escaping();
};

namespace {
Token sampleToken() {
    Token t;
    t.id = "3f1c2b7e-8a44-4d0c-9a53-2f0b8f1d6c21";
    t.token = "sk-wt-AbCd…WxYz";
    t.projectId = "9b2d4c1a-1111-4a2b-8c3d-123456789abc";
    t.projectName = "Demo Chatbot";
    t.status = TokenStatus::Active;
    t.createdAt = *parseTimestamp("2026-11-28T09:15:00Z");
    t.expiresAt = *parseTimestamp("2026-11-29T09:15:00Z");
    t.requestCount = 12;
    t.cacheHitCount = 5;
    t.upstreamCount = 7;
    return t;
}
} // namespace

void TestTokenCsv::headerUsesApiFieldNames() {
    const QByteArray header = TokenCsv::header();
    QVERIFY(header.endsWith("\r\n"));
    const QList<QByteArray> columns = header.trimmed().split(',');
    QCOMPARE(columns.size(), 15);
    QCOMPARE(columns.first(), QByteArray("id"));
    QVERIFY(columns.contains("request_count"));
    QVERIFY(columns.contains("cache_hit_count"));
    QVERIFY(columns.contains("max_requests"));
    QVERIFY(columns.contains("remaining"));
}

void TestTokenCsv::rowOfUnlimitedToken() {
    const QByteArray row = TokenCsv::row(sampleToken());
    QCOMPARE(row, QByteArray("3f1c2b7e-8a44-4d0c-9a53-2f0b8f1d6c21,sk-wt-AbCd…WxYz,9b2d4c1a-1111-4a2b-8c3d-"
                             "123456789abc,Demo Chatbot,,active,2026-11-28T09:15:00Z,2026-11-29T09:15:00Z,,,12,5,7,,"
                             "\r\n"));
}

void TestTokenCsv::rowOfLimitedRevokedToken() {
    Token t = sampleToken();
    t.status = TokenStatus::Revoked;
    t.isActive = false;
    t.revokedAt = *parseTimestamp("2026-11-28T10:00:00.250Z");
    t.maxRequests = 100;
    t.remaining = 88;
    t.label = "CI, nightly";
    const QList<QByteArray> cells = TokenCsv::row(t).trimmed().split(',');
    QVERIFY(TokenCsv::row(t).contains(",\"CI, nightly\",revoked,"));
    QCOMPARE(cells.at(cells.size() - 2), QByteArray("100"));
    QCOMPARE(cells.last(), QByteArray("88"));
    QVERIFY(TokenCsv::row(t).contains("2026-11-28T10:00:00.250Z"));
}

void TestTokenCsv::escaping_data() {
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QStringLiteral("plain") << QByteArray("plain");
    QTest::newRow("comma") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
    QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("newline") << QStringLiteral("two\nlines") << QByteArray("\"two\nlines\"");
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"x\")") << QByteArray("\"'=HYPERLINK(\"\"x\"\")\"");
    QTest::newRow("plus") << QStringLiteral("+1") << QByteArray("'+1");
    QTest::newRow("unicode") << QStringLiteral("Ümlaut ∞") << QStringLiteral("Ümlaut ∞").toUtf8();
}

void TestTokenCsv::escaping() {
    QFETCH(QString, cell);
    QFETCH(QByteArray, expected);
    QCOMPARE(TokenCsv::escape(cell), expected);
}

WITHER_DESKTOP_TEST_MAIN(TestTokenCsv)
#include "TestTokenCsv.moc"
