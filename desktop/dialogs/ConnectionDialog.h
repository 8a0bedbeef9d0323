#pragma once

#include "api/ApiQueries.h"
#include "app/ConnectionProfile.h"

#include <QDialog>

class QComboBox;
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
/// 401, not a Wither server), and a note saying where the key is kept.
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
    QPushButton* testButton() const { return m_test; }
    QPushButton* connectButton() const { return m_connect; }
    /// The outcome of the last test or connect attempt.
    QString resultText() const;
    QString keyStorageNote() const;

    ConnectionProfile chosenProfile() const { return m_chosen; }
    QString chosenKey() const { return m_chosenKey; }
    ServerInfo serverInfo() const { return m_info; }

public slots:
    void testConnection();
    void connectToServer();

signals:
    /// A test or connect attempt finished.
    void probeFinished(bool ok);

private:
    void loadProfile(int index);
    void probe(std::function<void(const ServerInfo&)> onSuccess);
    void showResult(bool ok, const QString& text);
    void updateKeyNote();

    Settings& m_settings;
    KeyStore& m_keys;
    ApiClient* m_client;
    QComboBox* m_profiles;
    QLineEdit* m_name;
    QLineEdit* m_url;
    QLineEdit* m_key;
    QLabel* m_keyNote;
    QLabel* m_result;
    QPushButton* m_test;
    QPushButton* m_connect;
    ConnectionProfile m_chosen;
    QString m_chosenKey;
    ServerInfo m_info;
    bool m_busy = false;
};

} // namespace wither::desktop
