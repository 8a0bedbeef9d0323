#include "views/ProjectDetailsPage.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "app/AppContext.h"
#include "charts/RequestsChartView.h"
#include "charts/UsageRange.h"
#include "dialogs/ProjectActivationDialog.h"
#include "dialogs/ProjectDialog.h"
#include "dialogs/RevokeTokensDialog.h"
#include "models/ProjectTableModel.h"
#include "models/TimeFormat.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "style/Icons.h"
#include "style/StatusPalette.h"
#include "views/TokenListView.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QVBoxLayout>

namespace wither::desktop {

ProjectDetailsPage::ProjectDetailsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_generate(new QPushButton(Icons::icon(QStringLiteral("add")), tr("Generate Token"), this))
    , m_revokeAll(new QPushButton(Icons::icon(QStringLiteral("revoke")), tr("Revoke All Tokens"), this))
    , m_edit(new QPushButton(Icons::icon(QStringLiteral("edit")), tr("Edit"), this))
    , m_activation(new QPushButton(this))
    , m_audit(new QPushButton(Icons::icon(QStringLiteral("audit")), tr("Audit Events"), this))
    , m_tokens(new TokenListView(context, QStringLiteral("projectTokens"), this))
    , m_usage(new RequestsChartView(this)) {
    setObjectName(QStringLiteral("projectDetailsPage"));
    m_tokens->setProjectColumnVisible(false);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    auto* back = new QToolButton(this);
    back->setIcon(Icons::icon(QStringLiteral("back")));
    back->setToolTip(tr("Back to the projects"));
    back->setAutoRaise(true);
    header->addWidget(back);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    header->addWidget(m_title);
    header->addSpacing(12);
    m_status->setTextFormat(Qt::RichText);
    header->addWidget(m_status);
    header->addStretch();
    layout->addLayout(header);

    auto* actions = new QHBoxLayout;
    m_generate->setObjectName(QStringLiteral("generateToken"));
    m_revokeAll->setObjectName(QStringLiteral("revokeAll"));
    for (QPushButton* button : {m_generate, m_revokeAll, m_edit, m_activation, m_audit}) {
        actions->addWidget(button);
    }
    actions->addStretch();
    layout->addLayout(actions);

    auto* top = new QHBoxLayout;
    auto* info = new QGroupBox(tr("Project"), this);
    auto* form = new QFormLayout(info);
    for (const auto& [name, label] :
         {std::pair{QStringLiteral("upstream"), tr("Upstream URL:")},
          std::pair{QStringLiteral("apiKey"), tr("Upstream API key:")},
          std::pair{QStringLiteral("cacheTtl"), tr("Cache TTL:")}, std::pair{QStringLiteral("tokens"), tr("Tokens:")},
          std::pair{QStringLiteral("created"), tr("Created:")}, std::pair{QStringLiteral("id"), tr("Project ID:")}}) {
        auto* value = new QLabel(info);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setObjectName(name);
        m_fields.insert(name, value);
        form->addRow(label, value);
    }
    top->addWidget(info, 2);
    m_usage->setMinimumHeight(200);
    m_usage->chart()->setTitle(tr("Requests, last 7 days"));
    top->addWidget(m_usage, 3);
    layout->addLayout(top);

    auto* tokensTitle = new QLabel(tr("Tokens"), this);
    tokensTitle->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(tokensTitle);
    layout->addWidget(m_tokens, 1);

    connect(back, &QToolButton::clicked, this, &ProjectDetailsPage::backRequested);
    connect(m_generate, &QPushButton::clicked, this,
            [this] { emit this->context().generateTokenRequested(m_projectId); });
    connect(m_revokeAll, &QPushButton::clicked, this, &ProjectDetailsPage::revokeAll);
    connect(m_edit, &QPushButton::clicked, this, &ProjectDetailsPage::edit);
    connect(m_activation, &QPushButton::clicked, this, &ProjectDetailsPage::toggleActivation);
    connect(m_audit, &QPushButton::clicked, this, [this] {
        AuditQuery filter;
        filter.projectId = m_projectId;
        emit this->context().auditRequested(filter);
    });
    applyRole();
}

QString ProjectDetailsPage::fieldText(const QString& name) const {
    const QLabel* label = m_fields.value(name);
    return label ? label->text() : QString();
}

void ProjectDetailsPage::showProject(const QString& projectId) {
    if (projectId != m_projectId) {
        m_projectId = projectId;
        m_project.reset();
        m_title->setText(tr("Project"));
        m_status->clear();
        m_usage->clearUsage();
        m_tokens->proxy()->setFilters(projectId, {}, QString());
    }
    refresh();
}

void ProjectDetailsPage::refresh() {
    if (m_projectId.isEmpty()) {
        return;
    }
    const quint64 generation = ++m_generation;
    context().client()->project(
        m_projectId, this,
        [this, generation](Project project) {
            if (generation != m_generation) {
                return;
            }
            showProjectData(project);
            loadUsage();
        },
        [this, generation](const ApiClientError& error) {
            if (generation == m_generation) {
                emit this->context().errorMessage(error);
            }
        });
    if (m_tokens->model()->rowCount() == 0 && !m_tokens->model()->isLoading()) {
        m_tokens->reload();
    } else {
        m_tokens->refresh();
    }
}

void ProjectDetailsPage::showProjectData(const Project& p) {
    m_project = p;
    context().projects()->upsert(p);
    const QLocale locale;
    m_title->setText(QString::fromStdString(p.name));
    const QColor color =
        StatusPalette::forApplication().statusColor(p.isActive ? TokenStatus::Active : TokenStatus::ProjectInactive);
    m_status->setText(
        QStringLiteral("<span style=\"color:%1\">●</span>&nbsp;%2")
            .arg(color.name(), p.isActive ? tr("Active", "project status") : tr("Inactive", "project status")));
    m_fields.value(QStringLiteral("upstream"))->setText(QString::fromStdString(p.upstreamUrl));
    m_fields.value(QStringLiteral("apiKey"))->setText(QString::fromStdString(p.apiKey));
    m_fields.value(QStringLiteral("cacheTtl"))
        ->setText(p.cacheTtlSeconds > 0 ? TimeFormat::duration(p.cacheTtlSeconds) : tr("off", "cache ttl"));
    m_fields.value(QStringLiteral("tokens"))
        ->setText(tr("%1 total, %2 active")
                      .arg(locale.toString(static_cast<qlonglong>(p.tokenCount)),
                           locale.toString(static_cast<qlonglong>(p.activeTokenCount))));
    const QDateTime created = toQDateTime(p.createdAt);
    m_fields.value(QStringLiteral("created"))
        ->setText(TimeFormat::localWithHint(created, toQDateTime(context().clock().now())));
    m_fields.value(QStringLiteral("created"))->setToolTip(TimeFormat::utc(created));
    m_fields.value(QStringLiteral("id"))->setText(QString::fromStdString(p.id));
    updateActions();
}

void ProjectDetailsPage::loadUsage() {
    const quint64 generation = m_generation;
    const UsageQuery query = UsageRange::query(UsageRange::Last7Days, UsageQuery::Scope::Project, m_projectId,
                                               toQDateTime(context().clock().now()),
                                               m_project ? toQDateTime(m_project->createdAt) : QDateTime());
    context().client()->usage(
        query, this,
        [this, generation](UsageSeries usage) {
            if (generation == m_generation) {
                m_usage->setUsage(usage);
                emit loaded();
            }
        },
        [this, generation](const ApiClientError& error) {
            if (generation == m_generation) {
                m_usage->clearUsage();
                emit this->context().errorMessage(error);
                emit loaded();
            }
        });
}

void ProjectDetailsPage::applyRole() {
    m_tokens->applyRole();
    updateActions();
}

void ProjectDetailsPage::updateActions() {
    const bool canMutate = context().canMutate();
    const bool active = !m_project || m_project->isActive;
    m_activation->setText(active ? tr("Deactivate") : tr("Activate"));
    m_activation->setIcon(Icons::icon(active ? QStringLiteral("deactivate") : QStringLiteral("activate")));
    for (QPushButton* button : {m_generate, m_revokeAll, m_edit, m_activation}) {
        button->setVisible(canMutate);
        button->setEnabled(m_project.has_value());
    }
    if (m_project && !m_project->isActive) {
        m_generate->setEnabled(false);
        m_generate->setToolTip(tr("Cannot generate tokens for inactive project. Activate the project first."));
    } else {
        m_generate->setToolTip(tr("Generate a token for this project"));
    }
    m_revokeAll->setToolTip(tr("Revoke every token of this project at once"));
}

void ProjectDetailsPage::revokeAll() {
    if (!m_project || !context().canMutate()) {
        return;
    }
    auto* dialog = RevokeTokensDialog::forProject(context().client(), *m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RevokeTokensDialog::revoked, this, [this] {
        emit context().stateChanged();
        refresh();
    });
    m_dialog = dialog;
    dialog->open();
}

void ProjectDetailsPage::edit() {
    if (!m_project || !context().canMutate()) {
        return;
    }
    auto* dialog = new ProjectDialog(context().client(), *m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectDialog::projectSaved, this, [this](const Project& saved) {
        showProjectData(saved);
        emit context().successMessage(tr("Project %1 saved.").arg(QString::fromStdString(saved.name)));
        emit context().stateChanged();
    });
    m_dialog = dialog;
    dialog->open();
}

void ProjectDetailsPage::toggleActivation() {
    if (!m_project || !context().canMutate()) {
        return;
    }
    auto* dialog = new ProjectActivationDialog(context().client(), *m_project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectActivationDialog::projectChanged, this, [this](const Project& changed) {
        showProjectData(changed);
        emit context().stateChanged();
        m_tokens->refresh();
    });
    m_dialog = dialog;
    dialog->open();
}

} // namespace wither::desktop
