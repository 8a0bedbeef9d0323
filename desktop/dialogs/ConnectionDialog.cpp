#include "dialogs/ConnectionDialog.h"

#include "api/ApiClient.h"
#include "app/KeyStore.h"
#include "app/Settings.h"
#include "models/StatusText.h"
#include "style/Icons.h"
#include "style/StatusPalette.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wither::desktop {

namespace {
const QString kDefaultUrl = QStringLiteral("http://127.0.0.1:8080");
}

ConnectionDialog::ConnectionDialog(Settings& settings, KeyStore& keys, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_keys(keys)
    , m_client(new ApiClient(this))
    , m_profiles(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_url(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_keyNote(new QLabel(this))
    , m_result(new QLabel(this))
    , m_test(new QPushButton(tr("&Test Connection"), this))
    , m_connect(new QPushButton(tr("&Connect"), this)) {
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a Wither Server"));
    setWindowIcon(Icons::appIcon());
    setMinimumWidth(540);
    m_client->setTimeout(10000);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_profiles->addItem(tr("New profile"), QString());
    const auto profiles = m_settings.profiles();
    for (const ConnectionProfile& profile : profiles) {
        m_profiles->addItem(profile.name, profile.id);
    }
    form->addRow(tr("&Profile:"), m_profiles);
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);
    m_url->setPlaceholderText(kDefaultUrl);
    m_url->setText(kDefaultUrl);
    form->addRow(tr("Server &URL:"), m_url);
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("sk-wm-… (from <data-dir>/management-token)"));
    QAction* reveal = m_key->addAction(Icons::icon(QStringLiteral("view")), QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setToolTip(tr("Show the key"));
    connect(reveal, &QAction::toggled, this,
            [this](bool on) { m_key->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password); });
    form->addRow(tr("Management &key:"), m_key);
    layout->addLayout(form);
    m_keyNote->setWordWrap(true);
    m_keyNote->setObjectName(QStringLiteral("keyStorageNote"));
    layout->addWidget(m_keyNote);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addStretch();

    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_test, QDialogButtonBox::ActionRole);
    buttons->addButton(m_connect, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    m_connect->setDefault(true);
    layout->addWidget(buttons);

    connect(m_profiles, &QComboBox::currentIndexChanged, this, &ConnectionDialog::loadProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_connect, &QPushButton::clicked, this, &ConnectionDialog::connectToServer);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(&m_keys, &KeyStore::backendChanged, this, &ConnectionDialog::updateKeyNote);
    updateKeyNote();

    const int current = m_profiles->findData(m_settings.currentProfileId());
    if (current > 0) {
        m_profiles->setCurrentIndex(current);
    }
}

void ConnectionDialog::updateKeyNote() {
    m_keyNote->setText(m_keys.backendDescription());
    const bool fallback = m_keys.backend() == KeyStore::Backend::File;
    m_keyNote->setStyleSheet(fallback
                                 ? QStringLiteral("QLabel { color: %1; }")
                                       .arg(StatusPalette::forApplication().statusColor(TokenStatus::Expired).name())
                                 : QString());
}

QString ConnectionDialog::keyStorageNote() const {
    return m_keyNote->text();
}

QString ConnectionDialog::resultText() const {
    return m_result->text();
}

void ConnectionDialog::setInitial(const QUrl& url, const QString& key) {
    if (url.isValid() && !url.isEmpty()) {
        const ConnectionProfile known = m_settings.profileForUrl(url);
        const int index = known.isValid() ? m_profiles->findData(known.id) : 0;
        m_profiles->setCurrentIndex(std::max(0, index));
        m_url->setText(url.toString());
    }
    if (!key.isEmpty()) {
        m_key->setText(key);
    }
}

void ConnectionDialog::loadProfile(int index) {
    const QString id = m_profiles->itemData(index).toString();
    if (id.isEmpty()) {
        m_name->clear();
        m_url->setText(kDefaultUrl);
        m_key->clear();
        return;
    }
    const ConnectionProfile profile = m_settings.profile(id);
    m_name->setText(profile.name);
    m_url->setText(profile.url.toString());
    m_key->clear();
    m_keys.load(id, [this, id](std::optional<QString> key) {
        if (key && m_profiles->currentData().toString() == id) {
            m_key->setText(*key);
        }
    });
}

void ConnectionDialog::showResult(bool ok, const QString& text) {
    const StatusPalette palette = StatusPalette::forApplication();
    const QColor color = palette.statusColor(ok ? TokenStatus::Active : TokenStatus::Revoked);
    m_result->setText(text);
    m_result->setStyleSheet(QStringLiteral("QLabel { color: %1; }").arg(color.name()));
}

void ConnectionDialog::probe(std::function<void(const ServerInfo&)> onSuccess) {
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        showResult(false, tr("Enter an http:// or https:// server URL."));
        emit probeFinished(false);
        return;
    }
    if (m_key->text().trimmed().isEmpty()) {
        showResult(false, tr("Enter the management key."));
        emit probeFinished(false);
        return;
    }
    m_busy = true;
    m_test->setEnabled(false);
    m_connect->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1…").arg(url.toDisplayString()));
    m_client->setServerUrl(url);
    m_client->setManagementKey(m_key->text());
    m_client->probe(
        this,
        [this, onSuccess](ServerInfo info) {
            m_busy = false;
            m_test->setEnabled(true);
            m_connect->setEnabled(true);
            m_info = info;
            showResult(true, tr("Connected to Wither %1; the key has the role %2.")
                                 .arg(QString::fromStdString(info.health.version), roleLabel(info.role)));
            emit probeFinished(true);
            onSuccess(info);
        },
        [this](const ApiClientError& error) {
            m_busy = false;
            m_test->setEnabled(true);
            m_connect->setEnabled(true);
            showResult(false, error.userMessage());
            emit probeFinished(false);
        });
}

void ConnectionDialog::testConnection() {
    if (!m_busy) {
        probe([](const ServerInfo&) {});
    }
}

void ConnectionDialog::connectToServer() {
    if (m_busy) {
        return;
    }
    probe([this](const ServerInfo&) {
        ConnectionProfile profile;
        profile.id = m_profiles->currentData().toString();
        profile.url = QUrl::fromUserInput(m_url->text().trimmed());
        profile.name = m_name->text().trimmed().isEmpty() ? profile.url.authority() : m_name->text().trimmed();
        profile.id = m_settings.saveProfile(profile);
        m_settings.setCurrentProfileId(profile.id);
        m_chosen = profile;
        m_chosenKey = m_key->text().trimmed();
        m_keys.store(profile.id, m_chosenKey, [this](bool ok, const QString& error) {
            if (!ok) {
                showResult(false, tr("Connected, but the key could not be stored: %1").arg(error));
            }
            accept();
        });
    });
}

} // namespace wither::desktop
