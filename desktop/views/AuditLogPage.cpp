#include "views/AuditLogPage.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "app/AppContext.h"
#include "app/Settings.h"
#include "models/AuditEventModel.h"
#include "models/ModelRoles.h"
#include "models/ProjectTableModel.h"
#include "models/StatusText.h"
#include "models/TimeFormat.h"
#include "style/Icons.h"
#include "style/StatusDelegate.h"
#include "style/StatusPalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace wither::desktop {

QList<QPair<QString, QStringList>> AuditLogPage::actionGroups() {
    return {
        {QStringLiteral("token."),
         {QStringLiteral("token.create"), QStringLiteral("token.update"), QStringLiteral("token.revoke"),
          QStringLiteral("token.reactivate"), QStringLiteral("token.revoke_batch")}},
        {QStringLiteral("project."),
         {QStringLiteral("project.create"), QStringLiteral("project.update"), QStringLiteral("project.deactivate"),
          QStringLiteral("project.activate")}},
        {QStringLiteral("key."), {QStringLiteral("key.create"), QStringLiteral("key.revoke")}},
        {QStringLiteral("auth."), {QStringLiteral("auth.failure"), QStringLiteral("auth.throttled")}},
        {QStringLiteral("proxy."), {QStringLiteral("proxy.denied")}},
        {QStringLiteral("cache."), {QStringLiteral("cache.purge")}},
        {QStringLiteral("server."), {QStringLiteral("server.start"), QStringLiteral("server.stop")}},
    };
}

