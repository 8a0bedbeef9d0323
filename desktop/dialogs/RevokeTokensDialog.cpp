#include "dialogs/RevokeTokensDialog.h"

#include "api/ApiClient.h"
#include "style/Icons.h"
#include "style/StatusPalette.h"
#include "views/MessageBar.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace wither::desktop {

namespace {
constexpr int kIdsShown = 5;

QString shortId(const QString& id) {
    return id.left(8);
}
} // namespace

RevokeTokensDialog::RevokeTokensDialog(ApiClient* client, Mode mode, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_mode(mode) {
    setObjectName(QStringLiteral("revokeTokensDialog"));
}

RevokeTokensDialog* RevokeTokensDialog::forToken(ApiClient* client, const Token& token, QWidget* parent) {
    auto* dialog = new RevokeTokensDialog(client, Mode::Single, parent);
    dialog->m_ids = {QString::fromStdString(token.id)};
    QString text = tr("Revoke token <code>%1</code>? It immediately becomes unusable.")
                       .arg(shortId(QString::fromStdString(token.id)));
    const QString details = token.label.empty() ? QString::fromStdString(token.projectName)
                                                : tr("%1 · %2").arg(QString::fromStdString(token.projectName),
                                                                    QString::fromStdString(token.label));
    text += QStringLiteral("<br><small>%1</small>").arg(details.toHtmlEscaped());
    dialog->build(tr("Revoke Token"), text, tr("Revoke"));
    return dialog;
}

RevokeTokensDialog* RevokeTokensDialog::forSelection(ApiClient* client, const QStringList& ids, QWidget* parent) {
    auto* dialog = new RevokeTokensDialog(client, Mode::Selection, parent);
    dialog->m_ids = ids;
    QStringList shown;
    for (int i = 0; i < std::min<int>(kIdsShown, ids.size()); ++i) {
        shown << QStringLiteral("<code>%1</code>").arg(shortId(ids[i]));
    }
    QString list = shown.join(QStringLiteral(", "));
    if (ids.size() > kIdsShown) {
        list += tr(" and %n more", nullptr, static_cast<int>(ids.size() - kIdsShown));
    }
    const QString text =
        tr("Revoke %n selected token(s)? They immediately become unusable.", nullptr, static_cast<int>(ids.size())) +
        QStringLiteral("<br>") + list;
    dialog->build(tr("Revoke Selected Tokens"), text, tr("Revoke %n Token(s)", nullptr, static_cast<int>(ids.size())));
    return dialog;
}

RevokeTokensDialog* RevokeTokensDialog::forProject(ApiClient* client, const Project& project, QWidget* parent) {
    auto* dialog = new RevokeTokensDialog(client, Mode::Project, parent);
    dialog->m_projectId = QString::fromStdString(project.id);
    dialog->m_projectName = QString::fromStdString(project.name);
    const QString name = dialog->m_projectName.toHtmlEscaped();
    const QString text = tr("Revoke all tokens of project <b>%1</b>? This revokes its %n active token(s).", nullptr,
                            static_cast<int>(project.activeTokenCount))
                             .arg(name) +
                         QStringLiteral("<p><b>%1</b></p>")
                             .arg(tr("Warning: Bulk revocation affects all tokens immediately and cannot be undone.")) +
                         tr("Type the project name <b>%1</b> to confirm:").arg(name);
    dialog->build(tr("Revoke All Tokens"), text, tr("Revoke All Tokens"));
    return dialog;
}

void RevokeTokensDialog::build(const QString& title, const QString& text, const QString& confirmText) {
    setWindowTitle(title);
    setMinimumWidth(460);
    auto* layout = new QVBoxLayout(this);
    m_messages = new MessageBar(this);
    layout->addWidget(m_messages);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(
        Icons::icon(QStringLiteral("warning"), StatusPalette::forApplication().statusColor(TokenStatus::Revoked))
            .pixmap(32, 32));
    row->addWidget(icon, 0, Qt::AlignTop);
    m_text = new QLabel(text, this);
    m_text->setObjectName(QStringLiteral("revokeText"));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    row->addWidget(m_text, 1);
    layout->addLayout(row);
    if (m_mode == Mode::Project) {
        m_typedName = new QLineEdit(this);
        m_typedName->setObjectName(QStringLiteral("typedName"));
        m_typedName->setPlaceholderText(m_projectName);
        layout->addWidget(m_typedName);
    }
    m_buttons = new QDialogButtonBox(this);
    m_confirm = m_buttons->addButton(confirmText, QDialogButtonBox::DestructiveRole);
    m_confirm->setIcon(Icons::icon(QStringLiteral("revoke")));
    m_confirm->setObjectName(QStringLiteral("confirmRevoke"));
    m_cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setDefault(true); // Enter must never revoke by accident
    layout->addWidget(m_buttons);
    if (m_typedName) {
        m_confirm->setEnabled(false);
        connect(m_typedName, &QLineEdit::textChanged, this,
                [this](const QString& typed) { m_confirm->setEnabled(!m_busy && typed == m_projectName); });
    }
    connect(m_confirm, &QPushButton::clicked, this, &RevokeTokensDialog::confirm);
    connect(m_cancel, &QPushButton::clicked, this, &RevokeTokensDialog::reject);
}

QString RevokeTokensDialog::text() const {
    return m_text->text();
}

void RevokeTokensDialog::setBusy(bool busy) {
    m_busy = busy;
    m_confirm->setEnabled(!busy && (!m_typedName || m_typedName->text() == m_projectName));
    m_cancel->setEnabled(!busy);
}

void RevokeTokensDialog::showOutcome(const QString& text) {
    m_done = true;
    m_text->setText(text);
    if (m_typedName) {
        m_typedName->hide();
    }
    m_buttons->clear();
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &RevokeTokensDialog::accept);
}

