#include "dialogs/AboutDialog.h"

#include "style/Icons.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace wither::desktop {

QString AboutDialog::aboutText(const QString& serverUrl, const QString& serverVersion) {
    const QString server = serverVersion.isEmpty()
                               ? tr("Not connected")
                               : tr("Wither %1 at %2").arg(serverVersion.toHtmlEscaped(), serverUrl.toHtmlEscaped());
    return tr("<h3>wither-admin %1</h3>"
              "<p>Desktop administration for Wither: withering tokens that expire, carry request limits and can be "
              "revoked at once.</p>"
              "<p><b>Server:</b> %2</p>"
              "<p><small>Built with Qt %3 (running on %4), Qt Charts and QtKeychain.</small></p>")
        .arg(QStringLiteral(WITHER_VERSION), server, QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion()));
}

AboutDialog::AboutDialog(const QString& serverUrl, const QString& serverVersion, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("About wither-admin"));
    auto* layout = new QVBoxLayout(this);
    auto* row = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(Icons::appIcon().pixmap(72, 72));
    row->addWidget(icon, 0, Qt::AlignTop);
    auto* text = new QLabel(aboutText(serverUrl, serverVersion), this);
    text->setObjectName(QStringLiteral("aboutText"));
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(text, 1);
    layout->addLayout(row);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &AboutDialog::reject);
    setMinimumWidth(460);
}

} // namespace wither::desktop
