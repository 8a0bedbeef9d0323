#include "dialogs/ChangeLimitDialog.h"

#include "api/ApiClient.h"
#include "views/MessageBar.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <limits>

namespace wither::desktop {

ChangeLimitDialog::ChangeLimitDialog(ApiClient* client, const Token& token, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_token(token)
    , m_messages(new MessageBar(this))
    , m_limit(new QSpinBox(this))
    , m_hint(new QLabel(this)) {
    setWindowTitle(tr("Change Request Limit"));
    setObjectName(QStringLiteral("changeLimitDialog"));
    setMinimumWidth(420);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    auto* intro =
        new QLabel(tr("Token <code>%1</code> has served %Ln request(s). The counters are kept; only the limit changes.",
                      nullptr, static_cast<int>(token.requestCount))
                       .arg(QString::fromStdString(token.id).left(8)),
                   this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_limit->setRange(0, std::numeric_limits<int>::max());
    m_limit->setSpecialValueText(tr("Unlimited"));
    m_limit->setGroupSeparatorShown(true);
    m_limit->setValue(token.maxRequests ? static_cast<int>(std::min<std::int64_t>(*token.maxRequests,
                                                                                  std::numeric_limits<int>::max()))
                                        : 0);
    m_limit->setToolTip(tr("Max requests (0 = unlimited)"));
    form->addRow(tr("&Max Requests:"), m_limit);
    layout->addLayout(form);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_save = buttons->addButton(tr("Change Limit"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    layout->addWidget(buttons);
    connect(m_limit, &QSpinBox::valueChanged, this, &ChangeLimitDialog::updateHint);
    connect(m_save, &QPushButton::clicked, this, &ChangeLimitDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangeLimitDialog::reject);
    updateHint();
}

void ChangeLimitDialog::updateHint() {
    const int limit = m_limit->value();
    if (limit == 0) {
        m_hint->setText(tr("The token will have no request limit (∞)."));
    } else if (limit <= m_token.requestCount) {
        m_hint->setText(tr("The token has already served %Ln request(s); with this limit it is rate limited at once.",
                           nullptr, static_cast<int>(m_token.requestCount)));
    } else {
        m_hint->setText(tr("%Ln request(s) will remain.", nullptr, static_cast<int>(limit - m_token.requestCount)));
    }
}

void ChangeLimitDialog::save() {
    if (m_busy) {
        return;
    }
    UpdateTokenRequest request;
    request.hasMaxRequests = true;
    if (m_limit->value() > 0) {
        request.maxRequests = m_limit->value();
    }
    m_busy = true;
    m_save->setEnabled(false);
    m_client->updateToken(
        QString::fromStdString(m_token.id), request, this,
        [this](Token token) {
            m_busy = false;
            emit tokenUpdated(token);
            accept();
        },
        [this](const ApiClientError& error) {
            m_busy = false;
            m_save->setEnabled(true);
            m_messages->showError(error.userMessage());
        });
}

} // namespace wither::desktop
