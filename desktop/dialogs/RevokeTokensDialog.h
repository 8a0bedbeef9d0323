#pragma once

#include "shared/Model.h"

#include <QDialog>
#include <QStringList>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wither::desktop {

class ApiClient;
class MessageBar;

/// The three revocation confirmations: one token ("Revoke token `ab12cd34`? It immediately becomes
/// unusable."), a selection (the count and the first few ids), and a whole project ("Revoke All Tokens",
/// the guide's warning, the project name typed to confirm). The dialog calls the server itself and, for bulk
/// revocations, shows the server's counts afterwards.
class RevokeTokensDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Single, Selection, Project };

    static RevokeTokensDialog* forToken(ApiClient* client, const Token& token, QWidget* parent);
    static RevokeTokensDialog* forSelection(ApiClient* client, const QStringList& ids, QWidget* parent);
    static RevokeTokensDialog* forProject(ApiClient* client, const Project& project, QWidget* parent);

    Mode mode() const { return m_mode; }
    QPushButton* confirmButton() const { return m_confirm; }
    QLineEdit* confirmationEdit() const { return m_typedName; }
    MessageBar* messageBar() const { return m_messages; }
    /// The question or, after a bulk revocation, the server's counts.
    QString text() const;
    bool finishedRevoking() const { return m_done; }

public slots:
    void confirm();

signals:
    /// The server changed state (some tokens were revoked).
    void revoked();

private:
    RevokeTokensDialog(ApiClient* client, Mode mode, QWidget* parent);
    void build(const QString& title, const QString& text, const QString& confirmText);
    void showOutcome(const QString& text);
    void setBusy(bool busy);

    ApiClient* m_client;
    Mode m_mode;
    QStringList m_ids;
    QString m_projectId;
    QString m_projectName;
    MessageBar* m_messages = nullptr;
    QLabel* m_text = nullptr;
    QLineEdit* m_typedName = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace wither::desktop
