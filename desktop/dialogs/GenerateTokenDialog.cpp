#include "dialogs/GenerateTokenDialog.h"

#include "api/ApiClient.h"
#include "api/TimeConvert.h"
#include "dialogs/MessageBox.h"
#include "models/TimeFormat.h"
#include "style/Icons.h"
#include "style/StatusPalette.h"
#include "views/MessageBar.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace wither::desktop {

namespace {
constexpr int kProjectIdRole = Qt::UserRole;
} // namespace

QList<GenerateTokenDialog::Preset> GenerateTokenDialog::presets() {
    return {
        {tr("One-time testing"), 4, tr("1–4 hours")},
        {tr("Development session"), 24, tr("24 hours")},
        {tr("CI/CD pipeline"), 8, tr("4–8 hours")},
        {tr("Weekly batch job"), 168, tr("168 hours (7 days)")},
        {tr("Long-running service"), 720, tr("720 hours (30 days)")},
    };
}

GenerateTokenDialog::GenerateTokenDialog(ApiClient* client, QWidget* parent)
    : QDialog(parent)
    , m_client(client)
    , m_pages(new QStackedWidget(this))
    , m_messages(new MessageBar(this))
    , m_project(new QComboBox(this))
    , m_preset(new QComboBox(this))
    , m_duration(new QDoubleSpinBox(this))
    , m_maxRequests(new QSpinBox(this))
    , m_label(new QLineEdit(this))
    , m_expiryHint(new QLabel(this))
    , m_generate(new QPushButton(tr("Generate Token"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_secret(new QLineEdit(this))
    , m_copy(new QPushButton(Icons::icon(QStringLiteral("copy")), tr("Copy"), this))
    , m_copyState(new QLabel(this))
    , m_resultInfo(new QLabel(this))
    , m_snippets(new QTabWidget(this))
    , m_done(new QPushButton(tr("Done"), this)) {
    setWindowTitle(tr("Generate Token"));
    setObjectName(QStringLiteral("generateTokenDialog"));
    setMinimumWidth(560);

    // ---- form page ----
    auto* form = new QWidget(this);
    auto* formLayout = new QFormLayout;
    formLayout->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_project->setObjectName(QStringLiteral("projectBox"));
    m_project->setModel(new QStandardItemModel(m_project));
    formLayout->addRow(tr("&Project:"), m_project);

    m_preset->addItem(tr("Custom"), 0.0);
    for (const Preset& preset : presets()) {
        m_preset->addItem(tr("%1 — %2").arg(preset.name, preset.range), preset.hours);
    }
    formLayout->addRow(tr("Use &case:"), m_preset);

    m_duration->setRange(0.01, 8760);
    m_duration->setDecimals(2);
    m_duration->setValue(24);
    m_duration->setSuffix(tr(" h", "hours suffix"));
    m_duration->setToolTip(tr("Token lifetime in hours (required, default 24, at most 8760 = 365 days)"));
    formLayout->addRow(tr("&Duration (hours):"), m_duration);
    m_expiryHint->setObjectName(QStringLiteral("hint"));
    formLayout->addRow(QString(), m_expiryHint);

    m_maxRequests->setRange(0, std::numeric_limits<int>::max());
    m_maxRequests->setSpecialValueText(tr("Unlimited"));
    m_maxRequests->setToolTip(tr("Request limit (0 = unlimited)"));
    m_maxRequests->setGroupSeparatorShown(true);
    formLayout->addRow(tr("&Max Requests:"), m_maxRequests);

    m_label->setPlaceholderText(tr("optional, e.g. \"CI pipeline\""));
    m_label->setMaxLength(static_cast<int>(kMaxLabelLength));
    formLayout->addRow(tr("&Label:"), m_label);

    auto* formButtons = new QDialogButtonBox(this);
    m_generate->setDefault(true);
    m_generate->setIcon(Icons::icon(QStringLiteral("add")));
    formButtons->addButton(m_generate, QDialogButtonBox::AcceptRole);
    formButtons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    auto* formPage = new QVBoxLayout(form);
    formPage->setContentsMargins(0, 0, 0, 0);
    formPage->addLayout(formLayout);
    formPage->addStretch();
    formPage->addWidget(formButtons);
    m_pages->addWidget(form);

    // ---- result page ----
    auto* result = new QWidget(this);
    auto* resultLayout = new QVBoxLayout(result);
    resultLayout->setContentsMargins(0, 0, 0, 0);
    auto* heading = new QLabel(tr("<b>Token generated</b>"), result);
    resultLayout->addWidget(heading);
    auto* warning = new QLabel(tr("Copy the token immediately! It is only shown once."), result);
    warning->setObjectName(QStringLiteral("copyWarning"));
    warning->setWordWrap(true);
    const QColor warnColor = StatusPalette::forApplication().statusColor(TokenStatus::Expired);
    warning->setStyleSheet(QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(warnColor.name()));
    resultLayout->addWidget(warning);
    auto* secretRow = new QHBoxLayout;
    m_secret->setReadOnly(true);
    m_secret->setObjectName(QStringLiteral("secretField"));
    m_secret->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_secret->setMinimumWidth(m_secret->fontMetrics().horizontalAdvance(QStringLiteral("sk-wt-")) * 7);
    secretRow->addWidget(m_secret, 1);
    m_copy->setObjectName(QStringLiteral("copyButton"));
    secretRow->addWidget(m_copy);
    resultLayout->addLayout(secretRow);
    m_copyState->setObjectName(QStringLiteral("copyState"));
    resultLayout->addWidget(m_copyState);
    m_resultInfo->setWordWrap(true);
    m_resultInfo->setTextFormat(Qt::RichText);
    resultLayout->addWidget(m_resultInfo);
    auto* snippetLabel = new QLabel(tr("Use it with any OpenAI SDK — the token is the API key:"), result);
    resultLayout->addWidget(snippetLabel);
    for (const QString& language : {QStringLiteral("curl"), QStringLiteral("Python"), QStringLiteral("Node.js")}) {
        auto* text = new QPlainTextEdit(m_snippets);
        text->setReadOnly(true);
        text->setObjectName(language);
        text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        text->setLineWrapMode(QPlainTextEdit::NoWrap);
        text->setMinimumHeight(text->fontMetrics().lineSpacing() * 6);
        m_snippets->addTab(text, language);
    }
    resultLayout->addWidget(m_snippets, 1);
    auto* resultButtons = new QDialogButtonBox(this);
    resultButtons->addButton(m_done, QDialogButtonBox::AcceptRole);
    resultLayout->addWidget(resultButtons);
    m_pages->addWidget(result);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_pages, 1);

    connect(m_preset, &QComboBox::activated, this, &GenerateTokenDialog::applyPreset);
    connect(m_duration, &QDoubleSpinBox::valueChanged, this, &GenerateTokenDialog::updatePresetFromDuration);
    connect(m_generate, &QPushButton::clicked, this, &GenerateTokenDialog::generate);
    connect(m_cancel, &QPushButton::clicked, this, &GenerateTokenDialog::reject);
    connect(m_copy, &QPushButton::clicked, this, &GenerateTokenDialog::copySecret);
    connect(m_done, &QPushButton::clicked, this, &GenerateTokenDialog::accept);
    updatePresetFromDuration();
}

void GenerateTokenDialog::setProjects(const std::vector<Project>& projects, const QString& preselectId) {
    auto* model = static_cast<QStandardItemModel*>(m_project->model());
    model->clear();
    int preselected = -1;
    int firstActive = -1;
    for (const Project& project : projects) {
        const QString id = QString::fromStdString(project.id);
        auto* item = new QStandardItem(QString::fromStdString(project.name));
        item->setData(id, kProjectIdRole);
        if (!project.isActive) {
            item->setText(tr("%1 (inactive)").arg(QString::fromStdString(project.name)));
            item->setFlags(item->flags() & ~(Qt::ItemIsEnabled | Qt::ItemIsSelectable));
            item->setToolTip(tr("Cannot generate tokens for inactive project. Activate the project first."));
        }
        model->appendRow(item);
        if (project.isActive && firstActive < 0) {
            firstActive = model->rowCount() - 1;
        }
        if (project.isActive && id == preselectId) {
            preselected = model->rowCount() - 1;
        }
    }
    // An inactive (or unknown) preselection falls back to the first project that can have tokens.
    const int select = preselected >= 0 ? preselected : firstActive;
    m_project->setCurrentIndex(select);
    m_generate->setEnabled(select >= 0);
    if (select < 0 && !projects.empty()) {
        m_messages->showWarning(tr("Every project is inactive. Activate a project before generating tokens."));
    } else if (projects.empty()) {
        m_messages->showWarning(tr("There are no projects yet. Create a project first."));
    }
}

void GenerateTokenDialog::setProxyUrl(const QUrl& url) {
    m_proxyUrl = url;
}

bool GenerateTokenDialog::showsResult() const {
    return m_pages->currentIndex() == 1;
}

void GenerateTokenDialog::applyPreset(int index) {
    const double hours = m_preset->itemData(index).toDouble();
    if (hours > 0) {
        m_duration->setValue(hours);
    }
}

void GenerateTokenDialog::updatePresetFromDuration() {
    const double hours = m_duration->value();
    int match = 0;
    for (int i = 1; i < m_preset->count(); ++i) {
        if (std::abs(m_preset->itemData(i).toDouble() - hours) < 1e-9) {
            match = i;
            break;
        }
    }
    m_preset->setCurrentIndex(match);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime expires = now.addSecs(static_cast<qint64>(std::llround(hours * 3600)));
    m_expiryHint->setText(
        tr("Expires %1 (in %2)").arg(TimeFormat::local(expires), TimeFormat::duration(now.secsTo(expires))));
}

void GenerateTokenDialog::setBusy(bool busy) {
    m_busy = busy;
    m_generate->setEnabled(!busy && m_project->currentIndex() >= 0);
    m_generate->setText(busy ? tr("Generating…") : tr("Generate Token"));
}

void GenerateTokenDialog::generate() {
    if (m_busy) {
        return;
    }
    const QString projectId = m_project->currentData(kProjectIdRole).toString();
    if (projectId.isEmpty()) {
        m_messages->showError(tr("Select the parent project."));
        return;
    }
    CreateTokenRequest request;
    request.projectId = projectId.toStdString();
    request.duration.hours = m_duration->value();
    if (m_maxRequests->value() > 0) {
        request.maxRequests = m_maxRequests->value();
    }
    if (!m_label->text().trimmed().isEmpty()) {
        request.label = m_label->text().trimmed().toStdString();
    }
    m_messages->clear();
    setBusy(true);
    m_client->createToken(
        request, this,
        [this](CreatedToken created) {
            setBusy(false);
            showResult(created);
            emit tokenCreated(created.token);
        },
        [this](const ApiClientError& error) {
            setBusy(false);
            m_messages->showError(error.userMessage());
        });
}

void GenerateTokenDialog::showResult(const CreatedToken& created) {
    m_secretText = QString::fromStdString(created.tokenSecret);
    m_secret->setText(m_secretText);
    m_copied = false;
    m_copyState->setText(tr("Not copied yet."));
    const Token& t = created.token;
    const QDateTime expires = toQDateTime(t.expiresAt);
    m_resultInfo->setText(
        tr("Token ID <code>%1</code> for project <b>%2</b><br>Expires %3 · Limit: %4")
            .arg(QString::fromStdString(t.id), QString::fromStdString(t.projectName).toHtmlEscaped(),
                 TimeFormat::localWithHint(expires, QDateTime::currentDateTimeUtc()),
                 t.maxRequests ? QLocale().toString(static_cast<qlonglong>(*t.maxRequests)) : tr("∞ (unlimited)")));
    const QStringList languages = {QStringLiteral("curl"), QStringLiteral("Python"), QStringLiteral("Node.js")};
    for (int i = 0; i < m_snippets->count(); ++i) {
        static_cast<QPlainTextEdit*>(m_snippets->widget(i))->setPlainText(snippet(languages.value(i)));
    }
    m_pages->setCurrentIndex(1);
    m_messages->clear();
    m_copy->setFocus();
    m_done->setDefault(false);
    m_copy->setDefault(true);
}

QString GenerateTokenDialog::snippet(const QString& language) const {
    QUrl base = m_proxyUrl.isValid() ? m_proxyUrl : m_client->serverUrl();
    const QString url = base.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash) + QStringLiteral("/v1");
    if (language == QLatin1String("curl")) {
        return QStringLiteral("curl %1/chat/completions \\\n"
                              "  -H \"Authorization: Bearer %2\" \\\n"
                              "  -H \"Content-Type: application/json\" \\\n"
                              "  -d '{\"model\": \"gpt-4o-mini\", \"messages\": [{\"role\": \"user\", \"content\": "
                              "\"Hello\"}]}'\n")
            .arg(url, m_secretText);
    }
    if (language == QLatin1String("Python")) {
        return QStringLiteral("from openai import OpenAI\n\n"
                              "client = OpenAI(base_url=\"%1\", api_key=\"%2\")\n"
                              "reply = client.chat.completions.create(\n"
                              "    model=\"gpt-4o-mini\",\n"
                              "    messages=[{\"role\": \"user\", \"content\": \"Hello\"}],\n"
                              ")\n"
                              "print(reply.choices[0].message.content)\n")
            .arg(url, m_secretText);
    }
    return QStringLiteral("import OpenAI from \"openai\";\n\n"
                          "const client = new OpenAI({ baseURL: \"%1\", apiKey: \"%2\" });\n"
                          "const reply = await client.chat.completions.create({\n"
                          "  model: \"gpt-4o-mini\",\n"
                          "  messages: [{ role: \"user\", content: \"Hello\" }],\n"
                          "});\n"
                          "console.log(reply.choices[0].message.content);\n")
        .arg(url, m_secretText);
}

void GenerateTokenDialog::copySecret() {
    if (m_secretText.isEmpty()) {
        return;
    }
    QGuiApplication::clipboard()->setText(m_secretText);
    m_copied = true;
    m_copyState->setText(tr("Copied to the clipboard."));
    m_done->setDefault(true);
}

void GenerateTokenDialog::done(int result) {
    if (m_busy) {
        return; // the answer (and maybe a secret) is on its way
    }
    if (showsResult() && !m_copied) {
        const auto answer = MessageBox::question(
            this, tr("Close without copying?"),
            tr("The token has not been copied. It is only shown once and cannot be displayed again. Close anyway?"),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close) {
            return;
        }
    }
    m_secret->clear();
    for (int i = 0; i < m_snippets->count(); ++i) {
        static_cast<QPlainTextEdit*>(m_snippets->widget(i))->clear();
    }
    m_secretText.fill(QLatin1Char('x'));
    m_secretText.clear();
    QDialog::done(result);
}

} // namespace wither::desktop
