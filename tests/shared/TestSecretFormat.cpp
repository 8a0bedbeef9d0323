// Secret formats of api.md: token secrets and management keys (`sk-wt-` / `sk-wm-` + 32 of [A-Za-z0-9]),
// the display hint, the upstream-key obfuscation with its length boundaries, and canonical UUIDs.
#include "shared/SecretFormat.h"

#include "tests/shared/SharedTestPrinters.h"

#include <QtTest>

#include <set>

using namespace wither;

namespace {

const std::string kBody = "AbCdEfGhIjKlMnOpQrStUvWxYz012345"; // 32 alphanumerics
const std::string kEllipsis = "\xE2\x80\xA6";                 // U+2026, the hint's separator

/// Row text is UTF-8; rows use \x escapes for bytes that are not valid text.
std::string bytes(const QByteArray& b) {
    return std::string(b.constData(), std::size_t(b.size()));
}

} // namespace

class TestSecretFormat : public QObject {
    Q_OBJECT

private slots:
    void constants() {
        QCOMPARE(std::string(kTokenSecretPrefix), std::string("sk-wt-"));
        QCOMPARE(std::string(kManagementKeyPrefix), std::string("sk-wm-"));
        QCOMPARE(kSecretBodyLength, std::size_t(32));
        // The alphabet is exactly [A-Za-z0-9], each once: 62 symbols, which rejection sampling relies on.
        const std::set<char> unique(kSecretAlphabet.begin(), kSecretAlphabet.end());
        QCOMPARE(unique.size(), std::size_t(62));
        QCOMPARE(kSecretAlphabet.size(), std::size_t(62));
        for (const char c : kSecretAlphabet) {
            QVERIFY((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
        }
    }

    void secretShape_data() {
        QTest::addColumn<QByteArray>("body"); // appended to each prefix
        QTest::addColumn<bool>("valid");
        QTest::newRow("32 alphanumerics") << QByteArray(kBody.c_str()) << true;
        QTest::newRow("all digits") << QByteArray(32, '7') << true;
        QTest::newRow("all upper") << QByteArray(32, 'Z') << true;
        QTest::newRow("all lower") << QByteArray(32, 'a') << true;
        QTest::newRow("31 chars") << QByteArray(31, 'a') << false;
        QTest::newRow("33 chars") << QByteArray(33, 'a') << false;
        QTest::newRow("empty body") << QByteArray() << false;
        QTest::newRow("64 chars") << QByteArray(64, 'a') << false;
        QTest::newRow("dash") << QByteArray("AbCdEfGhIjKlMnOp-rStUvWxYz012345") << false;
        QTest::newRow("underscore") << QByteArray("AbCdEfGhIjKlMnOp_rStUvWxYz012345") << false;
        QTest::newRow("base64 plus") << QByteArray("AbCdEfGhIjKlMnOp+rStUvWxYz012345") << false;
        QTest::newRow("base64 slash") << QByteArray("AbCdEfGhIjKlMnOp/rStUvWxYz012345") << false;
        QTest::newRow("padding") << QByteArray("AbCdEfGhIjKlMnOpQrStUvWxYz01234=") << false;
        QTest::newRow("space inside") << QByteArray("AbCdEfGhIjKlMnOp rStUvWxYz012345") << false;
        QTest::newRow("trailing newline") << QByteArray("AbCdEfGhIjKlMnOpQrStUvWxYz01234\n") << false;
        QTest::newRow("NUL inside") << QByteArray("AbCdEfGhIjKlMnOp\0rStUvWxYz012345", 32) << false;
        // Non-ASCII with the byte length kept at 32, so only the alphabet rule can reject it.
        QTest::newRow("latin-1 letter as UTF-8") << QByteArray("AbCdEfGhIjKlMnOp\xC3\xA9StUvWxYz012345") << false;
        QTest::newRow("fullwidth A") << QByteArray("AbCdEfGhIjKlMnOp\xEF\xBC\xA1tUvWxYz012345") << false;
        QTest::newRow("Arabic-Indic digit") << QByteArray("AbCdEfGhIjKlMnOp\xD9\xA3StUvWxYz012345") << false;
        QTest::newRow("lone continuation byte") << QByteArray("AbCdEfGhIjKlMnOp\x80rStUvWxYz012345") << false;
        QTest::newRow("byte 0xFF") << QByteArray("AbCdEfGhIjKlMnOp\xFFrStUvWxYz012345") << false;
    }

    void secretShape() {
        QFETCH(QByteArray, body);
        QFETCH(bool, valid);
        QCOMPARE(isTokenSecret("sk-wt-" + bytes(body)), valid);
        QCOMPARE(isManagementKey("sk-wm-" + bytes(body)), valid);
        // Each kind refuses the other's prefix, whatever the body.
        QCOMPARE(isTokenSecret("sk-wm-" + bytes(body)), false);
        QCOMPARE(isManagementKey("sk-wt-" + bytes(body)), false);
    }

    void prefixMustBeExact_data() {
        QTest::addColumn<QString>("prefix");
        QTest::newRow("none") << "";
        QTest::newRow("upper case") << "SK-WT-";
        QTest::newRow("mixed case") << "Sk-wt-";
        QTest::newRow("underscore") << "sk_wt_";
        QTest::newRow("missing dash") << "sk-wt";
        QTest::newRow("OpenAI style") << "sk-";
        QTest::newRow("leading space") << " sk-wt-";
        QTest::newRow("doubled") << "sk-wt-sk-wt-";
    }

    void prefixMustBeExact() {
        QFETCH(QString, prefix);
        QVERIFY(!isTokenSecret(prefix.toStdString() + kBody));
        // Without the prefix the length is also wrong; with it padded to the right length it still fails.
        const std::string padded =
            prefix.toStdString() + kBody.substr(0, 38 - std::min<std::size_t>(38, prefix.size()));
        QVERIFY(!isTokenSecret(padded));
    }

    void everyAlphabetCharacterAndNoOtherByteIsAccepted() {
        const std::set<char> alphabet(kSecretAlphabet.begin(), kSecretAlphabet.end());
        for (int b = 0; b < 256; ++b) {
            std::string secret = "sk-wt-" + kBody;
            secret[6 + 16] = static_cast<char>(b);
            const bool expected = alphabet.count(static_cast<char>(b)) == 1;
            QVERIFY2(isTokenSecret(secret) == expected, qPrintable(QString::number(b)));
            secret.replace(0, 6, "sk-wm-");
            QVERIFY2(isManagementKey(secret) == expected, qPrintable(QString::number(b)));
        }
    }

    void looksLikeTokenSecret_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("full secret") << QString::fromStdString("sk-wt-" + kBody) << true;
        QTest::newRow("malformed secret") << "sk-wt-short" << true;
        QTest::newRow("prefix only") << "sk-wt-" << true;
        QTest::newRow("prefix cut short") << "sk-wt" << false;
        QTest::newRow("uuid") << "123e4567-e89b-42d3-a456-426614174000" << false;
        QTest::newRow("management key") << QString::fromStdString("sk-wm-" + kBody) << false;
        QTest::newRow("upper case") << "SK-WT-abc" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("hint") << QString::fromStdString("sk-wt-AbCd" + kEllipsis + "2345") << true;
    }

    void looksLikeTokenSecret() {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(wither::looksLikeTokenSecret(text.toStdString()), expected);
    }

    void tokenHint_data() {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<QString>("expected");
        QTest::newRow("api.md example shape")
            << QString::fromStdString("sk-wt-" + kBody) << QString::fromStdString("sk-wt-AbCd" + kEllipsis + "2345");
        QTest::newRow("digits") << "sk-wt-01234567890123456789012345678901"
                                << QString::fromStdString("sk-wt-0123" + kEllipsis + "8901");
    }

    void tokenHint() {
        QFETCH(QString, secret);
        QFETCH(QString, expected);
        const std::string hint = wither::tokenHint(secret.toStdString());
        QCOMPARE(hint, expected.toStdString());
        // The hint carries 8 of the 32 secret characters and is never itself accepted as a secret.
        QCOMPARE(hint.size(), std::size_t(6 + 4 + 3 + 4));
        QVERIFY(!isTokenSecret(hint));
    }

    void tokenHintOfShortInputNeverGrows() {
        // Not a real secret, but the function must not read past the text or invent characters.
        QCOMPARE(wither::tokenHint("sk-wt-abcdefgh"), std::string("sk-wt-abcdefgh"));
        QCOMPARE(wither::tokenHint("sk-wt-abcdefghi"), "sk-wt-abcd" + kEllipsis + "fghi");
        QCOMPARE(wither::tokenHint("sk-wt-"), std::string("sk-wt-"));
        QCOMPARE(wither::tokenHint(""), std::string("sk-wt-"));
    }

    void obfuscateApiKey_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("expected");
        // ≤ 4 → all '*'
        QTest::newRow("0 chars") << ""
                                 << "";
        QTest::newRow("1 char") << "a"
                                << "*";
        QTest::newRow("4 chars") << "abcd"
                                 << "****";
        // 5–12 → first 2 + '*'s
        QTest::newRow("5 chars") << "abcde"
                                 << "ab***";
        QTest::newRow("8 chars") << "abcdefgh"
                                 << "ab******";
        QTest::newRow("12 chars") << "abcdefghijkl"
                                  << "ab**********";
        // > 12 → first 8 + "..." + last 4
        QTest::newRow("13 chars") << "abcdefghijklm"
                                  << "abcdefgh...jklm";
        QTest::newRow("OpenAI project key") << "sk-proj-1234567890abcdefghijWXYZ"
                                            << "sk-proj-...WXYZ";
        QTest::newRow("long") << QString(200, QLatin1Char('k')) + QStringLiteral("TAIL") << "kkkkkkkk...TAIL";
    }