AuditLogPage::AuditLogPage(AppContext& context, QWidget* parent)
    : Page(context, parent)
    , m_model(new AuditEventModel(context.client(), this))
    , m_table(new QTableView(this))
    , m_action(new QComboBox(this))
    , m_outcome(new QComboBox(this))
    , m_actor(new QLineEdit(this))
    , m_project(new QComboBox(this))
    , m_tokenId(new QLineEdit(this))
    , m_clientIp(new QLineEdit(this))
    , m_search(new QLineEdit(this))
    , m_useFrom(new QCheckBox(tr("From:"), this))
    , m_from(new QDateTimeEdit(this))
    , m_useTo(new QCheckBox(tr("To:"), this))
    , m_to(new QDateTimeEdit(this))
    , m_details(new QPlainTextEdit(this))
    , m_verifyResult(new QLabel(this))
    , m_verify(new QPushButton(Icons::icon(QStringLiteral("verify")), tr("Verify Integrity"), this))
    , m_export(new QToolButton(this))
    , m_prev(new QPushButton(tr("‹ Newer"), this))
    , m_next(new QPushButton(tr("Older ›"), this))
    , m_page(new QLabel(this))
    , m_pageSize(new QComboBox(this)) {
    setObjectName(QStringLiteral("auditLogPage"));
    auto* title = new QLabel(tr("Audit Log"), this);
    title->setObjectName(QStringLiteral("pageTitle"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(title);
    actions->addStretch();
    m_export->setText(tr("Export"));
    m_export->setIcon(Icons::icon(QStringLiteral("export")));
    m_export->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_export->setPopupMode(QToolButton::InstantPopup);
    auto* exportMenu = new QMenu(m_export);
    QAction* csv = exportMenu->addAction(tr("CSV…"));
    QAction* jsonl = exportMenu->addAction(tr("JSON Lines…"));
    m_export->setMenu(exportMenu);
    actions->addWidget(m_export);
    m_verify->setObjectName(QStringLiteral("verifyIntegrity"));
    m_verify->setToolTip(tr("Check the audit log's hash chain on the server"));
    actions->addWidget(m_verify);

    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->hide();

    // filters: action groups with their actions, indented
    auto* actionModel = new QStandardItemModel(m_action);
    auto* all = new QStandardItem(tr("All actions"));
    all->setData(QString(), Qt::UserRole);
    actionModel->appendRow(all);
    for (const auto& [prefix, names] : actionGroups()) {
        auto* group = new QStandardItem(tr("All %1* actions").arg(prefix));
        group->setData(prefix, Qt::UserRole);
        QFont bold = group->font();
        bold.setBold(true);
        group->setFont(bold);
        actionModel->appendRow(group);
        for (const QString& name : names) {
            auto* item = new QStandardItem(QStringLiteral("    ") + name);
            item->setData(name, Qt::UserRole);
            actionModel->appendRow(item);
        }
    }
    m_action->setModel(actionModel);
    m_action->setObjectName(QStringLiteral("actionFilter"));
    m_outcome->setObjectName(QStringLiteral("outcomeFilter"));
    m_outcome->addItem(tr("Any outcome"), QString());
    for (AuditOutcome outcome :
         {AuditOutcome::Success, AuditOutcome::Failure, AuditOutcome::Denied, AuditOutcome::Error}) {
        m_outcome->addItem(outcomeLabel(outcome), QString::fromLatin1(toString(outcome)));
    }
    m_actor->setPlaceholderText(tr("Actor"));
    m_actor->setObjectName(QStringLiteral("actorFilter"));
    m_tokenId->setPlaceholderText(tr("Token ID"));
    m_clientIp->setPlaceholderText(tr("Client IP"));
    m_search->setPlaceholderText(tr("Free text"));
    m_search->setObjectName(QStringLiteral("auditSearch"));
    for (QLineEdit* edit : {m_actor, m_tokenId, m_clientIp, m_search}) {
        edit->setClearButtonEnabled(true);
        connect(edit, &QLineEdit::returnPressed, this, &AuditLogPage::applyFilters);
    }
    const QDateTime now = QDateTime::currentDateTime();
    m_from->setDateTime(now.addDays(-1));
    m_to->setDateTime(now);
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
        edit->setEnabled(false);
    }
    connect(m_useFrom, &QCheckBox::toggled, m_from, &QDateTimeEdit::setEnabled);
    connect(m_useTo, &QCheckBox::toggled, m_to, &QDateTimeEdit::setEnabled);
    auto* apply = new QPushButton(tr("Apply"), this);
    apply->setDefault(true);
    auto* reset = new QPushButton(tr("Reset"), this);

    auto* filters = new QGridLayout;
    filters->addWidget(m_action, 0, 0);
    filters->addWidget(m_outcome, 0, 1);
    filters->addWidget(m_actor, 0, 2);
    filters->addWidget(m_project, 0, 3);
    filters->addWidget(m_search, 0, 4);
    filters->addWidget(m_tokenId, 1, 0);
    filters->addWidget(m_clientIp, 1, 1);
    auto* range = new QHBoxLayout;
    range->addWidget(m_useFrom);
    range->addWidget(m_from, 1);
    range->addWidget(m_useTo);
    range->addWidget(m_to, 1);
    filters->addLayout(range, 1, 2, 1, 2);
    auto* filterButtons = new QHBoxLayout;
    filterButtons->addStretch();
    filterButtons->addWidget(apply);
    filterButtons->addWidget(reset);
    filters->addLayout(filterButtons, 1, 4);
    filters->setColumnStretch(2, 1);
    filters->setColumnStretch(4, 1);

    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->setItemDelegateForColumn(AuditEventModel::OutcomeColumn, new StatusDelegate(this));
    const QFontMetrics fm = m_table->fontMetrics();
    m_table->setColumnWidth(AuditEventModel::TimeColumn,
                            fm.horizontalAdvance(TimeFormat::local(QDateTime(QDate(2026, 12, 28), QTime(23, 58)))) +
                                16);
    m_table->setColumnWidth(AuditEventModel::ActionColumn,
                            fm.horizontalAdvance(QStringLiteral("token.revoke_batch__")));
    m_table->setColumnWidth(AuditEventModel::ActorColumn, fm.horizontalAdvance(QStringLiteral("bootstrap__")));
    m_table->setColumnWidth(AuditEventModel::OutcomeColumn, fm.horizontalAdvance(QStringLiteral("Success")) + 50);
    m_table->setColumnWidth(AuditEventModel::ClientIpColumn, fm.horizontalAdvance(QStringLiteral("888.888.88.88_")));
    m_table->setColumnWidth(AuditEventModel::ProjectColumn, fm.horizontalAdvance(QStringLiteral("Demo Chatbot____")));
    m_table->setColumnWidth(AuditEventModel::TokenColumn, fm.horizontalAdvance(QStringLiteral("88888888___")));
    QHeaderView* header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    header->setSectionsMovable(true);
    if (context.settings()) {
        const QByteArray state = context.settings()->headerState(QStringLiteral("audit"));
        if (!state.isEmpty()) {
            header->restoreState(state);
        }
    }
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (this->context().settings()) {
            this->context().settings()->setHeaderState(QStringLiteral("audit"),
                                                       m_table->horizontalHeader()->saveState());
        }
    });

    m_details->setReadOnly(true);
    m_details->setObjectName(QStringLiteral("auditDetails"));
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Select an event to see every field."));
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({900, 360});

    auto* paging = new QHBoxLayout;
    m_page->setObjectName(QStringLiteral("auditPage"));
    paging->addWidget(m_page);
    paging->addStretch();
    paging->addWidget(new QLabel(tr("Per page:"), this));
    for (int size : {50, 100, 200, 500}) {
        m_pageSize->addItem(QString::number(size), size);
    }
    paging->addWidget(m_pageSize);
    paging->addWidget(m_prev);
    paging->addWidget(m_next);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(actions);
    layout->addWidget(m_verifyResult);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);
    layout->addLayout(paging);

    connect(apply, &QPushButton::clicked, this, &AuditLogPage::applyFilters);
    connect(reset, &QPushButton::clicked, this, &AuditLogPage::resetFilters);
    connect(m_action, &QComboBox::activated, this, &AuditLogPage::applyFilters);
    connect(m_outcome, &QComboBox::activated, this, &AuditLogPage::applyFilters);
    connect(m_project, &QComboBox::activated, this, &AuditLogPage::applyFilters);
    connect(m_pageSize, &QComboBox::activated, this, &AuditLogPage::applyFilters);
    connect(m_verify, &QPushButton::clicked, this, &AuditLogPage::verifyIntegrity);
    connect(m_prev, &QPushButton::clicked, this, &AuditLogPage::previousPage);
    connect(m_next, &QPushButton::clicked, this, &AuditLogPage::nextPage);
    connect(csv, &QAction::triggered, this, [this] { chooseExportFile(AuditExportFormat::Csv); });
    connect(jsonl, &QAction::triggered, this, [this] { chooseExportFile(AuditExportFormat::JsonLines); });
    connect(m_model, &AuditEventModel::loaded, this, [this] {
        updatePaging();
        // Keep the selected event selected across refreshes when it is still on the page.
        if (!m_selectedId.isEmpty()) {
            if (const auto row = m_model->rowOf(m_selectedId)) {
                m_table->selectRow(*row);
            }
        }
        showDetails();
    });
    connect(m_model, &AuditEventModel::errorOccurred, &context, &AppContext::errorMessage);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        m_selectedId = rows.isEmpty() ? QString() : rows.first().data(IdRole).toString();
        showDetails();
    });
    connect(context.projects(), &ProjectTableModel::loaded, this, &AuditLogPage::fillProjects);
    fillProjects();
    updatePaging();
}

