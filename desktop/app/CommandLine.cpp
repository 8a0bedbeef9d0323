#include "app/CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace wither::desktop {

CommandLine CommandLine::parse(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("CommandLine", "Desktop administration for the Wither token proxy."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption server(QStringLiteral("server"),
                                    QCoreApplication::translate("CommandLine", "Connect to the server at <url>."),
                                    QStringLiteral("url"));
    const QCommandLineOption keyFile(
        QStringLiteral("key-file"),
        QCoreApplication::translate("CommandLine",
                                    "Read the management key from <path> (default: $WITHER_MANAGEMENT_TOKEN)."),
        QStringLiteral("path"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("CommandLine", "Render every main screen to PNG files in <dir> and exit."),
        QStringLiteral("dir"));
    const QCommandLineOption language(QStringLiteral("lang"),
                                      QCoreApplication::translate("CommandLine", "User interface language, e.g. de."),
                                      QStringLiteral("code"));
    parser.addOptions({server, keyFile, screenshot, language});
    parser.process(arguments);

    CommandLine result;
    if (parser.isSet(server)) {
        result.server = QUrl::fromUserInput(parser.value(server));
        if (!result.server.isValid() ||
            (result.server.scheme() != QLatin1String("http") && result.server.scheme() != QLatin1String("https"))) {
            result.error = QCoreApplication::translate("CommandLine", "--server needs an http:// or https:// URL.");
        }
    }
    result.keyFile = parser.value(keyFile);
    if (!result.keyFile.isEmpty()) {
        QFile file(result.keyFile);
        if (!file.open(QIODevice::ReadOnly)) {
            result.error = QCoreApplication::translate("CommandLine", "Cannot read the key file %1: %2")
                               .arg(result.keyFile, file.errorString());
        } else {
            result.key = QString::fromUtf8(file.readAll()).trimmed();
        }
    } else {
        result.key = qEnvironmentVariable("WITHER_MANAGEMENT_TOKEN").trimmed();
    }
    result.screenshotDir = parser.value(screenshot);
    result.language = parser.value(language);
    if (!result.screenshotDir.isEmpty() && result.error.isEmpty() &&
        (result.server.isEmpty() || result.key.isEmpty())) {
        result.error =
            QCoreApplication::translate("CommandLine", "--screenshot needs --server and a key (--key-file or "
                                                       "WITHER_MANAGEMENT_TOKEN).");
    }
    return result;
}

} // namespace wither::desktop
