#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>

namespace wither::desktop {

/// wither-admin's command line: `--server URL`, `--key-file PATH` (or WITHER_MANAGEMENT_TOKEN), `--screenshot
/// DIR`, `--lang CODE`, plus `--help` and `--version`.
struct CommandLine {
    QUrl server;
    QString keyFile;
    QString key; ///< read from the key file or the environment
    QString screenshotDir;
    QString language;
    QString error; ///< set when the arguments cannot be used

    /// Parses the arguments (the first is the program); `--help`/`--version` print and exit as usual.
    static CommandLine parse(const QStringList& arguments);
};

} // namespace wither::desktop
