#include "crypto/KeyFile.h"

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace wither::crypto {

namespace {

std::string trim(const std::string& text) {
    const auto begin = text.find_first_not_of(" \t\r\n");
    if (begin == std::string::npos) {
        return {};
    }
    const auto end = text.find_last_not_of(" \t\r\n");
    return text.substr(begin, end - begin + 1);
}

std::string readAll(const std::string& path) {
    std::ifstream file(path, std::ios::binary);
    if (!file) {
        throw std::runtime_error("cannot read " + path);
    }
    std::stringstream content;
    content << file.rdbuf();
    return trim(content.str());
}

} // namespace

void KeyFile::ensureDirectory(const std::string& path) {
    std::error_code error;
    if (std::filesystem::is_directory(path, error)) {
        return;
    }
    std::filesystem::create_directories(path, error);
    if (error) {
        throw std::runtime_error("cannot create directory " + path + ": " + error.message());
    }
    ::chmod(path.c_str(), 0700);
}

std::string KeyFile::readOrCreate(const std::string& path, const std::function<std::string()>& generate,
                                  bool* created) {
    if (created) {
        *created = false;
    }
    struct stat info {};
    if (::stat(path.c_str(), &info) == 0) {
        if ((info.st_mode & 0077) != 0) {
            ::chmod(path.c_str(), 0600);
        }
        const std::string content = readAll(path);
        if (content.empty()) {
            throw std::runtime_error(path + " is empty");
        }
        return content;
    }
    const std::string content = trim(generate());
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        if (errno == EEXIST) {
            return readAll(path); // another process won the race; use its key
        }
        throw std::runtime_error("cannot create " + path + ": " + std::strerror(errno));
    }
    const std::string line = content + "\n";
    const bool ok = ::write(fd, line.data(), line.size()) == static_cast<ssize_t>(line.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok) {
        ::unlink(path.c_str());
        throw std::runtime_error("cannot write " + path);
    }
    if (created) {
        *created = true;
    }
    return content;
}

} // namespace wither::crypto
