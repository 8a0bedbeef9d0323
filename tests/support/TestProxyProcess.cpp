#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <stdexcept>
#include <string>

#include <QtTest/QTest>

#include "tests/support/MockUpstreamProcess.h"
#include "tests/support/ProxyProcess.h"
#include "tests/support/QtTestPrinters.h"
#include "tests/support/TempDir.h"

using namespace std::chrono_literals;
using wither::testing::ProxyProcess;
using wither::testing::ProxyProcessOptions;
using wither::testing::TempDir;

namespace {

/// Stands in for wither-proxy with the same command-line contract: it prints its arguments and environment,
/// writes a management token into the data directory, and becomes the mock upstream, whose start-up line
/// contains "listening on http://HOST:PORT" like the server's. (Plain literals: moc would read the `#` lines of a raw
/// string as preprocessor directives.)
constexpr const char* kFakeProxy =
    "#!/bin/sh\n"
    "echo \"fake proxy args: $*\"\n"
    "echo \"environment: inherited=[${WITHER_TEST_FAKE_INHERITED:-}] token=[${WITHER_MANAGEMENT_TOKEN:-}]\"\n"
    "data=\n"
    "admin=\n"
    "while [ $# -gt 0 ]; do\n"
    "    case \"$1\" in\n"
    "        --data-dir) data=$2; shift ;;\n"
    "        --admin-listen) admin=1 ;;\n"
    "    esac\n"
    "    shift\n"
    "done\n"
    "[ -f \"$data/management-token\" ] || printf '  sk-wm-fake%s\\n' \"$$\" >\"$data/management-token\"\n"
    "echo $(( $(cat \"$data/runs\" 2>/dev/null || echo 0) + 1 )) >\"$data/runs\"\n"
    "[ -n \"$admin\" ] && echo \"admin listening on http://127.0.0.1:9\"\n"
    "exec \"$FAKE_PROXY_MOCK\" --listen 127.0.0.1:0\n";

} // namespace

/// ProxyProcess against a stand-in, so that the harness is proven before (and independently of) the server.
class TestProxyProcess : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void startsOnAFreePortWithOwnDataDir();
    void managementKeyFromFileOrEnvironment();
    void inheritedWitherVariablesAreDropped();
    void adminListenerIsReported();
    void restartKeepsTheDataDirectory();
    void stopAndKillReportExitCodes();
    void failedStartThrowsWithTheOutput();

private:
    ProxyProcessOptions fakeOptions() const;

    std::unique_ptr<TempDir> scripts_;
    std::string fakeProxy_;
};

void TestProxyProcess::initTestCase() {
    scripts_ = std::make_unique<TempDir>();
    fakeProxy_ = scripts_->filePath("fake-wither-proxy");
    std::ofstream(fakeProxy_) << kFakeProxy;
    std::filesystem::permissions(fakeProxy_, std::filesystem::perms::owner_all);
}

ProxyProcessOptions TestProxyProcess::fakeOptions() const {
    ProxyProcessOptions options;
    options.executable = fakeProxy_;
    options.extraEnv["FAKE_PROXY_MOCK"] = wither::testing::MockUpstreamProcess::defaultExecutable();
    return options;
}

void TestProxyProcess::startsOnAFreePortWithOwnDataDir() {
    std::string dataDir;
    {
        ProxyProcess proxy(fakeOptions());
        dataDir = proxy.dataDir();
        QVERIFY(std::filesystem::is_directory(dataDir));
        QVERIFY(proxy.baseUrl().starts_with("http://127.0.0.1:"));
        QCOMPARE(proxy.baseUrl(), "http://127.0.0.1:" + std::to_string(proxy.port()));
        QVERIFY(proxy.output().find("fake proxy args: --listen 127.0.0.1:0 --data-dir " + dataDir) !=
                std::string::npos);
        QCOMPARE(proxy.client().get("/v1/models").status, 200);
        QCOMPARE(proxy.adminBaseUrl(), std::string());
    }
    QVERIFY(!std::filesystem::exists(dataDir));

    TempDir own;
    auto options = fakeOptions();
    options.dataDir = own.path();
    options.listenOnFreePort = false;
    options.extraArgs = {"--log-level", "debug"};
    ProxyProcess proxy(options);
    QCOMPARE(proxy.dataDir(), own.path());
    QVERIFY(proxy.output().find("fake proxy args: --data-dir " + own.path() + " --log-level debug") !=
            std::string::npos);
}

