#include "dialogs/ConnectionDialog.h"

#include "api/ApiClient.h"
#include "app/KeyStore.h"
#include "app/Settings.h"
#include "models/StatusText.h"
#include "models/TimeFormat.h"
#include "style/Icons.h"
#include "style/StatusPalette.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace wither::desktop {

namespace {
const QString kDefaultUrl = QStringLiteral("http://127.0.0.1:8080");

/// The 95-character fingerprint in two lines of 16 bytes, so the dialog need not be wider than its form.
QString twoLineFingerprint(const CertificatePin& pin) {
    QString text = pin.toString();
    if (text.size() > 48) {
        text.insert(48, QLatin1Char('\n'));
    }
    return text;
}
} // namespace

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
    , m_pin(new QLineEdit(this))
    , m_clearPin(new QPushButton(tr("C&lear"), this))
    , m_result(new QLabel(this))
    , m_certificatePanel(new QGroupBox(tr("Server certificate"), this))
    , m_certSubject(new QLabel(m_certificatePanel))
    , m_certIssuer(new QLabel(m_certificatePanel))
    , m_certValidity(new QLabel(m_certificatePanel))
    , m_certFingerprint(new QLabel(m_certificatePanel))
    , m_certPinned(new QLabel(m_certificatePanel))
    , m_certAdvice(new QLabel(m_certificatePanel))
    , m_trust(new QPushButton(tr("T&rust This Certificate"), m_certificatePanel))
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
    m_pin->setObjectName(QStringLiteral("pinnedCertificate"));
    m_pin->setPlaceholderText(tr("none: the system's CAs decide"));
    m_pin->setToolTip(tr("SHA-256 fingerprint of the server's certificate. With a pin, wither-admin connects only "
                         "when the server presents exactly this certificate, also a self-signed one."));
    m_clearPin->setToolTip(tr("Remove the pin: the system's certificate authorities decide again"));
    m_clearPin->setEnabled(false);
    auto* pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pin, 1);
    pinRow->addWidget(m_clearPin);
    // addRow(QString, QLayout*) would show the mnemonic's '&' literally: the label needs the field as buddy.
    auto* pinLabel = new QLabel(tr("Certificate &pin:"), this);
    pinLabel->setBuddy(m_pin);
    form->addRow(pinLabel, pinRow);
    connect(m_pin, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_clearPin->setEnabled(!text.isEmpty()); });
    connect(m_clearPin, &QPushButton::clicked, m_pin, &QLineEdit::clear);
    layout->addLayout(form);
    m_keyNote->setWordWrap(true);
    m_keyNote->setObjectName(QStringLiteral("keyStorageNote"));
    layout->addWidget(m_keyNote);
    m_result->setWordWrap(true);
    m_result->setObjectName(QStringLiteral("connectionResult"));
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    layout->addWidget(buildCertificatePanel());
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
    connect(m_trust, &QPushButton::clicked, this, &ConnectionDialog::trustCertificate);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(&m_keys, &KeyStore::backendChanged, this, &ConnectionDialog::updateKeyNote);
    updateKeyNote();

    const int current = m_profiles->findData(m_settings.currentProfileId());
    if (current > 0) {
        m_profiles->setCurrentIndex(current);
    }
}

