#pragma once

#include <QFrame>

class QLabel;
class QToolButton;
class QTimer;

namespace wither::desktop {

class ApiClientError;

/// A non-modal message strip (like KMessageWidget) shown above a page or inside a dialog: errors carry the
/// server's message, successes and notes hide themselves after a while.
class MessageBar : public QFrame {
    Q_OBJECT
public:
    enum class Kind { Information, Success, Warning, Error };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void showError(const QString& text) { showMessage(Kind::Error, text); }
    void showError(const ApiClientError& error);
    void showSuccess(const QString& text) { showMessage(Kind::Success, text); }
    void showWarning(const QString& text) { showMessage(Kind::Warning, text); }
    void showInformation(const QString& text) { showMessage(Kind::Information, text); }
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;

private:
    void applyStyle();

    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
    QTimer* m_autoHide;
    Kind m_kind = Kind::Information;
};

} // namespace wither::desktop
