#pragma once

#include "shared/Model.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QSpinBox;

namespace wither::desktop {

class ApiClient;
class MessageBar;

/// Changes a token's request limit (0 = unlimited) without touching its counters (`PATCH max_requests`).
class ChangeLimitDialog : public QDialog {
    Q_OBJECT
public:
    ChangeLimitDialog(ApiClient* client, const Token& token, QWidget* parent = nullptr);

    QSpinBox* limitBox() const { return m_limit; }
    QPushButton* saveButton() const { return m_save; }
    MessageBar* messageBar() const { return m_messages; }

public slots:
    void save();

signals:
    void tokenUpdated(const wither::Token& token);

private:
    void updateHint();

    ApiClient* m_client;
    Token m_token;
    MessageBar* m_messages;
    QSpinBox* m_limit;
    QLabel* m_hint;
    QPushButton* m_save;
    bool m_busy = false;
};

} // namespace wither::desktop