QWidget* ConnectionDialog::buildCertificatePanel() {
    m_certificatePanel->setObjectName(QStringLiteral("certificatePanel"));
    auto* form = new QFormLayout(m_certificatePanel);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    // The problem itself is the result line above the panel; the panel shows what to judge it by. The short
    // fields do not wrap: a wrapped label in a form row is given one line and cut off.
    for (QLabel* label : {m_certSubject, m_certIssuer, m_certValidity, m_certFingerprint, m_certPinned}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_certFingerprint->setObjectName(QStringLiteral("certificateFingerprint"));
    m_certPinned->setObjectName(QStringLiteral("certificatePinned"));
    for (QLabel* label : {m_certFingerprint, m_certPinned}) {
        label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    }
    form->addRow(tr("Issued to:"), m_certSubject);
    form->addRow(tr("Issued by:"), m_certIssuer);
    form->addRow(tr("Valid:"), m_certValidity);
    form->addRow(tr("SHA-256:"), m_certFingerprint);
    form->addRow(tr("Pinned:"), m_certPinned);
    m_certAdvice->setWordWrap(true);
    m_certAdvice->setObjectName(QStringLiteral("certificateAdvice"));
    form->addRow(m_certAdvice);
    auto* trustRow = new QHBoxLayout;
    trustRow->addStretch();
    trustRow->addWidget(m_trust);
    form->addRow(trustRow);
    m_trust->setIcon(Icons::icon(QStringLiteral("verify")));
    m_certificatePanel->hide();
    return m_certificatePanel;
}

void ConnectionDialog::showCertificate(const std::optional<TlsFailure>& failure) {
    m_tlsFailure = failure;
    if (!failure || !failure->certificate) {
        m_certificatePanel->hide();
        return;
    }
    const CertificateSummary& certificate = *failure->certificate;
    m_certSubject->setText(certificate.subject);
    m_certIssuer->setText(certificate.selfSigned ? tr("%1 (self-signed)").arg(certificate.issuer) : certificate.issuer);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_certValidity->setText(
        tr("%1 to %2")
            .arg(TimeFormat::local(certificate.notBefore), TimeFormat::localWithHint(certificate.expiry, now)));
    m_certFingerprint->setText(twoLineFingerprint(certificate.fingerprint));
    const bool mismatch = failure->kind == TlsFailure::Kind::PinMismatch;
    m_certPinned->setText(twoLineFingerprint(failure->pinned));
    if (auto* form = qobject_cast<QFormLayout*>(m_certificatePanel->layout())) {
        form->setRowVisible(m_certPinned, mismatch);
    }
    if (mismatch) {
        m_certAdvice->setText(
            tr("The server presented another certificate than the one pinned for this profile: someone may be "
               "intercepting the connection. If the server's certificate was replaced, confirm the new fingerprint "
               "with its administrator, then clear the pin and connect again."));
    } else {
        m_certAdvice->setText(
            tr("Trust the certificate only if its SHA-256 fingerprint matches the one of the server (ask its "
               "administrator or run <code>openssl x509 -noout -fingerprint -sha256 -in cert.pem</code> on it). "
               "Trusting pins exactly this certificate for this profile."));
    }
    m_certAdvice->setTextFormat(Qt::RichText);
    m_trust->setVisible(failure->canTrust());
    m_certificatePanel->show();
}

void ConnectionDialog::showFailure(const ApiClientError& error) {
    const bool mismatch =
        error.kind() == ApiClientError::Kind::Tls && error.tls() && error.tls()->kind == TlsFailure::Kind::PinMismatch;
    // Both fingerprints are in the panel below; as unbreakable 95-character words they would widen the dialog.
    showResult(false, mismatch ? tr("Secure connection to %1 refused: the server's certificate does not match the "
                                    "pinned certificate.")
                                     .arg(error.url().toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery))
                               : error.userMessage());
    showCertificate(error.kind() == ApiClientError::Kind::Tls ? error.tls() : std::nullopt);
}

void ConnectionDialog::trustCertificate() {
    if (m_busy || !m_tlsFailure || !m_tlsFailure->canTrust()) {
        return;
    }
    m_pin->setText(m_tlsFailure->certificate->fingerprint.toString());
    m_pin->setCursorPosition(0);
    connectToServer();
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
    showCertificate(std::nullopt);
    if (id.isEmpty()) {
        m_name->clear();
        m_url->setText(kDefaultUrl);
        m_key->clear();
        m_pin->clear();
        return;
    }
    const ConnectionProfile profile = m_settings.profile(id);
    m_name->setText(profile.name);
    m_url->setText(profile.url.toString());
    m_pin->setText(profile.pinnedCertificate.toString());
    m_pin->setCursorPosition(0); // the start of a fingerprint is what people compare
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
    const std::optional<CertificatePin> pin =
        m_pin->text().trimmed().isEmpty() ? CertificatePin() : CertificatePin::parse(m_pin->text());
    if (!pin) {
        showCertificate(std::nullopt);
        showResult(false, tr("The certificate pin is not a SHA-256 fingerprint: expected 32 hex byte pairs such as "
                             "AB:CD:…, as printed by openssl x509 -fingerprint -sha256."));
        emit probeFinished(false);
        return;
    }
    if (!pin->isEmpty() && url.scheme() != QLatin1String("https")) {
        // A pin on a plain-HTTP URL would protect nothing while looking as if it did.
        showCertificate(std::nullopt);
        showResult(false, tr("A certificate pin needs an https:// server URL."));
        emit probeFinished(false);
        return;
    }
    showCertificate(std::nullopt);
    m_busy = true;
    m_test->setEnabled(false);
    m_connect->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1…").arg(url.toDisplayString()));
    m_client->setServerUrl(url);
    m_client->setPinnedCertificate(*pin);
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
            showFailure(error);
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
        profile.pinnedCertificate = m_client->pinnedCertificate();
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