void RevokeTokensDialog::confirm() {
    if (m_busy || m_done) {
        return;
    }
    if (m_mode == Mode::Project && m_typedName->text() != m_projectName) {
        return;
    }
    m_messages->clear();
    setBusy(true);
    const auto failed = [this](const ApiClientError& error) {
        setBusy(false);
        m_messages->showError(error.userMessage());
    };
    switch (m_mode) {
    case Mode::Single:
        m_client->revokeToken(
            m_ids.first(), this,
            [this](ApiClient::Nothing) {
                setBusy(false);
                m_done = true;
                emit revoked();
                accept();
            },
            failed);
        break;
    case Mode::Selection:
        m_client->revokeTokens(
            m_ids, this,
            [this](BulkRevokeResult result) {
                setBusy(false);
                // %Ln: plural form and the locale's digit grouping in one.
                QString text = tr("Revoked %Ln token(s).", nullptr, static_cast<int>(result.revokedCount));
                if (result.alreadyRevokedCount > 0) {
                    text += QLatin1Char(' ') +
                            tr("%Ln were already revoked.", nullptr, static_cast<int>(result.alreadyRevokedCount));
                }
                if (!result.notFound.empty()) {
                    text += QLatin1Char(' ') +
                            tr("%Ln no longer exist.", nullptr, static_cast<int>(result.notFound.size()));
                }
                showOutcome(text);
                emit revoked();
            },
            failed);
        break;
    case Mode::Project:
        m_client->revokeProjectTokens(
            m_projectId, this,
            [this](ProjectRevokeResult result) {
                setBusy(false);
                // Qt has one plural count per string; the first count decides, the others keep the locale's grouping.
                const QLocale locale;
                showOutcome(tr("Revoked %Ln token(s) of project <b>%1</b>. %2 were already revoked; the project has "
                               "%3 token(s) in total.",
                               nullptr, static_cast<int>(result.revokedCount))
                                .arg(m_projectName.toHtmlEscaped(),
                                     locale.toString(static_cast<qlonglong>(result.alreadyRevokedCount)),
                                     locale.toString(static_cast<qlonglong>(result.totalTokens))));
                emit revoked();
            },
            failed);
        break;
    }
}

} // namespace wither::desktop