void AuditLogPage::fillProjects() {
    const QString current = m_project->currentData().toString();
    m_project->clear();
    m_project->addItem(tr("All projects"), QString());
    QHash<QString, QString> names;
    for (const Project& p : context().projects()->projects()) {
        const QString id = QString::fromStdString(p.id);
        names.insert(id, QString::fromStdString(p.name));
        m_project->addItem(QString::fromStdString(p.name), id);
    }
    m_project->setCurrentIndex(std::max(0, m_project->findData(current)));
    m_model->setProjectNames(names);
}

AuditQuery AuditLogPage::currentFilter() const {
    AuditQuery q;
    q.action = m_action->currentData(Qt::UserRole).toString();
    q.outcome = m_outcome->currentData().toString();
    q.actor = m_actor->text().trimmed();
    q.projectId = m_project->currentData().toString();
    q.tokenId = m_tokenId->text().trimmed();
    q.clientIp = m_clientIp->text().trimmed();
    q.search = m_search->text().trimmed();
    if (m_useFrom->isChecked()) {
        q.from = m_from->dateTime().toUTC();
    }
    if (m_useTo->isChecked()) {
        q.to = m_to->dateTime().toUTC();
    }
    q.pageSize = m_pageSize->currentData().toInt();
    return q;
}

void AuditLogPage::applyFilters() {
    m_model->setQuery(currentFilter());
}

