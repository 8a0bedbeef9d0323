#pragma once

#include <QDialog>

namespace wither::desktop {

/// Program version, the connected server's version and address, and the libraries it is built on.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    AboutDialog(const QString& serverUrl, const QString& serverVersion, QWidget* parent = nullptr);
    /// The text shown, for tests.
    static QString aboutText(const QString& serverUrl, const QString& serverVersion);
};

} // namespace wither::desktop
