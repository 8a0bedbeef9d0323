#pragma once

#include "shared/Model.h"

#include <QDialog>

#include <optional>

class QLineEdit;
class QPushButton;
class QSpinBox;

namespace wither::desktop {

class ApiClient;
class MessageBar;

/// Creates a project or edits one: name, upstream URL, upstream API key (a password field; the stored key is
/// only ever shown obfuscated, and an empty field keeps it) and cache TTL.
class ProjectDialog : public QDialog {
    Q_OBJECT
public:
    /// Without `existing` the dialog creates a project.
    ProjectDialog(ApiClient* client, std::optional<Project> existing, QWidget* parent = nullptr);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* upstreamEdit() const { return m_upstream; }
    QLineEdit* apiKeyEdit() const { return m_apiKey; }
    QSpinBox* cacheTtlBox() const { return m_cacheTtl; }
    QPushButton* saveButton() const { return m_save; }
    MessageBar* messageBar() const { return m_messages; }

public slots:
    void save();

signals:
    void projectSaved(const wither::Project& project);

private:
    ApiClient* m_client;
    std::optional<Project> m_existing;
    MessageBar* m_messages;
    QLineEdit* m_name;
    QLineEdit* m_upstream;
    QLineEdit* m_apiKey;
    QSpinBox* m_cacheTtl;
    QPushButton* m_save;
    bool m_busy = false;
};

} // namespace wither::desktop