    void obfuscateApiKey() {
        QFETCH(QString, key);
        QFETCH(QString, expected);
        const std::string plain = key.toStdString();
        const std::string shown = wither::obfuscateApiKey(plain);
        QCOMPARE(shown, expected.toStdString());
        if (plain.size() >= 5) {
            QVERIFY(shown != plain);
        }
    }

    void looksObfuscated_data() {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("expected");
        QTest::newRow("long-key form") << "sk-proj-...WXYZ" << true;
        QTest::newRow("medium-key form") << "ab**********" << true;
        QTest::newRow("four stars") << "****" << true;
        QTest::newRow("dots anywhere") << "abc...def" << true;
        QTest::newRow("stars anywhere") << "x****y" << true;
        QTest::newRow("three stars only") << "ab***" << false;
        QTest::newRow("two dots") << "ab..cd" << false;
        QTest::newRow("unicode ellipsis") << QStringLiteral(u"sk-proj-\u2026WXYZ") << false;
        QTest::newRow("plain key") << "sk-proj-1234567890abcdefghijWXYZ" << false;
        QTest::newRow("empty") << "" << false;
    }

    void looksObfuscated() {
        QFETCH(QString, key);
        QFETCH(bool, expected);
        QCOMPARE(wither::looksObfuscated(key.toStdString()), expected);
    }