void TestProxyProcess::managementKeyFromFileOrEnvironment() {
    ProxyProcess fromFile(fakeOptions());
    QVERIFY(fromFile.managementKey().starts_with("sk-wm-fake"));
    QVERIFY(!fromFile.managementKey().ends_with("\n"));

    auto options = fakeOptions();
    options.extraEnv["WITHER_MANAGEMENT_TOKEN"] = "sk-wm-from-environment";
    ProxyProcess fromEnvironment(options);
    QCOMPARE(fromEnvironment.managementKey(), std::string("sk-wm-from-environment"));
    QVERIFY(fromEnvironment.output().find("token=[sk-wm-from-environment]") != std::string::npos);
}

void TestProxyProcess::inheritedWitherVariablesAreDropped() {
    ::setenv("WITHER_TEST_FAKE_INHERITED", "from-the-shell", 1);
    ProxyProcess proxy(fakeOptions());
    ::unsetenv("WITHER_TEST_FAKE_INHERITED");
    QVERIFY2(proxy.output().find("inherited=[]") != std::string::npos, proxy.output().c_str());
}

void TestProxyProcess::adminListenerIsReported() {
    auto options = fakeOptions();
    options.extraArgs = {"--admin-listen", "127.0.0.1:0"};
    ProxyProcess proxy(options);
    QCOMPARE(proxy.adminBaseUrl(), std::string("http://127.0.0.1:9"));
    QCOMPARE(proxy.adminPort(), std::uint16_t(9));
    // The admin line comes first, and must not be taken for the main listener.
    QVERIFY(proxy.port() != 9);
    QCOMPARE(proxy.client().get("/v1/models").status, 200);
}

void TestProxyProcess::restartKeepsTheDataDirectory() {
    ProxyProcess proxy(fakeOptions());
    const auto key = proxy.managementKey();
    const auto dataDir = proxy.dataDir();
    proxy.restart();
    QVERIFY(proxy.running());
    QCOMPARE(proxy.dataDir(), dataDir);
    QCOMPARE(proxy.managementKey(), key);
    std::ifstream runs(dataDir + "/runs");
    int count = 0;
    runs >> count;
    QCOMPARE(count, 2);
    QCOMPARE(proxy.client().get("/v1/models").status, 200);
    // The output of both runs is kept, for assertions about what was ever logged.
    const auto output = proxy.output();
    QVERIFY(output.find("fake proxy args") != output.rfind("fake proxy args"));
}

void TestProxyProcess::stopAndKillReportExitCodes() {
    ProxyProcess stopped(fakeOptions());
    QCOMPARE(stopped.stop(), 0);
    QVERIFY(!stopped.running());

    ProxyProcess killed(fakeOptions());
    QCOMPARE(killed.kill(), -9);
    QVERIFY(!killed.running());
}

void TestProxyProcess::failedStartThrowsWithTheOutput() {
    const auto broken = scripts_->filePath("broken-proxy");
    std::ofstream(broken) << "#!/bin/sh\necho 'cannot open database: disk on fire' >&2\nexit 1\n";
    std::filesystem::permissions(broken, std::filesystem::perms::owner_all);
    ProxyProcessOptions options;
    options.executable = broken;
    const auto start = std::chrono::steady_clock::now();
    try {
        ProxyProcess proxy(options);
        QFAIL("a server that exits at once must not count as started");
    } catch (const std::runtime_error& error) {
        const std::string message = error.what();
        QVERIFY2(message.find("disk on fire") != std::string::npos, error.what());
        QVERIFY2(message.find("exit code 1") != std::string::npos, error.what());
    }
    QVERIFY(std::chrono::steady_clock::now() - start < 5s);
}

QTEST_GUILESS_MAIN(TestProxyProcess)
#include "TestProxyProcess.moc"
