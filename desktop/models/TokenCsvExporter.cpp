#include "models/TokenCsvExporter.h"

#include "api/ApiClient.h"
#include "models/TokenCsv.h"

namespace wither::desktop {

TokenCsvExporter::TokenCsvExporter(ApiClient* client, QObject* parent)
    : QObject(parent)
    , m_client(client) {}

bool TokenCsvExporter::write(const std::vector<Token>& tokens, const QString& path, QString* error) {
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(TokenCsv::header());
    for (const Token& token : tokens) {
        file.write(TokenCsv::row(token));
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void TokenCsvExporter::start(const TokenQuery& query, const QString& path) {
    m_query = query;
    m_query.limit = m_pageSize;
    m_query.offset = 0;
    m_written = 0;
    m_pages = 0;
    m_cancelled = false;
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        emit finished(false, 0, m_file->errorString());
        return;
    }
    m_file->write(TokenCsv::header());
    nextPage();
}

void TokenCsvExporter::cancel() {
    m_cancelled = true;
    if (m_file) {
        m_file->cancelWriting();
    }
}

void TokenCsvExporter::nextPage() {
    ++m_pages;
    m_client->listTokens(
        m_query, this,
        [this](TokenPage page) {
            if (m_cancelled) {
                return;
            }
            for (const Token& token : page.tokens) {
                m_file->write(TokenCsv::row(token));
            }
            m_written += static_cast<qint64>(page.tokens.size());
            emit progress(m_written, page.totalCount);
            if (static_cast<int>(page.tokens.size()) == m_query.limit && m_written < page.totalCount) {
                m_query.offset = m_written;
                nextPage();
                return;
            }
            if (!m_file->commit()) {
                emit finished(false, m_written, m_file->errorString());
                return;
            }
            emit finished(true, m_written, QString());
        },
        [this](const ApiClientError& error) {
            m_file->cancelWriting();
            emit finished(false, m_written, error.userMessage());
        });
}

} // namespace wither::desktop
