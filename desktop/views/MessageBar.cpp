#include "views/MessageBar.h"

#include "api/ApiClientError.h"
#include "style/Icons.h"
#include "style/StatusPalette.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QToolButton>

namespace wither::desktop {

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
    , m_autoHide(new QTimer(this)) {
    setObjectName(QStringLiteral("messageBar"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    m_icon->setFixedSize(20, 20);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setObjectName(QStringLiteral("messageText"));
    m_close->setAutoRaise(true);
    m_close->setIcon(Icons::icon(QStringLiteral("close")));
    m_close->setToolTip(tr("Dismiss"));
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    m_autoHide->setSingleShot(true);
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clear);
    connect(m_autoHide, &QTimer::timeout, this, &MessageBar::clear);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString& text) {
    m_kind = kind;
    m_text->setText(text);
    applyStyle();
    show();
    // Errors and warnings stay until dismissed or replaced; good news goes away by itself.
    if (kind == Kind::Success || kind == Kind::Information) {
        m_autoHide->start(10000);
    } else {
        m_autoHide->stop();
    }
}

void MessageBar::showError(const ApiClientError& error) {
    showError(error.userMessage());
}

void MessageBar::clear() {
    m_autoHide->stop();
    m_text->clear();
    hide();
}

QString MessageBar::text() const {
    return m_text->text();
}

void MessageBar::applyStyle() {
    const StatusPalette colors = StatusPalette::forApplication();
    QColor accent;
    QString icon;
    switch (m_kind) {
    case Kind::Information:
        accent = colors.upstreamColor();
        icon = QStringLiteral("info");
        break;
    case Kind::Success:
        accent = colors.statusColor(TokenStatus::Active);
        icon = QStringLiteral("activate");
        break;
    case Kind::Warning:
        accent = colors.statusColor(TokenStatus::Expired);
        icon = QStringLiteral("warning");
        break;
    case Kind::Error:
        accent = colors.statusColor(TokenStatus::Revoked);
        icon = QStringLiteral("error");
        break;
    }
    QColor background = accent;
    background.setAlphaF(colors.theme() == StatusPalette::Theme::Dark ? 0.22 : 0.12);
    setStyleSheet(QStringLiteral("#messageBar { background: %1; border: 1px solid %2; border-radius: 6px; }")
                      .arg(background.name(QColor::HexArgb), accent.name()));
    m_icon->setPixmap(Icons::icon(icon, accent).pixmap(20, 20));
}

} // namespace wither::desktop
