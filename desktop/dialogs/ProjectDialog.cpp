#include "dialogs/ProjectDialog.h"

#include "api/ApiClient.h"
#include "views/MessageBar.h"

#include "shared/SecretFormat.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace wither::desktop {

ProjectDialog::ProjectDialog(ApiClient* client, std::optional<Project> existing, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_existing(std::move(existing))
    , m_messages(new MessageBar(this))
    , m_name(new QLineEdit(this))
    , m_upstream(new QLineEdit(this))
    , m_apiKey(new QLineEdit(this))
    , m_cacheTtl(new QSpinBox(this)) {
    setObjectName(QStringLiteral("projectDialog"));
    setWindowTitle(m_existing ? tr("Edit Project") : tr("New Project"));
    setMinimumWidth(520);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_name->setMaxLength(static_cast<int>(kMaxProjectNameLength));
    m_name->setPlaceholderText(tr("e.g. Support Chatbot"));
    form->addRow(tr("&Name:"), m_name);
    m_upstream->setPlaceholderText(QStringLiteral("https://api.openai.com"));
    m_upstream->setToolTip(tr("OpenAI-compatible upstream; empty = the server's default"));
    form->addRow(tr("&Upstream URL:"), m_upstream);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setObjectName(QStringLiteral("apiKey"));
    QAction* reveal = m_apiKey->addAction(QIcon(), QLineEdit::TrailingPosition);
    reveal->setText(tr("Show"));
    reveal->setCheckable(true);
    connect(reveal, &QAction::toggled, this,
            [this](bool on) { m_apiKey->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(tr("Upstream &API key:"), m_apiKey);
    m_cacheTtl->setRange(0, 30 * 24 * 3600);
    m_cacheTtl->setSuffix(tr(" s", "seconds suffix"));
    m_cacheTtl->setSpecialValueText(tr("Off"));
    m_cacheTtl->setToolTip(tr("How long responses are cached for this project (0 = only when a client asks with "
                              "Cache-Control: max-age)"));
    form->addRow(tr("&Cache TTL:"), m_cacheTtl);
    layout->addLayout(form);

    auto* note = new QLabel(this);
    note->setWordWrap(true);
    if (m_existing) {
        m_name->setText(QString::fromStdString(m_existing->name));
        m_upstream->setText(QString::fromStdString(m_existing->upstreamUrl));
        m_cacheTtl->setValue(static_cast<int>(m_existing->cacheTtlSeconds));
        m_apiKey->setPlaceholderText(tr("unchanged (%1)").arg(QString::fromStdString(m_existing->apiKey)));
        note->setText(tr("The stored key is never shown; leave the field empty to keep it."));
    } else {
        m_apiKey->setPlaceholderText(tr("required, e.g. sk-proj-…"));
        note->setText(tr("The upstream key is stored encrypted on the server and never shown again."));
    }
    layout->addWidget(note);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(m_existing ? tr("Save") : tr("Create Project"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, &ProjectDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProjectDialog::reject);
}

void ProjectDialog::save() {
    if (m_busy) {
        return;
    }
    const QString name = m_name->text().trimmed();
    const QString upstream = m_upstream->text().trimmed();
    const QString key = m_apiKey->text().trimmed();
    if (name.isEmpty()) {
        m_messages->showError(tr("Enter a project name."));
        m_name->setFocus();
        return;
    }
    if (!upstream.isEmpty()) {
        const QUrl url(upstream, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")) ||
            url.host().isEmpty()) {
            m_messages->showError(tr("The upstream URL must be an absolute http(s) URL."));
            m_upstream->setFocus();
            return;
        }
    }
    if (!m_existing && key.isEmpty()) {
        m_messages->showError(tr("Enter the project's upstream API key."));
        m_apiKey->setFocus();
        return;
    }
    if (!key.isEmpty() && looksObfuscated(key.toStdString())) {
        m_messages->showError(tr("That looks like an obfuscated key. Enter the real upstream API key."));
        m_apiKey->setFocus();
        return;
    }
    const auto ok = [this](Project project) {
        m_busy = false;
        m_apiKey->clear();
        emit projectSaved(project);
        accept();
    };
    const auto failed = [this](const ApiClientError& error) {
        m_busy = false;
        m_save->setEnabled(true);
        m_messages->showError(error.userMessage());
    };
    m_busy = true;
    m_save->setEnabled(false);
    if (m_existing) {
        UpdateProjectRequest request;
        if (name.toStdString() != m_existing->name) {
            request.name = name.toStdString();
        }
        if (!key.isEmpty()) {
            request.apiKey = key.toStdString();
        }
        if (upstream.toStdString() != m_existing->upstreamUrl && !upstream.isEmpty()) {
            request.upstreamUrl = upstream.toStdString();
        }
        if (m_cacheTtl->value() != m_existing->cacheTtlSeconds) {
            request.cacheTtlSeconds = m_cacheTtl->value();
        }
        if (request.empty()) {
            m_busy = false;
            m_save->setEnabled(true);
            reject(); // nothing changed
            return;
        }
        m_client->updateProject(QString::fromStdString(m_existing->id), request, this, ok, failed);
    } else {
        CreateProjectRequest request;
        request.name = name.toStdString();
        request.apiKey = key.toStdString();
        if (!upstream.isEmpty()) {
            request.upstreamUrl = upstream.toStdString();
        }
        if (m_cacheTtl->value() > 0) {
            request.cacheTtlSeconds = m_cacheTtl->value();
        }
        m_client->createProject(request, this, ok, failed);
    }
}

} // namespace wither::desktop
