#include "tests/support/ChildProcess.h"

#include <algorithm>
#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <iostream>
#include <stdexcept>

#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace wither::testing {

namespace {

constexpr std::chrono::milliseconds kOutputDrainTimeout{1000};
constexpr std::chrono::seconds kKillTimeout{30};

std::string errorText(int error) {
    return std::strerror(error);
}

/// Finds a program name without a slash in PATH, before fork, where searching would not be safe.
std::string resolveExecutable(const std::string& name) {
    if (name.find('/') != std::string::npos) {
        return name;
    }
    const char* path = std::getenv("PATH");
    std::string_view dirs = path != nullptr ? path : "/usr/local/bin:/usr/bin:/bin";
    while (!dirs.empty()) {
        const auto colon = dirs.find(':');
        const auto dir = dirs.substr(0, colon);
        const auto candidate = (dir.empty() ? std::string(".") : std::string(dir)) + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0) {
            return candidate;
        }
        dirs = colon == std::string_view::npos ? std::string_view() : dirs.substr(colon + 1);
    }
    return name;
}

std::vector<std::string> buildEnvironment(const ChildProcessOptions& options) {
    std::vector<std::string> result;
    for (char** entry = environ; entry != nullptr && *entry != nullptr; ++entry) {
        const std::string_view variable(*entry);
        const auto name = variable.substr(0, variable.find('='));
        const bool removed = std::any_of(options.removeInheritedPrefixes.begin(), options.removeInheritedPrefixes.end(),
                                         [&](const std::string& prefix) { return name.starts_with(prefix); });
        if (!removed && !options.environment.contains(std::string(name))) {
            result.emplace_back(variable);
        }
    }
    for (const auto& [name, value] : options.environment) {
        result.push_back(name + "=" + value);
    }
    return result;
}

std::vector<char*> pointersTo(std::vector<std::string>& strings) {
    std::vector<char*> pointers;
    for (auto& text : strings) {
        pointers.push_back(text.data());
    }
    pointers.push_back(nullptr);
    return pointers;
}

int decodeStatus(int status) {
    if (WIFEXITED(status)) {
        return WEXITSTATUS(status);
    }
    return WIFSIGNALED(status) ? -WTERMSIG(status) : -1;
}

void closeFd(int& fd) {
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

/// Only async-signal-safe calls from here to exec: the parent may have had any number of threads.
[[noreturn]] void execChild(int devNull, int outputFd, int errorFd, pid_t parent, const char* workingDirectory,
                            const char* executable, char** argv, char** envp) {
    // Dies with the parent, so that an aborted test run cannot leave a server behind.
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) {
        ::_exit(127);
    }
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int signal = 1; signal < NSIG; ++signal) {
        ::signal(signal, SIG_DFL);
    }
    ::dup2(devNull, STDIN_FILENO);
    ::dup2(outputFd, STDOUT_FILENO);
    ::dup2(outputFd, STDERR_FILENO);
    // Keep the exec-error pipe on fd 3 (close-on-exec) and close everything else the test process had open:
    // an inherited socket would keep a connection alive after the test closed its own end.
    if (errorFd != 3) {
        ::dup2(errorFd, 3);
    }
    ::fcntl(3, F_SETFD, FD_CLOEXEC);
    if (::syscall(SYS_close_range, 4U, ~0U, 0U) != 0) {
        const long max = ::sysconf(_SC_OPEN_MAX);
        for (long fd = 4; fd < (max > 0 ? max : 65536); ++fd) {
            ::close(static_cast<int>(fd));
        }
    }
    int error = 0;
    if (workingDirectory != nullptr && ::chdir(workingDirectory) != 0) {
        error = errno;
    } else {
        ::execve(executable, argv, envp);
        error = errno;
    }
    [[maybe_unused]] auto written = ::write(3, &error, sizeof error);
    ::_exit(127);
}

} // namespace

