#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <stdexcept>
#include <string>

#include <QtTest/QTest>

#include <fcntl.h>
#include <unistd.h>

#include "tests/support/ChildProcess.h"
#include "tests/support/QtTestPrinters.h"
#include "tests/support/TempDir.h"

using namespace std::chrono_literals;
using wither::testing::ChildProcess;
using wither::testing::ChildProcessOptions;
using wither::testing::TempDir;

namespace {

ChildProcess shell(const std::string& script, ChildProcessOptions options = {}) {
    return ChildProcess("sh", {"-c", script}, std::move(options));
}

bool processExists(pid_t pid) {
    return ::kill(pid, 0) == 0 || errno != ESRCH;
}

} // namespace

/// ChildProcess and TempDir: the parts of the harness that every end-to-end test stands on.
class TestChildProcess : public QObject {
    Q_OBJECT

private slots:
    void capturesStdoutAndStderr();
    void environmentIsAddedAndFiltered();
    void waitsForOutputByRegex();
    void waitingEndsWhenTheChildIsGone();
    void terminateReturnsTheExitCode();
    void terminateEscalatesToKill();
    void killEndsItWithSignalNine();
    void missingProgramThrows();
    void destructorLeavesNoProcess();
    void childInheritsNoDescriptors();
    void runsInTheWorkingDirectory();
    void tempDirIsRemovedRecursively();
};

void TestChildProcess::capturesStdoutAndStderr() {
    auto child = shell("echo to-stdout; echo to-stderr >&2; exit 3");
    QCOMPARE(child.waitForExit(10s), std::optional(3));
    QVERIFY(child.waitForOutput("to-stderr", 1s));
    QVERIFY(child.output().find("to-stdout") != std::string::npos);
    QVERIFY(!child.running());
}

void TestChildProcess::environmentIsAddedAndFiltered() {
    ::setenv("WITHER_TEST_INHERITED_A", "leaked", 1);
    ::setenv("WITHER_TEST_INHERITED_B", "kept", 1);
    ChildProcessOptions options;
    options.environment = {{"ADDED", "yes"}, {"WITHER_TEST_INHERITED_B", "replaced"}};
    options.removeInheritedPrefixes = {"WITHER_TEST_INHERITED_A"};
    auto child =
        shell(R"(echo "[$ADDED][${WITHER_TEST_INHERITED_A:-}][$WITHER_TEST_INHERITED_B][${HOME:+home}]")", options);
    QVERIFY2(child.waitForOutput("[yes][][replaced][home]", 10s), child.output().c_str());
    ::unsetenv("WITHER_TEST_INHERITED_A");
    ::unsetenv("WITHER_TEST_INHERITED_B");
}

void TestChildProcess::waitsForOutputByRegex() {
    auto child = shell("sleep 0.2; echo 'server at port=4242 ready'; sleep 5");
    const auto start = std::chrono::steady_clock::now();
    const auto groups = child.waitForOutput(std::regex(R"(port=(\d+))"), 10s);
    QVERIFY(groups.has_value());
    QCOMPARE(groups->at(1), std::string("4242"));
    QVERIFY(std::chrono::steady_clock::now() - start >= 150ms);
    QVERIFY(child.running());
}

void TestChildProcess::waitingEndsWhenTheChildIsGone() {
    auto child = shell("echo bye; exit 4");
    const auto start = std::chrono::steady_clock::now();
    QVERIFY(!child.waitForOutput("never printed", 20s));
    QVERIFY(std::chrono::steady_clock::now() - start < 5s);
    QCOMPARE(child.waitForExit(5s), std::optional(4));
}

void TestChildProcess::terminateReturnsTheExitCode() {
    auto child = shell("trap 'exit 7' TERM; echo ready; while :; do sleep 0.05; done");
    QVERIFY(child.waitForOutput("ready", 10s));
    QCOMPARE(child.terminate(5s), 7);
    QCOMPARE(child.exitCode(), std::optional(7));
}

void TestChildProcess::terminateEscalatesToKill() {
    auto child = shell("trap '' TERM; echo ready; while :; do sleep 0.05; done");
    QVERIFY(child.waitForOutput("ready", 10s));
    const auto start = std::chrono::steady_clock::now();
    QCOMPARE(child.terminate(300ms), -SIGKILL);
    QVERIFY(std::chrono::steady_clock::now() - start < 5s);
}

void TestChildProcess::killEndsItWithSignalNine() {
    auto child = shell("echo ready; exec sleep 30");
    QVERIFY(child.waitForOutput("ready", 10s));
    QCOMPARE(child.kill(), -SIGKILL);
    QVERIFY(!child.running());
}

void TestChildProcess::missingProgramThrows() {
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ChildProcess("/nonexistent/wither-program", {}));
    QVERIFY_THROWS_EXCEPTION(std::runtime_error, ChildProcess("wither-no-such-program-on-path", {}));
}

void TestChildProcess::destructorLeavesNoProcess() {
    pid_t pid = 0;
    {
        auto child = shell("exec sleep 30");
        pid = child.pid();
        QVERIFY(processExists(pid));
    }
    // Reaped, not a zombie: the pid no longer exists at all.
    QVERIFY(!processExists(pid));
}

void TestChildProcess::childInheritsNoDescriptors() {
    // Opened without close-on-exec, the way Poco opens sockets.
    const int leaky = ::open("/dev/null", O_RDONLY);
    QVERIFY(leaky > 2);
    auto child = shell("ls /proc/$$/fd | tr '\\n' ' '; echo; echo done");
    QVERIFY(child.waitForOutput("done", 10s));
    ::close(leaky);
    const auto output = child.output();
    QVERIFY2(output.find(" " + std::to_string(leaky) + " ") == std::string::npos &&
                 !output.starts_with(std::to_string(leaky) + " "),
             output.c_str());
}

void TestChildProcess::runsInTheWorkingDirectory() {
    TempDir dir;
    ChildProcessOptions options;
    options.workingDirectory = dir.path();
    auto child = shell("pwd -P", options);
    QCOMPARE(child.waitForExit(10s), std::optional(0));
    QVERIFY2(child.output().find(std::filesystem::canonical(dir.path()).string()) != std::string::npos,
             child.output().c_str());
}

void TestChildProcess::tempDirIsRemovedRecursively() {
    std::string path;
    {
        TempDir dir("wither-tempdir-test-");
        path = dir.path();
        QVERIFY(std::filesystem::is_directory(path));
        std::filesystem::create_directories(dir.filePath("a/b"));
        std::ofstream(dir.filePath("a/b/file")) << "content";
        QVERIFY(std::filesystem::exists(dir.filePath("a/b/file")));
    }
    QVERIFY(!std::filesystem::exists(path));
}

QTEST_GUILESS_MAIN(TestChildProcess)
#include "TestChildProcess.moc"
