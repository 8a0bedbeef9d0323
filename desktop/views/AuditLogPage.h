#pragma once

#include "api/ApiQueries.h"
#include "views/Page.h"

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace wither::desktop {

class AuditEventModel;

/// The audit log for security teams: filters (grouped action, outcome, actor, project, token id, client IP,
/// free text, time range), a server-paged table newest first with colour-coded outcomes, a detail pane with
/// every field and the metadata pretty-printed, CSV/JSON Lines export and "Verify integrity".
class AuditLogPage : public Page {
    Q_OBJECT
public:
    explicit AuditLogPage(AppContext& context, QWidget* parent = nullptr);

    void refresh() override;
    /// Replaces every filter (e.g. "Show audit events" of a token or project) and loads the first page.
    void setFilter(const AuditQuery& filter);
    AuditQuery currentFilter() const;

    AuditEventModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QComboBox* actionFilter() const { return m_action; }
    QComboBox* outcomeFilter() const { return m_outcome; }
    QLineEdit* actorFilter() const { return m_actor; }
    QLineEdit* searchFilter() const { return m_search; }
    QPushButton* verifyButton() const { return m_verify; }
    QString verifyResult() const;
    QString detailText() const;
    QString pageText() const;

    /// Exports the events matching the current filters; `done` reports the outcome.
    void exportTo(const QString& path, AuditExportFormat format, std::function<void(bool, const QString&)> done);

    /// The grouped action filter: group prefixes ("token.") and the actions of each group.
    static QList<QPair<QString, QStringList>> actionGroups();

public slots:
    void applyFilters();
    void resetFilters();
    void verifyIntegrity();
    void nextPage();
    void previousPage();

signals:
    void verified(bool ok);

private:
    void showDetails();
    void updatePaging();
    void fillProjects();
    void chooseExportFile(AuditExportFormat format);

    AuditEventModel* m_model;
    QTableView* m_table;
    QComboBox* m_action;
    QComboBox* m_outcome;
    QLineEdit* m_actor;
    QComboBox* m_project;
    QLineEdit* m_tokenId;
    QLineEdit* m_clientIp;
    QLineEdit* m_search;
    QCheckBox* m_useFrom;
    QDateTimeEdit* m_from;
    QCheckBox* m_useTo;
    QDateTimeEdit* m_to;
    QPlainTextEdit* m_details;
    QLabel* m_verifyResult;
    QPushButton* m_verify;
    QToolButton* m_export;
    QPushButton* m_prev;
    QPushButton* m_next;
    QLabel* m_page;
    QComboBox* m_pageSize;
    QString m_selectedId;
};

} // namespace wither::desktop
