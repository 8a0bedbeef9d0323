#include "dialogs/ProjectActivationDialog.h"

#include "api/ApiClient.h"
#include "style/Icons.h"
#include "views/MessageBar.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace wither::desktop {

ProjectActivationDialog::ProjectActivationDialog(ApiClient* client, const Project& project, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_project(project)
    , m_messages(new MessageBar(this)) {
    setObjectName(QStringLiteral("projectActivationDialog"));
    const QString name = QString::fromStdString(project.name).toHtmlEscaped();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    auto* text = new QLabel(this);
    text->setWordWrap(true);
    text->setTextFormat(Qt::RichText);
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    if (deactivating()) {
        setWindowTitle(tr("Deactivate Project"));
        text->setText(tr("Deactivate project <b>%1</b>? Its %n active token(s) stop working at once. They are not "
                         "revoked and work again when the project is activated.",
                         nullptr, static_cast<int>(project.activeTokenCount))
                          .arg(name));
        m_revokeTokens = new QCheckBox(tr("Also revoke all tokens (cannot be undone)"), this);
        m_revokeTokens->setObjectName(QStringLiteral("revokeTokens"));
        layout->addWidget(m_revokeTokens);
        m_confirm = buttons->addButton(tr("Deactivate"), QDialogButtonBox::DestructiveRole);
        m_confirm->setIcon(Icons::icon(QStringLiteral("deactivate")));
    } else {
        setWindowTitle(tr("Activate Project"));
        text->setText(
            tr("Activate project <b>%1</b>? Its tokens that are neither revoked nor expired work again.").arg(name));
        m_confirm = buttons->addButton(tr("Activate"), QDialogButtonBox::AcceptRole);
        m_confirm->setIcon(Icons::icon(QStringLiteral("activate")));
    }
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    layout->addWidget(buttons);
    setMinimumWidth(440);
    connect(m_confirm, &QPushButton::clicked, this, &ProjectActivationDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectActivationDialog::reject);
}

void ProjectActivationDialog::confirm() {
    if (m_busy) {
        return;
    }
    UpdateProjectRequest request;
    request.isActive = !m_project.isActive;
    if (m_revokeTokens && m_revokeTokens->isChecked()) {
        request.revokeTokens = true;
    }
    m_busy = true;
    m_confirm->setEnabled(false);
    m_client->updateProject(
        QString::fromStdString(m_project.id), request, this,
        [this](Project project) {
            m_busy = false;
            emit projectChanged(project);
            accept();
        },
        [this](const ApiClientError& error) {
            m_busy = false;
            m_confirm->setEnabled(true);
            m_messages->showError(error.userMessage());
        });
}

} // namespace wither::desktop