    void obfuscatedKeysOfSixOrMoreCharactersAreRecognisedWhenSentBack() {
        // What the API returns must be refused when a client sends it back as a new key (api.md §2.3);
        // a 5-char key shows only three '*', which the spec's rule does not catch.
        for (std::size_t length = 6; length <= 64; ++length) {
            const std::string shown = wither::obfuscateApiKey(std::string(length, 'k'));
            QVERIFY2(wither::looksObfuscated(shown), shown.c_str());
        }
        QVERIFY(wither::looksObfuscated(wither::obfuscateApiKey("abcd")));
    }

    void isUuid_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("v4 lower") << "123e4567-e89b-42d3-a456-426614174000" << true;
        QTest::newRow("v4 upper") << "123E4567-E89B-42D3-A456-426614174000" << true;
        QTest::newRow("nil") << "00000000-0000-0000-0000-000000000000" << true;
        QTest::newRow("no dashes") << "123e4567e89b42d3a456426614174000" << false;
        QTest::newRow("dash moved") << "123e456-7e89b-42d3-a456-426614174000" << false;
        QTest::newRow("35 chars") << "123e4567-e89b-42d3-a456-42661417400" << false;
        QTest::newRow("37 chars") << "123e4567-e89b-42d3-a456-4266141740000" << false;
        QTest::newRow("non-hex g") << "123e4567-e89b-42d3-a456-42661417400g" << false;
        QTest::newRow("braces") << "{123e4567-e89b-42d3-a456-426614174000}" << false;
        QTest::newRow("urn") << "urn:uuid:123e4567-e89b-42d3-a456-426614174000" << false;
        QTest::newRow("dash instead of hex") << "123e4567-e89b-42d3-a456-42661417400-" << false;
        QTest::newRow("space") << "123e4567-e89b-42d3-a456-42661417400 " << false;
        QTest::newRow("token secret") << QString::fromStdString("sk-wt-" + kBody) << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("fullwidth digit") << QStringLiteral(u"123e4567-e89b-42d3-a456-42661417400\uFF10") << false;
    }

    void isUuid() {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(wither::isUuid(text.toStdString()), expected);
    }
};

QTEST_APPLESS_MAIN(TestSecretFormat)
#include "TestSecretFormat.moc"