void AuditLogPage::resetFilters() {
    setFilter(AuditQuery());
}

void AuditLogPage::setFilter(const AuditQuery& filter) {
    m_action->setCurrentIndex(std::max(0, m_action->findData(filter.action, Qt::UserRole)));
    m_outcome->setCurrentIndex(std::max(0, m_outcome->findData(filter.outcome)));
    m_actor->setText(filter.actor);
    m_project->setCurrentIndex(std::max(0, m_project->findData(filter.projectId)));
    if (!filter.projectId.isEmpty() && m_project->currentData().toString() != filter.projectId) {
        m_project->addItem(filter.projectId.left(8), filter.projectId);
        m_project->setCurrentIndex(m_project->count() - 1);
    }
    m_tokenId->setText(filter.tokenId);
    m_clientIp->setText(filter.clientIp);
    m_search->setText(filter.search);
    m_useFrom->setChecked(filter.from.isValid());
    if (filter.from.isValid()) {
        m_from->setDateTime(filter.from.toLocalTime());
    }
    m_useTo->setChecked(filter.to.isValid());
    if (filter.to.isValid()) {
        m_to->setDateTime(filter.to.toLocalTime());
    }
    m_pageSize->setCurrentIndex(std::max(0, m_pageSize->findData(filter.pageSize)));
    applyFilters();
}

void AuditLogPage::refresh() {
    m_model->reload();
}

void AuditLogPage::nextPage() {
    if (m_model->pagination().hasNext) {
        m_model->setPage(static_cast<int>(m_model->pagination().page) + 1);
    }
}

void AuditLogPage::previousPage() {
    if (m_model->pagination().hasPrev) {
        m_model->setPage(static_cast<int>(m_model->pagination().page) - 1);
    }
}

QString AuditLogPage::pageText() const {
    return m_page->text();
}

void AuditLogPage::updatePaging() {
    const Pagination& p = m_model->pagination();
    const QLocale locale;
    m_page->setText(p.totalCount == 0
                        ? tr("No events match the filters.")
                        : tr("Page %1 of %2 · %3 events, newest first")
                              .arg(locale.toString(static_cast<qlonglong>(p.page)),
                                   locale.toString(static_cast<qlonglong>(std::max<std::int64_t>(1, p.totalPages))),
                                   locale.toString(static_cast<qlonglong>(p.totalCount))));
    m_prev->setEnabled(p.hasPrev);
    m_next->setEnabled(p.hasNext);
}

QString AuditLogPage::detailText() const {
    return m_details->toPlainText();
}

