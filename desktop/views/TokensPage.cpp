#include "views/TokensPage.h"

#include "api/ApiClient.h"
#include "app/AppContext.h"
#include "models/ProjectTableModel.h"
#include "models/StatusText.h"
#include "models/TokenCsvExporter.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"
#include "style/Icons.h"
#include "views/TokenListView.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace wither::desktop {

TokensPage::TokensPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_list(new TokenListView(context, QStringLiteral("tokens"), this))
    , m_project(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_searchDelay(new QTimer(this))
    , m_generate(new QPushButton(Icons::icon(QStringLiteral("add")), tr("Generate Token"), this))
    , m_revoke(new QPushButton(Icons::icon(QStringLiteral("revoke")), tr("Revoke Selected"), this))
    , m_export(new QToolButton(this))
    , m_exporter(new TokenCsvExporter(context.client(), this)) {
    setObjectName(QStringLiteral("tokensPage"));
    auto* title = new QLabel(tr("Tokens"), this);
    title->setObjectName(QStringLiteral("pageTitle"));

    auto* actions = new QHBoxLayout;
    actions->addWidget(title);
    actions->addStretch();
    m_export->setText(tr("Export CSV"));
    m_export->setIcon(Icons::icon(QStringLiteral("export")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    QAction* exportSelected = exportMenu->addAction(tr("Selected Rows…"));
    QAction* exportAll = exportMenu->addAction(tr("All Matching Rows…"));
    m_export->setMenu(exportMenu);
    actions->addWidget(m_export);
    m_revoke->setObjectName(QStringLiteral("revokeSelected"));
    m_revoke->setToolTip(tr("Revoke the selected tokens (Delete)"));
    actions->addWidget(m_revoke);
    m_generate->setObjectName(QStringLiteral("generateToken"));
    m_generate->setToolTip(tr("Generate a new token (Ctrl+N)"));
    actions->addWidget(m_generate);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Project:"), this));
    m_project->setObjectName(QStringLiteral("projectFilter"));
    m_project->setMinimumContentsLength(18);
    m_project->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    filters->addWidget(m_project);
    filters->addSpacing(8);
    filters->addWidget(new QLabel(tr("Status:"), this));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All"), -1);
    for (TokenStatus status : kAllTokenStatuses) {
        m_status->addItem(statusLabel(status), static_cast<int>(status));
    }
    filters->addWidget(m_status);
    filters->addSpacing(8);
    m_search->setObjectName(QStringLiteral("tokenSearch"));
    m_search->setPlaceholderText(tr("Search by token ID, token or label (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search")), QLineEdit::LeadingPosition);
    filters->addWidget(m_search, 1);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addLayout(filters);
    layout->addWidget(m_list, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &TokensPage::applyFilters);
    connect(m_project, &QComboBox::activated, this, &TokensPage::applyFilters);
    connect(m_status, &QComboBox::activated, this, &TokensPage::applyFilters);
    connect(m_generate, &QPushButton::clicked, this,
            [this] { emit this->context().generateTokenRequested(m_project->currentData().toString()); });
    connect(m_revoke, &QPushButton::clicked, this, &TokensPage::revokeSelected);
    connect(exportSelected, &QAction::triggered, this, [this] { chooseExportFile(true); });
    connect(exportAll, &QAction::triggered, this, [this] { chooseExportFile(false); });
    connect(m_list, &TokenListView::selectionChanged, this, &TokensPage::updateButtons);
    connect(context.projects(), &ProjectTableModel::loaded, this, &TokensPage::fillProjects);
    fillProjects();
    applyRole();
}

void TokensPage::fillProjects() {
    const QString current = m_project->currentData().toString();
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    for (const Project& p : context().projects()->projects()) {
        m_project->addItem(p.isActive ? QString::fromStdString(p.name)
                                      : tr("%1 (inactive)").arg(QString::fromStdString(p.name)),
                           QString::fromStdString(p.id));
    }
    m_project->setCurrentIndex(std::max(0, m_project->findData(current)));
}

void TokensPage::applyFilters() {
    const int status = m_status->currentData().toInt();
    QSet<TokenStatus> statuses;
    if (status >= 0) {
        statuses.insert(static_cast<TokenStatus>(status));
    }
    m_list->proxy()->setFilters(m_project->currentData().toString(), statuses, m_search->text());
}

void TokensPage::setProjectFilter(const QString& projectId) {
    m_project->setCurrentIndex(std::max(0, m_project->findData(projectId)));
    applyFilters();
}

void TokensPage::setStatusFilter(std::optional<TokenStatus> status) {
    m_status->setCurrentIndex(status ? std::max(0, m_status->findData(static_cast<int>(*status))) : 0);
    applyFilters();
}

void TokensPage::focusSearch() {
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void TokensPage::refresh() {
    if (m_list->model()->rowCount() == 0 && !m_list->model()->isLoading()) {
        m_list->reload();
    } else {
        m_list->refresh();
    }
}

void TokensPage::applyRole() {
    const bool canMutate = context().canMutate();
    for (QPushButton* button : {m_generate, m_revoke}) {
        button->setVisible(canMutate);
    }
    m_list->applyRole();
    updateButtons();
}

void TokensPage::updateButtons() {
    const bool anySelected = !m_list->selectedIds().isEmpty();
    m_revoke->setEnabled(anySelected && context().canMutate());
    m_revoke->setText(anySelected ? tr("Revoke Selected (%1)").arg(m_list->selectedIds().size())
                                  : tr("Revoke Selected"));
}

void TokensPage::revokeSelected() {
    if (!context().canMutate()) {
        return;
    }
    m_list->revokeSelected();
}

void TokensPage::chooseExportFile(bool selectedOnly) {
    if (selectedOnly && m_list->selectedIds().isEmpty()) {
        emit context().informationMessage(tr("Select the rows to export first, or export all matching rows."));
        return;
    }
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/wither-tokens-%1.csv")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Tokens"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    exportCsv(path, selectedOnly, [this, path](bool ok, const QString& error) {
        if (ok) {
            emit context().successMessage(tr("Tokens exported to %1.").arg(path));
        } else {
            emit context().warningMessage(tr("The export failed: %1").arg(error));
        }
    });
}

void TokensPage::exportCsv(const QString& path, bool selectedOnly,
                           std::function<void(bool ok, const QString& error)> done) {
    if (selectedOnly) {
        QString error;
        const bool ok = TokenCsvExporter::write(m_list->selectedTokens(), path, &error);
        done(ok, error);
        return;
    }
    m_export->setEnabled(false);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_exporter, &TokenCsvExporter::finished, this,
                          [this, done, connection](bool ok, qint64, const QString& error) {
                              disconnect(*connection);
                              m_export->setEnabled(true);
                              done(ok, error);
                          });
    m_exporter->start(m_list->model()->query(), path);
}

} // namespace wither::desktop
