#pragma once

#include "views/Page.h"

#include "shared/Model.h"

#include <QPointer>

#include <optional>

class QDialog;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace wither::desktop {

/// The projects list (name, status, tokens total/active, upstream, cache TTL, created) with New, Edit,
/// Activate/Deactivate and Open.
class ProjectsPage : public Page {
    Q_OBJECT
public:
    explicit ProjectsPage(AppContext& context, QWidget* parent = nullptr);

    void refresh() override;
    void applyRole() override;

    QTableView* table() const { return m_table; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* editButton() const { return m_edit; }
    QPushButton* activationButton() const { return m_activation; }
    QDialog* openDialog() const { return m_dialog; }
    std::optional<Project> selectedProject() const;
    void selectProject(const QString& id);

public slots:
    void createProject();
    void editProject();
    void toggleActivation();

private:
    void updateButtons();
    void saveLayout();

    QTableView* m_table;
    QSortFilterProxyModel* m_sorted;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_activation;
    QPushButton* m_open;
    QPointer<QDialog> m_dialog;
};

} // namespace wither::desktop
