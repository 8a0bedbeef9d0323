#pragma once

#include "views/Page.h"

#include "shared/TokenStatus.h"

#include <optional>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTimer;
class QToolButton;

namespace wither::desktop {

class TokenCsvExporter;
class TokenListView;

/// The guide's "Tokens List": filters (project, status, search by id), the token table, Generate Token,
/// Revoke selected and Export CSV (selected rows or all matching rows).
class TokensPage : public Page {
    Q_OBJECT
public:
    explicit TokensPage(AppContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void applyRole() override;

    TokenListView* list() const { return m_list; }
    QComboBox* projectFilter() const { return m_project; }
    QComboBox* statusFilter() const { return m_status; }
    QLineEdit* searchEdit() const { return m_search; }
    QPushButton* generateButton() const { return m_generate; }
    QPushButton* revokeButton() const { return m_revoke; }
    QToolButton* exportButton() const { return m_export; }
    TokenCsvExporter* exporter() const { return m_exporter; }

    /// Shows only this project's tokens (empty = all).
    void setProjectFilter(const QString& projectId);
    void setStatusFilter(std::optional<TokenStatus> status);
    void focusSearch();

    /// Writes the selected rows (or every row matching the filters) as CSV; `done` reports the outcome.
    void exportCsv(const QString& path, bool selectedOnly, std::function<void(bool ok, const QString& error)> done);

public slots:
    void revokeSelected();

private:
    void fillProjects();
    void applyFilters();
    void chooseExportFile(bool selectedOnly);
    void updateButtons();

    TokenListView* m_list;
    QComboBox* m_project;
    QComboBox* m_status;
    QLineEdit* m_search;
    QTimer* m_searchDelay;
    QPushButton* m_generate;
    QPushButton* m_revoke;
    QToolButton* m_export;
    TokenCsvExporter* m_exporter;
};

} // namespace wither::desktop
