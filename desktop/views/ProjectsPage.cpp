#include "views/ProjectsPage.h"

#include "app/AppContext.h"
#include "app/Settings.h"
#include "dialogs/ProjectActivationDialog.h"
#include "dialogs/ProjectDialog.h"
#include "models/ModelRoles.h"
#include "models/ProjectTableModel.h"
#include "style/Icons.h"
#include "style/StatusDelegate.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace wither::desktop {

ProjectsPage::ProjectsPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_table(new QTableView(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_new(new QPushButton(Icons::icon(QStringLiteral("add")), tr("New Project"), this))
    , m_edit(new QPushButton(Icons::icon(QStringLiteral("edit")), tr("Edit"), this))
    , m_activation(new QPushButton(Icons::icon(QStringLiteral("deactivate")), tr("Deactivate"), this))
    , m_open(new QPushButton(Icons::icon(QStringLiteral("view")), tr("Open"), this)) {
    setObjectName(QStringLiteral("projectsPage"));
    auto* title = new QLabel(tr("Projects"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(title);
    actions->addStretch();
    for (QPushButton* button : {m_open, m_edit, m_activation, m_new}) {
        actions->addWidget(button);
    }

    m_sorted->setSourceModel(context.projects());
    m_sorted->setSortRole(SortRole);
    m_table->setObjectName(QStringLiteral("projectTable"));
    m_table->setModel(m_sorted);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ProjectTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 12);
    m_table->setItemDelegateForColumn(ProjectTableModel::StatusColumn, new StatusDelegate(this));
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(ProjectTableModel::NameColumn,
                            fm.horizontalAdvance(QStringLiteral("Legacy Batch Jobs______")));
    m_table->setColumnWidth(ProjectTableModel::StatusColumn, fm.horizontalAdvance(QStringLiteral("Inactive")) + 50);
    m_table->setColumnWidth(ProjectTableModel::TokensColumn,
                            fm.horizontalAdvance(QStringLiteral("8888 total / 8888 active__")));
    m_table->setColumnWidth(ProjectTableModel::UpstreamColumn,
                            fm.horizontalAdvance(QStringLiteral("https://api.openai.com___")));
    m_table->setColumnWidth(ProjectTableModel::CacheTtlColumn, fm.horizontalAdvance(QStringLiteral("Cache TTL___")));
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    if (context.settings()) {
        const QByteArray state = context.settings()->headerState(QStringLiteral("projects"));
        if (!state.isEmpty()) {
            header->restoreState(state);
        }
    }

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &ProjectsPage::createProject);
    connect(m_edit, &QPushButton::clicked, this, &ProjectsPage::editProject);
    connect(m_activation, &QPushButton::clicked, this, &ProjectsPage::toggleActivation);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const auto project = selectedProject()) {
            emit this->context().openProjectRequested(QString::fromStdString(project->id));
        }
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit this->context().openProjectRequested(index.data(IdRole).toString());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ProjectsPage::updateButtons);
    connect(context.projects(), &ProjectTableModel::loaded, this, &ProjectsPage::updateButtons);
    connect(header, &QHeaderView::sectionResized, this, &ProjectsPage::saveLayout);
    connect(header, &QHeaderView::sectionMoved, this, &ProjectsPage::saveLayout);
    applyRole();
}

void ProjectsPage::saveLayout() {
    if (context().settings()) {
        context().settings()->setHeaderState(QStringLiteral("projects"), m_table->horizontalHeader()->saveState());
    }
}

void ProjectsPage::refresh() {
    context().projects()->reload();
}

void ProjectsPage::applyRole() {
    const bool canMutate = context().canMutate();
    m_new->setVisible(canMutate);
    m_edit->setVisible(canMutate);
    m_activation->setVisible(canMutate);
    updateButtons();
}

std::optional<Project> ProjectsPage::selectedProject() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    const Project* project = context().projects()->findProject(rows.first().data(IdRole).toString());
    return project ? std::optional<Project>(*project) : std::nullopt;
}

void ProjectsPage::selectProject(const QString& id) {
    const auto row = context().projects()->rowOf(id);
    if (!row) {
        return;
    }
    const QModelIndex index = m_sorted->mapFromSource(context().projects()->index(*row, 0));
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

void ProjectsPage::updateButtons() {
    const auto project = selectedProject();
    m_open->setEnabled(project.has_value());
    m_edit->setEnabled(project.has_value());
    m_activation->setEnabled(project.has_value());
    const bool active = !project || project->isActive;
    m_activation->setText(active ? tr("Deactivate") : tr("Activate"));
    m_activation->setIcon(Icons::icon(active ? QStringLiteral("deactivate") : QStringLiteral("activate")));
}

void ProjectsPage::createProject() {
    if (!context().canMutate()) {
        return;
    }
    auto* dialog = new ProjectDialog(context().client(), std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectDialog::projectSaved, this, [this](const Project& project) {
        context().projects()->upsert(project);
        selectProject(QString::fromStdString(project.id));
        emit context().successMessage(tr("Project %1 created.").arg(QString::fromStdString(project.name)));
        emit context().stateChanged();
    });
    m_dialog = dialog;
    dialog->open();
}

void ProjectsPage::editProject() {
    const auto project = selectedProject();
    if (!project || !context().canMutate()) {
        return;
    }
    auto* dialog = new ProjectDialog(context().client(), *project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectDialog::projectSaved, this, [this](const Project& saved) {
        context().projects()->upsert(saved);
        emit context().successMessage(tr("Project %1 saved.").arg(QString::fromStdString(saved.name)));
        emit context().stateChanged();
    });
    m_dialog = dialog;
    dialog->open();
}

void ProjectsPage::toggleActivation() {
    const auto project = selectedProject();
    if (!project || !context().canMutate()) {
        return;
    }
    auto* dialog = new ProjectActivationDialog(context().client(), *project, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ProjectActivationDialog::projectChanged, this, [this](const Project& changed) {
        context().projects()->upsert(changed);
        updateButtons();
        emit context().successMessage(changed.isActive
                                          ? tr("Project %1 activated.").arg(QString::fromStdString(changed.name))
                                          : tr("Project %1 deactivated.").arg(QString::fromStdString(changed.name)));
        emit context().stateChanged();
    });
    m_dialog = dialog;
    dialog->open();
}

} // namespace wither::desktop
