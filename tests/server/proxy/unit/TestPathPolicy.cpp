// Checks 1 and 2 of the proxy: path normalisation and prefix matching on segment boundaries.
#include "proxy/PathPolicy.h"

#include <QtTest>

using wither::proxy::PathPolicy;

namespace {
PathPolicy defaultPolicy() {
    return PathPolicy({"/v1/chat/completions", "/v1/completions", "/v1/embeddings", "/v1/models", "/v1/moderations",
                       "/v1/images", "/v1/audio", "/v1/responses"},
                      {"GET", "POST"});
}
} // namespace

class TestPathPolicy : public QObject {
    Q_OBJECT

private slots:
    void normalize_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("expected"); // empty = refused
        QTest::newRow("plain") << "/v1/chat/completions"
                               << "/v1/chat/completions";
        QTest::newRow("double slash") << "/v1//chat///completions"
                                      << "/v1/chat/completions";
        QTest::newRow("dot") << "/v1/./models"
                             << "/v1/models";
        QTest::newRow("dotdot") << "/v1/models/../embeddings"
                                << "/v1/embeddings";
        QTest::newRow("encoded dotdot") << "/v1/models/%2e%2e/embeddings"
                                        << "/v1/embeddings";
        QTest::newRow("upper encoded dotdot") << "/v1/models/%2E%2E/x"
                                              << "/v1/x";
        QTest::newRow("escape root") << "/v1/../../etc/passwd"
                                     << "";
        QTest::newRow("encoded slash") << "/v1/chat%2fcompletions"
                                       << "";
        QTest::newRow("encoded backslash") << "/v1/chat%5ccompletions"
                                           << "";
        QTest::newRow("backslash") << "/v1\\chat"
                                   << "";
        QTest::newRow("encoded percent") << "/v1/models/%252e%252e"
                                         << "";
        QTest::newRow("bad escape") << "/v1/models/%zz"
                                    << "";
        QTest::newRow("truncated escape") << "/v1/models/%2"
                                          << "";
        QTest::newRow("nul") << "/v1/models%00"
                             << "";
        QTest::newRow("relative") << "v1/models"
                                  << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("trailing slash kept") << "/v1/models/"
                                             << "/v1/models/";
        QTest::newRow("root") << "/"
                              << "/";
        QTest::newRow("decoded letter") << "/v1/mod%65ls"
                                        << "/v1/models";
    }
    void normalize() {
        QFETCH(QString, raw);
        QFETCH(QString, expected);
        const auto result = PathPolicy::normalize(raw.toStdString());
        if (expected.isEmpty()) {
            QVERIFY2(!result, result ? result->c_str() : "");
        } else {
            QVERIFY(result);
            QCOMPARE(QString::fromStdString(*result), expected);
        }
    }

    void allowed_data() {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("exact") << "/v1/chat/completions" << true;
        QTest::newRow("below prefix") << "/v1/models/gpt-4o" << true;
        QTest::newRow("not on segment boundary") << "/v1/chat/completionsX" << false;
        QTest::newRow("sibling") << "/v1/files" << false;
        QTest::newRow("parent") << "/v1" << false;
        QTest::newRow("dotdot out of prefix") << "/v1/models/../files" << false;
        QTest::newRow("encoded dotdot out of prefix") << "/v1/models/%2e%2e/files" << false;
        QTest::newRow("dotdot into prefix") << "/v1/files/../models" << true;
        QTest::newRow("double slash") << "//v1//models" << true;
        QTest::newRow("management") << "/v1/../manage/tokens" << false;
    }
    void allowed() {
        QFETCH(QString, raw);
        QFETCH(bool, allowed);
        const auto policy = defaultPolicy();
        const auto normalized = PathPolicy::normalize(raw.toStdString());
        QCOMPARE(normalized && policy.isPathAllowed(*normalized), allowed);
    }

    void configuredPrefixesAreNormalised() {
        const PathPolicy policy({"/v1/custom/", "/v1//other"}, {"POST"});
        QVERIFY(policy.isPathAllowed("/v1/custom"));
        QVERIFY(policy.isPathAllowed("/v1/custom/x"));
        QVERIFY(policy.isPathAllowed("/v1/other/y"));
        QVERIFY(!policy.isPathAllowed("/v1/customer"));
    }

    void methods() {
        const auto policy = defaultPolicy();
        QVERIFY(policy.isMethodAllowed("GET"));
        QVERIFY(policy.isMethodAllowed("POST"));
        QVERIFY(!policy.isMethodAllowed("DELETE"));
        QVERIFY(!policy.isMethodAllowed("post"));
    }

    void encodeForUpstream() {
        QCOMPARE(QString::fromStdString(PathPolicy::encodeForUpstream("/v1/models/a b?c#d")),
                 QStringLiteral("/v1/models/a%20b%3Fc%23d"));
        QCOMPARE(QString::fromStdString(PathPolicy::encodeForUpstream("/v1/models/gpt-4o:ft~x")),
                 QStringLiteral("/v1/models/gpt-4o:ft~x"));
        // What we checked is what the upstream gets: decoding the encoded form gives the normalised path back.
        const auto normalized = PathPolicy::normalize("/v1/models/%c3%a9%20x");
        QVERIFY(normalized);
        QCOMPARE(*PathPolicy::normalize(PathPolicy::encodeForUpstream(*normalized)), *normalized);
    }
};

QTEST_APPLESS_MAIN(TestPathPolicy)
#include "TestPathPolicy.moc"
