#pragma once

#include "shared/Model.h"

#include <QDialog>
#include <QUrl>

#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTabWidget;

namespace wither::desktop {

class ApiClient;
class ApiClientError;
class MessageBar;

/// The guide's Steps 1–3: choose project, duration (with the guide's presets) and request limit, generate,
/// then show the secret once with a Copy button, the "copy it now" warning and ready-to-use snippets. The
/// dialog does not close over an uncopied secret without a deliberate confirmation.
class GenerateTokenDialog : public QDialog {
    Q_OBJECT
public:
    GenerateTokenDialog(ApiClient* client, QWidget* parent = nullptr);

    /// Projects to offer; inactive ones are listed but cannot be chosen. `preselectId` may be empty.
    void setProjects(const std::vector<Project>& projects, const QString& preselectId = {});
    /// Base URL the snippets use for the proxy (`…/v1`).
    void setProxyUrl(const QUrl& url);

    /// The preset durations of the guide's "Duration Recommendations" table, in hours.
    struct Preset {
        QString name;
        double hours;
        QString range;
    };
    static QList<Preset> presets();

    // For tests and screenshots: the widgets a user works with.
    QComboBox* projectBox() const { return m_project; }
    QComboBox* presetBox() const { return m_preset; }
    QDoubleSpinBox* durationBox() const { return m_duration; }
    QSpinBox* maxRequestsBox() const { return m_maxRequests; }
    QLineEdit* labelEdit() const { return m_label; }
    QPushButton* generateButton() const { return m_generate; }
    QPushButton* copyButton() const { return m_copy; }
    QLineEdit* secretField() const { return m_secret; }
    QPushButton* doneButton() const { return m_done; }
    MessageBar* messageBar() const { return m_messages; }
    QTabWidget* snippetTabs() const { return m_snippets; }
    bool showsResult() const;
    bool secretCopied() const { return m_copied; }

    /// Fills the result page as if the server had answered (used by the screenshot run).
    void showResult(const CreatedToken& created);

public slots:
    void generate();
    void copySecret();
    void done(int result) override;

signals:
    void tokenCreated(const wither::Token& token);

private:
    void updatePresetFromDuration();
    void applyPreset(int index);
    void setBusy(bool busy);
    QString snippet(const QString& language) const;

    ApiClient* m_client;
    QUrl m_proxyUrl;
    QStackedWidget* m_pages;
    MessageBar* m_messages;
    QComboBox* m_project;
    QComboBox* m_preset;
    QDoubleSpinBox* m_duration;
    QSpinBox* m_maxRequests;
    QLineEdit* m_label;
    QLabel* m_expiryHint;
    QPushButton* m_generate;
    QPushButton* m_cancel;
    QLineEdit* m_secret;
    QPushButton* m_copy;
    QLabel* m_copyState;
    QLabel* m_resultInfo;
    QTabWidget* m_snippets;
    QPushButton* m_done;
    QString m_secretText;
    bool m_copied = false;
    bool m_busy = false;
};

} // namespace wither::desktop
