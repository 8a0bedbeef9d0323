#pragma once

#include "api/ApiQueries.h"
#include "api/TlsFailure.h"
#include "app/ConnectionProfile.h"

#include <QDialog>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace wither::desktop {

class ApiClient;
class ApiClientError;
class KeyStore;
class Settings;

/// Chooses the server: saved profiles, URL (default `http://127.0.0.1:8080`) and management key, "Test
/// connection" (health, an authenticated stats call, the key's role) with a precise failure (unreachable, TLS,
/// 401, not a Wither server), and a note saying where the key is kept. A TLS failure shows the server's
/// certificate (problems, subject, issuer, validity, SHA-256 fingerprint) and offers to trust exactly that
/// certificate by pinning it in the profile; a pin can be pasted or cleared here too.
class ConnectionDialog : public QDialog {
    Q_OBJECT
public:
    ConnectionDialog(Settings& settings, KeyStore& keys, QWidget* parent = nullptr);

    /// Prefills URL and key (command line, environment).
    void setInitial(const QUrl& url, const QString& key);

    QComboBox* profileBox() const { return m_profiles; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* urlEdit() const { return m_url; }
    QLineEdit* keyEdit() const { return m_key; }
    /// The pinned certificate's fingerprint; empty for verification against the system CA store.
    QLineEdit* pinEdit() const { return m_pin; }
    QPushButton* clearPinButton() const { return m_clearPin; }
    /// Shown on a TLS failure: what is wrong and which certificate the server presented.
    QGroupBox* certificatePanel() const { return m_certificatePanel; }
    /// "Trust This Certificate": pins the presented certificate and connects; only for an untrusted certificate.
    QPushButton* trustButton() const { return m_trust; }
    /// The TLS failure of the last attempt, if it was one.
    const std::optional<TlsFailure>& tlsFailure() const { return m_tlsFailure; }
    QPushButton* testButton() const { return m_test; }
    QPushButton* connectButton() const { return m_connect; }
    /// The outcome of the last test or connect attempt.
    QString resultText() const;
    QString keyStorageNote() const;

    ConnectionProfile chosenProfile() const { return m_chosen; }
    QString chosenKey() const { return m_chosenKey; }
    ServerInfo serverInfo() const { return m_info; }

    /// Shows why an attempt failed (also one made before the dialog opened), with the certificate for TLS.
    void showFailure(const ApiClientError& error);

public slots:
    void testConnection();
    void connectToServer();
    /// Pins the certificate of the last TLS failure in the profile and connects with it.
    void trustCertificate();

signals:
    /// A test or connect attempt finished.
    void probeFinished(bool ok);

private:
    void loadProfile(int index);
    void probe(std::function<void(const ServerInfo&)> onSuccess);
    void showResult(bool ok, const QString& text);
    void updateKeyNote();
    void showCertificate(const std::optional<TlsFailure>& failure);
    QWidget* buildCertificatePanel();

    Settings& m_settings;
    KeyStore& m_keys;
    ApiClient* m_client;
    QComboBox* m_profiles;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_key;
    QLabel* m_keyNote;
    QLineEdit* m_pin;
    QPushButton* m_clearPin;
    QLabel* m_result;
    QGroupBox* m_certificatePanel;
    QLabel* m_certSubject;
    QLabel* m_certIssuer;
    QLabel* m_certValidity;
    QLabel* m_certFingerprint;
    QLabel* m_certPinned;
    QLabel* m_certAdvice;
    QPushButton* m_trust;
    QPushButton* m_test;
    QPushButton* m_connect;
    ConnectionProfile m_chosen;
    QString m_chosenKey;
    ServerInfo m_info;
    std::optional<TlsFailure> m_tlsFailure;
    bool m_busy = false;
};

} // namespace wither::desktop