ChildProcess::ChildProcess(std::string executable, std::vector<std::string> arguments, ChildProcessOptions options)
    : executable_(std::move(executable))
    , arguments_(std::move(arguments)) {
    const char* echo = std::getenv("WITHER_TEST_ECHO_OUTPUT");
    echo_ = options.echoOutput || (echo != nullptr && std::string_view(echo) == "1");

    // Everything the child needs is prepared before fork.
    const auto path = resolveExecutable(executable_);
    std::vector<std::string> argvStrings{executable_};
    argvStrings.insert(argvStrings.end(), arguments_.begin(), arguments_.end());
    auto argv = pointersTo(argvStrings);
    auto envStrings = buildEnvironment(options);
    auto envp = pointersTo(envStrings);
    const char* workingDirectory = options.workingDirectory.empty() ? nullptr : options.workingDirectory.c_str();

    // Close-on-exec everywhere, so that a child started concurrently from another thread inherits none of these.
    int outputPipe[2];
    int errorPipe[2];
    int wakePipe[2];
    if (::pipe2(outputPipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe: " + errorText(errno));
    }
    if (::pipe2(errorPipe, O_CLOEXEC) != 0 || ::pipe2(wakePipe, O_CLOEXEC) != 0) {
        throw std::runtime_error("pipe: " + errorText(errno));
    }
    const int devNull = ::open("/dev/null", O_RDONLY | O_CLOEXEC);
    const pid_t parent = ::getpid();

    pid_ = ::fork();
    if (pid_ == 0) {
        execChild(devNull, outputPipe[1], errorPipe[1], parent, workingDirectory, path.c_str(), argv.data(),
                  envp.data());
    }
    const int forkError = errno;
    ::close(devNull);
    ::close(outputPipe[1]);
    ::close(errorPipe[1]);
    outputFd_ = outputPipe[0];
    wakeReadFd_ = wakePipe[0];
    wakeWriteFd_ = wakePipe[1];
    if (pid_ < 0) {
        ::close(errorPipe[0]);
        closeFd(outputFd_);
        closeFd(wakeReadFd_);
        closeFd(wakeWriteFd_);
        throw std::runtime_error("fork: " + errorText(forkError));
    }

    // exec closes the error pipe on success; otherwise the child reports why it could not start.
    int execError = 0;
    ssize_t got = 0;
    do {
        got = ::read(errorPipe[0], &execError, sizeof execError);
    } while (got < 0 && errno == EINTR);
    ::close(errorPipe[0]);
    if (got == static_cast<ssize_t>(sizeof execError)) {
        int status = 0;
        ::waitpid(pid_, &status, 0);
        closeFd(outputFd_);
        closeFd(wakeReadFd_);
        closeFd(wakeWriteFd_);
        throw std::runtime_error("cannot start " + executable_ + ": " + errorText(execError));
    }

    reader_ = std::thread([this] { readOutput(); });
    waiter_ = std::thread([this] { waitForChild(); });
}

ChildProcess::~ChildProcess() {
    sendSignal(SIGKILL);
    if (waiter_.joinable()) {
        waiter_.join();
    }
    waitForOutputEnd(kOutputDrainTimeout);
    if (wakeWriteFd_ >= 0) {
        const char byte = 0;
        [[maybe_unused]] auto written = ::write(wakeWriteFd_, &byte, 1);
    }
    if (reader_.joinable()) {
        reader_.join();
    }
    closeFd(outputFd_);
    closeFd(wakeReadFd_);
    closeFd(wakeWriteFd_);
}

void ChildProcess::readOutput() {
    char buffer[8192];
    while (true) {
        pollfd fds[2] = {{outputFd_, POLLIN, 0}, {wakeReadFd_, POLLIN, 0}};
        const int ready = ::poll(fds, 2, -1);
        if (ready < 0 && errno == EINTR) {
            continue;
        }
        // The wake pipe only means "stop" once the output has had its chance to drain.
        if (ready < 0 || (fds[1].revents != 0 && fds[0].revents == 0)) {
            break;
        }
        const auto got = ::read(outputFd_, buffer, sizeof buffer);
        if (got < 0 && errno == EINTR) {
            continue;
        }
        if (got <= 0) {
            break;
        }
        if (echo_) {
            std::cerr.write(buffer, got);
            std::cerr.flush();
        }
        {
            std::lock_guard lock(mutex_);
            output_.append(buffer, static_cast<std::size_t>(got));
        }
        changed_.notify_all();
    }
    {
        std::lock_guard lock(mutex_);
        outputEnded_ = true;
    }
    changed_.notify_all();
}

void ChildProcess::waitForChild() {
    // Wait without reaping first: until exitCode_ is set under the mutex the pid stays a zombie and cannot be
    // reused, so sendSignal() can never hit an unrelated process.
    siginfo_t info{};
    int result = 0;
    do {
        result = ::waitid(P_PID, static_cast<id_t>(pid_), &info, WEXITED | WNOWAIT);
    } while (result < 0 && errno == EINTR);
    std::lock_guard lock(mutex_);
    int status = 0;
    pid_t reaped = 0;
    do {
        reaped = ::waitpid(pid_, &status, 0);
    } while (reaped < 0 && errno == EINTR);
    exitCode_ = reaped == pid_ ? decodeStatus(status) : -1;
    changed_.notify_all();
}

void ChildProcess::waitForOutputEnd(std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, timeout, [this] { return outputEnded_; });
}

