#pragma once

#include "shared/Model.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace wither::desktop {

class ApiClient;
class MessageBar;

/// Deactivates a project (its tokens stop working at once; optionally also revokes them all) or activates it
/// again.
class ProjectActivationDialog : public QDialog {
    Q_OBJECT
public:
    ProjectActivationDialog(ApiClient* client, const Project& project, QWidget* parent = nullptr);

    bool deactivating() const { return m_project.isActive; }
    QCheckBox* revokeTokensBox() const { return m_revokeTokens; }
    QPushButton* confirmButton() const { return m_confirm; }
    MessageBar* messageBar() const { return m_messages; }

public slots:
    void confirm();

signals:
    void projectChanged(const wither::Project& project);

private:
    ApiClient* m_client;
    Project m_project;
    MessageBar* m_messages;
    QCheckBox* m_revokeTokens = nullptr;
    QPushButton* m_confirm = nullptr;
    bool m_busy = false;
};

} // namespace wither::desktop
