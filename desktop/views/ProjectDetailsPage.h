#pragma once

#include "views/Page.h"

#include "shared/Model.h"

#include <QPointer>

#include <optional>

class QDialog;
class QLabel;
class QPushButton;

namespace wither::desktop {

class RequestsChartView;
class TokenListView;

/// A project's page: its settings, its tokens (with Revoke per row), Generate Token, Revoke All Tokens, edit,
/// activate/deactivate, its audit events and its usage over the last 7 days.
class ProjectDetailsPage : public Page {
    Q_OBJECT
public:
    explicit ProjectDetailsPage(AppContext& context, QWidget* parent = nullptr);

    void showProject(const QString& projectId);
    QString projectId() const { return m_projectId; }
    const std::optional<Project>& project() const { return m_project; }
    void refresh() override;
    void applyRole() override;

    TokenListView* tokens() const { return m_tokens; }
    QPushButton* generateButton() const { return m_generate; }
    QPushButton* revokeAllButton() const { return m_revokeAll; }
    RequestsChartView* usageChart() const { return m_usage; }
    QDialog* openDialog() const { return m_dialog; }
    QString fieldText(const QString& name) const;

public slots:
    void revokeAll();
    void edit();
    void toggleActivation();

signals:
    void backRequested();
    void loaded();

private:
    void showProjectData(const Project& project);
    void loadUsage();
    void updateActions();

    QString m_projectId;
    std::optional<Project> m_project;
    QLabel* m_title;
    QLabel* m_status;
    QHash<QString, QLabel*> m_fields;
    QPushButton* m_generate;
    QPushButton* m_revokeAll;
    QPushButton* m_edit;
    QPushButton* m_activation;
    QPushButton* m_audit;
    TokenListView* m_tokens;
    RequestsChartView* m_usage;
    QPointer<QDialog> m_dialog;
    quint64 m_generation = 0;
};

} // namespace wither::desktop
