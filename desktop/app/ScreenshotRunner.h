#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QWidget;

namespace wither::desktop {

class AppContext;
class MainWindow;

/// `--screenshot DIR`: walks the main window through every main screen (dashboard, tokens, token details with
/// charts, the generate dialog showing a result, revoke confirmations, projects, a project, the audit log),
/// waits until each has loaded and writes it to DIR as PNG. Nothing on the server is changed: the generate
/// dialog shows a made-up token and the revoke dialogs are not confirmed.
class ScreenshotRunner : public QObject {
    Q_OBJECT
public:
    ScreenshotRunner(MainWindow& window, AppContext& context, QString directory);

    /// Renders everything; returns the files written (empty on failure, with error() set).
    QStringList run();
    QString error() const { return m_error; }

    /// Processes events until no request is in flight for a short while (or the timeout passes).
    static bool waitUntilIdle(AppContext& context, int timeoutMs = 20000);

private:
    bool save(QWidget* widget, const QString& name);

    MainWindow& m_window;
    AppContext& m_context;
    QString m_directory;
    QStringList m_written;
    QString m_error;
};

} // namespace wither::desktop