void AuditLogPage::showDetails() {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        m_details->clear();
        return;
    }
    const AuditEvent& e = m_model->eventAt(rows.first().row());
    const auto line = [](const QString& name, const QString& value) -> QString {
        return name.leftJustified(12) + (value.isEmpty() ? QStringLiteral("—") : value) + QLatin1Char('\n');
    };
    const auto text = [](const std::string& s) { return QString::fromStdString(s); };
    const QDateTime t = toQDateTime(e.timestamp);
    QString details;
    details += line(tr("Time"), TimeFormat::local(t) + QStringLiteral("  (") + TimeFormat::utc(t) + QLatin1Char(')'));
    details += line(tr("Sequence"), QString::number(e.seq));
    details += line(tr("Action"), text(e.action));
    details += line(tr("Actor"), text(e.actor));
    details += line(tr("Outcome"), outcomeLabel(e.outcome));
    details += line(tr("Project"), e.projectId ? text(*e.projectId) : QString());
    details += line(tr("Token"), e.tokenId ? text(*e.tokenId) : QString());
    details += line(tr("Client IP"), text(e.clientIp));
    details += line(tr("Request"), QString(text(e.method) + QLatin1Char(' ') + text(e.path)).trimmed());
    details += line(tr("User agent"), text(e.userAgent));
    details += line(tr("Request ID"), text(e.requestId));
    details += line(tr("Reason"), text(e.reason));
    details += line(tr("Event ID"), text(e.id));
    details += line(tr("Hash"), text(e.hash));
    details += QLatin1Char('\n') + tr("Metadata") + QLatin1Char('\n');
    details += QString::fromStdString(e.metadata.dump(2, ' ', false, nlohmann::json::error_handler_t::replace));
    m_details->setPlainText(details);
}

QString AuditLogPage::verifyResult() const {
    return m_verifyResult->isHidden() ? QString() : m_verifyResult->text();
}

void AuditLogPage::verifyIntegrity() {
    m_verify->setEnabled(false);
    m_verifyResult->setText(tr("Verifying the audit log…"));
    m_verifyResult->setStyleSheet(QString());
    m_verifyResult->show();
    context().client()->verifyAudit(
        this,
        [this](AuditVerifyResult result) {
            m_verify->setEnabled(true);
            const StatusPalette palette = StatusPalette::forApplication();
            const QColor color = palette.statusColor(result.ok ? TokenStatus::Active : TokenStatus::Revoked);
            QColor background = color;
            background.setAlphaF(0.15);
            const QLocale locale;
            m_verifyResult->setText(
                result.ok ? tr("✔ Audit log intact: %1 events checked, the hash chain is unbroken.")
                                .arg(locale.toString(static_cast<qlonglong>(result.checked)))
                          : tr("✘ Audit log TAMPERED: the hash chain breaks at event #%1 (%2 events checked before).")
                                .arg(locale.toString(static_cast<qlonglong>(result.firstBadSeq.value_or(0))),
                                     locale.toString(static_cast<qlonglong>(result.checked))));
            m_verifyResult->setStyleSheet(
                QStringLiteral("QLabel { background: %1; border: 2px solid %2; border-radius: 6px; padding: 8px; "
                               "font-weight: bold; }")
                    .arg(background.name(QColor::HexArgb), color.name()));
            emit verified(result.ok);
        },
        [this](const ApiClientError& error) {
            m_verify->setEnabled(true);
            m_verifyResult->hide();
            emit context().errorMessage(error);
        });
}

void AuditLogPage::chooseExportFile(AuditExportFormat format) {
    const bool csv = format == AuditExportFormat::Csv;
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                              QStringLiteral("/wither-audit-%1.%2")
                                  .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm")),
                                       csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Audit Events"), suggested,
                                                      csv ? tr("CSV files (*.csv)") : tr("JSON Lines (*.jsonl)"));
    if (path.isEmpty()) {
        return;
    }
    exportTo(path, format, [this, path](bool ok, const QString& error) {
        if (ok) {
            emit context().successMessage(tr("Audit events exported to %1.").arg(path));
        } else {
            emit context().warningMessage(tr("The export failed: %1").arg(error));
        }
    });
}

void AuditLogPage::exportTo(const QString& path, AuditExportFormat format,
                            std::function<void(bool, const QString&)> done) {
    m_export->setEnabled(false);
    context().client()->exportAudit(
        currentFilter(), format, this,
        [this, path, done](QByteArray data) {
            m_export->setEnabled(true);
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
                done(false, file.errorString());
                return;
            }
            done(true, QString());
        },
        [this, done](const ApiClientError& error) {
            m_export->setEnabled(true);
            done(false, error.userMessage());
        });
}

} // namespace wither::desktop