bool ChildProcess::running() const {
    std::lock_guard lock(mutex_);
    return !exitCode_.has_value();
}

std::string ChildProcess::output() const {
    std::lock_guard lock(mutex_);
    return output_;
}

bool ChildProcess::waitUntil(const std::function<bool(std::string_view output)>& predicate,
                             std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] { return predicate(output_) || outputEnded_; }) && predicate(output_);
}

bool ChildProcess::waitForOutput(std::string_view needle, std::chrono::milliseconds timeout) const {
    return waitUntil([needle](std::string_view output) { return output.find(needle) != std::string_view::npos; },
                     timeout);
}

std::optional<std::vector<std::string>> ChildProcess::waitForOutput(const std::regex& pattern,
                                                                    std::chrono::milliseconds timeout) const {
    std::optional<std::vector<std::string>> groups;
    waitUntil(
        [&](std::string_view output) {
            std::match_results<std::string_view::const_iterator> match;
            if (!std::regex_search(output.begin(), output.end(), match, pattern)) {
                return false;
            }
            groups.emplace();
            for (const auto& group : match) {
                groups->push_back(group.str());
            }
            return true;
        },
        timeout);
    return groups;
}

std::optional<int> ChildProcess::waitForExit(std::chrono::milliseconds timeout) const {
    std::unique_lock lock(mutex_);
    if (changed_.wait_for(lock, timeout, [this] { return exitCode_.has_value(); })) {
        // The exit can be seen before the reader has drained the pipe; callers expect the whole output then.
        changed_.wait_for(lock, kOutputDrainTimeout, [this] { return outputEnded_; });
    }
    return exitCode_;
}

std::optional<int> ChildProcess::exitCode() const {
    std::lock_guard lock(mutex_);
    return exitCode_;
}

int ChildProcess::terminate(std::chrono::milliseconds timeout) {
    sendSignal(SIGTERM);
    auto code = waitForExit(timeout);
    if (!code) {
        sendSignal(SIGKILL);
        code = waitForExit(kKillTimeout);
    }
    return code.value_or(-1);
}

int ChildProcess::kill() {
    sendSignal(SIGKILL);
    return waitForExit(kKillTimeout).value_or(-1);
}

void ChildProcess::sendSignal(int signal) const {
    // The mutex keeps the pid from being reaped (and reused) between the check and the signal.
    std::lock_guard lock(mutex_);
    if (!exitCode_.has_value()) {
        ::kill(pid_, signal);
    }
}

} // namespace wither::testing
