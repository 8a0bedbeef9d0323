// Crypto helpers: CSPRNG secrets (format, alphabet coverage), HMAC (RFC 4231 vector), AES-256-GCM (round trip,
// tamper and wrong-key rejection), UUIDv4, base64, key files (mode 0600, reuse).
#include "crypto/AesGcm.h"
#include "crypto/Hmac.h"
#include "crypto/KeyFile.h"
#include "crypto/SecureRandom.h"
#include "crypto/ServerSecrets.h"
#include "crypto/Uuid.h"

#include "shared/SecretFormat.h"

#include "UnitTestPrinters.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>
#include <sys/stat.h>

using namespace wither;
using namespace wither::crypto;

class TestCrypto : public QObject {
    Q_OBJECT

private slots:
    void tokenSecretsHaveTheContractFormat() {
        std::set<std::string> seen;
        for (int i = 0; i < 200; ++i) {
            const std::string secret = SecureRandom::tokenSecret();
            QVERIFY(isTokenSecret(secret));
            QVERIFY(seen.insert(secret).second);
            QVERIFY(isManagementKey(SecureRandom::managementKey()));
        }
    }

    void rejectionSamplingCoversTheWholeAlphabetEvenly() {
        const std::string sample = SecureRandom::fromAlphabet(62 * 2000, kSecretAlphabet);
        std::map<char, int> counts;
        for (const char c : sample) {
            ++counts[c];
        }
        QCOMPARE(counts.size(), kSecretAlphabet.size());
        for (const auto& [c, n] : counts) {
            // Expected 2000 each; a modulo bias (256 % 62 = 8) would push the first 8 letters ~25 % higher.
            QVERIFY2(n > 1600 && n < 2400, std::string(1, c).append(": ").append(std::to_string(n)).c_str());
        }
    }

    void hmacMatchesRfc4231() {
        const std::string key(20, '\x0b');
        QCOMPARE(Hmac::toHex(Hmac::sha256(key, "Hi There")),
                 std::string("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"));
        QVERIFY(Hmac::constantTimeEquals("abc", "abc"));
        QVERIFY(!Hmac::constantTimeEquals("abc", "abd"));
        QVERIFY(!Hmac::constantTimeEquals("abc", "abcd"));
    }

    void aesGcmRoundTripsAndDetectsTampering() {
        const AesGcm cipher(std::string(32, 'k'));
        const std::string sealed = cipher.seal("sk-upstream-secret");
        QCOMPARE(sealed.size(), std::size_t(12 + 18 + 16));
        QCOMPARE(cipher.open(sealed), std::string("sk-upstream-secret"));
        QVERIFY(cipher.seal("sk-upstream-secret") != sealed); // fresh nonce every time
        std::string altered = sealed;
        altered[15] = static_cast<char>(altered[15] ^ 1);
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, cipher.open(altered));
        const AesGcm other(std::string(32, 'x'));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, other.open(sealed));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, cipher.open("short"));
    }

    void uuidsAreVersion4() {
        std::set<std::string> seen;
        for (int i = 0; i < 100; ++i) {
            const std::string id = Uuid::v4();
            QVERIFY(isUuid(id));
            QCOMPARE(id[14], '4');
            QVERIFY(std::string("89ab").find(id[19]) != std::string::npos);
            QVERIFY(seen.insert(id).second);
        }
    }

    void base64RoundTrips() {
        for (const std::string& bytes : {std::string(), std::string("a"), std::string("ab"), std::string(32, '\xff')}) {
            if (bytes.empty()) {
                continue;
            }
            QCOMPARE(ServerSecrets::decodeBase64(ServerSecrets::encodeBase64(bytes)), bytes);
        }
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ServerSecrets::decodeBase64("not base64!"));
    }

    void serverSecretsPersistAndSeparateKeys() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString();
        const auto first = ServerSecrets::load(path, "");
        struct stat info {};
        QCOMPARE(::stat((path + "/secret.key").c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        const auto second = ServerSecrets::load(path, "");
        QCOMPARE(first->hashTokenSecret("sk-wt-x"), second->hashTokenSecret("sk-wt-x"));
        QCOMPARE(second->decryptApiKey(first->encryptApiKey("upstream")), std::string("upstream"));
        // Token and management hashes use different keys, so one can never stand in for the other.
        QVERIFY(first->hashTokenSecret("same") != first->hashManagementKey("same"));
        QCOMPARE(first->hashTokenSecret("x").size(), std::size_t(32));

        const std::string envKey = ServerSecrets::encodeBase64(std::string(32, 'e'));
        const auto withEnv = ServerSecrets::load(path, envKey);
        const AesGcm direct(std::string(32, 'e'));
        QCOMPARE(direct.open(withEnv->encryptApiKey("k1")), std::string("k1"));
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, ServerSecrets::load(path, ServerSecrets::encodeBase64("short")));
    }

    void keyFileIsCreatedOnceWithMode0600() {
        QTemporaryDir dir;
        const std::string path = dir.path().toStdString() + "/management-token";
        bool created = false;
        const std::string key = KeyFile::readOrCreate(
            path, [] { return std::string("first"); }, &created);
        QVERIFY(created);
        QCOMPARE(key, std::string("first"));
        struct stat info {};
        QCOMPARE(::stat(path.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
        QCOMPARE(KeyFile::readOrCreate(
                     path, [] { return std::string("second"); }, &created),
                 std::string("first"));
        QVERIFY(!created);
        ::chmod(path.c_str(), 0644);
        KeyFile::readOrCreate(path, [] { return std::string("x"); });
        QCOMPARE(::stat(path.c_str(), &info), 0);
        QCOMPARE(info.st_mode & 0777, 0600u);
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
