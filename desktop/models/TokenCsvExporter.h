#pragma once

#include "api/ApiQueries.h"

#include <QObject>
#include <QSaveFile>

#include <algorithm>
#include <memory>

namespace wither::desktop {

class ApiClient;
class ApiClientError;

/// Writes every token matching a query to a CSV file, paging through the server 1000 at a time so that large
/// exports never block the window. The file appears only when the export completed (QSaveFile).
class TokenCsvExporter : public QObject {
    Q_OBJECT
public:
    TokenCsvExporter(ApiClient* client, QObject* parent = nullptr);

    /// Starts the export; `finished` reports the outcome.
    void start(const TokenQuery& query, const QString& path);
    /// Writes the given tokens at once (the selected rows).
    static bool write(const std::vector<Token>& tokens, const QString& path, QString* error);
    void cancel();
    /// Tokens per request (1–1000, default 1000).
    void setPageSize(int size) { m_pageSize = std::clamp(size, 1, 1000); }
    /// Requests sent by the last export.
    int pagesFetched() const { return m_pages; }

signals:
    void progress(qint64 written, qint64 total);
    void finished(bool ok, qint64 rows, const QString& error);

private:
    void nextPage();

    ApiClient* m_client;
    TokenQuery m_query;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
    int m_pageSize = 1000;
    int m_pages = 0;
    bool m_cancelled = false;
};

} // namespace wither::desktop
