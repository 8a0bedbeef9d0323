#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <regex>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <sys/types.h>

namespace wither::testing {

/// How a ChildProcess is started, apart from its program and arguments.
struct ChildProcessOptions {
    /// Added to the inherited environment; a name that is already there gets this value instead.
    std::map<std::string, std::string> environment;
    /// Inherited variables whose names start with one of these are not passed on (e.g. "WITHER_").
    std::vector<std::string> removeInheritedPrefixes;
    /// Empty keeps the current directory.
    std::string workingDirectory;
    /// Also copy the child's output to our stderr as it arrives (also enabled by WITHER_TEST_ECHO_OUTPUT=1).
    bool echoOutput = false;
};

/// A program running next to the test, with stdout and stderr captured into one buffer by a reader thread.
/// The destructor kills and reaps it; the child also dies with the thread that started it (PR_SET_PDEATHSIG), so a
/// crashed test leaves no orphan. Exit codes are the program's status, or -N when signal N ended it.
class ChildProcess {
public:
    /// Starts the program (absolute path, or searched in PATH); throws std::runtime_error when it cannot run.
    ChildProcess(std::string executable, std::vector<std::string> arguments, ChildProcessOptions options = {});
    ~ChildProcess();
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return pid_; }
    bool running() const;
    /// Everything the child wrote to stdout and stderr so far.
    std::string output() const;

    /// Waits until the output contains `needle`; false on timeout or when the child is gone and it never came.
    bool waitForOutput(std::string_view needle, std::chrono::milliseconds timeout) const;
    /// Waits until `pattern` matches somewhere in the output; returns the match and its groups.
    std::optional<std::vector<std::string>> waitForOutput(const std::regex& pattern,
                                                          std::chrono::milliseconds timeout) const;
    /// Waits until `predicate(output)` holds; the general form of the two above.
    bool waitUntil(const std::function<bool(std::string_view output)>& predicate,
                   std::chrono::milliseconds timeout) const;

    /// Waits for the child to end by itself; its exit code, or nothing on timeout.
    std::optional<int> waitForExit(std::chrono::milliseconds timeout) const;
    /// The exit code once the child has ended.
    std::optional<int> exitCode() const;
    /// SIGTERM, then SIGKILL if it has not ended within `timeout`; returns the exit code.
    int terminate(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /// SIGKILL; returns the exit code (normally -9).
    int kill();
    /// Sends any signal, e.g. SIGSTOP to freeze a server; does nothing once the child has ended.
    void sendSignal(int signal) const;

    const std::string& executable() const { return executable_; }
    const std::vector<std::string>& arguments() const { return arguments_; }

private:
    void readOutput();
    void waitForChild();
    /// Gives the reader a moment to drain what the child wrote before it ended.
    void waitForOutputEnd(std::chrono::milliseconds timeout);

    std::string executable_;
    std::vector<std::string> arguments_;
    bool echo_ = false;
    pid_t pid_ = -1;
    int outputFd_ = -1;
    int wakeReadFd_ = -1;
    int wakeWriteFd_ = -1;

    mutable std::mutex mutex_;
    mutable std::condition_variable changed_;
    std::string output_;
    bool outputEnded_ = false;
    std::optional<int> exitCode_;

    std::thread reader_;
    std::thread waiter_;
};

} // namespace wither::testing
