#include "api/ApiClient.h"

#include "api/TimeConvert.h"

#include "shared/Codec.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>

#include <algorithm>

#include <string_view>

namespace wither::desktop {

namespace {

constexpr auto kAbortedProperty = "witherAborted";

std::string_view view(const QByteArray& bytes) {
    return std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size()));
}

QByteArray toBody(const std::string& json) {
    return QByteArray::fromStdString(json);
}

template <typename T>
T decodeBody(const QByteArray& body) {
    return decodeJson<T>(view(body));
}

/// A pin vouches for the server's identity, so it stands in for the chain of trust, the host name and the
/// validity period; it never overrides a certificate its issuer has revoked or that Qt blacklists.
bool pinSupersedes(QSslError::SslError error) {
    switch (error) {
    case QSslError::CertificateRevoked:
    case QSslError::CertificateBlacklisted:
    case QSslError::NoPeerCertificate:
    case QSslError::NoSslSupport:
    case QSslError::UnspecifiedError:
        return false;
    default:
        return true;
    }
}

/// The server's own certificate: the head of the peer chain, else the one the errors name.
QSslCertificate leafOf(const QNetworkReply& reply, const QList<QSslError>& errors) {
    const QSslConfiguration configuration = reply.sslConfiguration();
    if (!configuration.peerCertificate().isNull()) {
        return configuration.peerCertificate();
    }
    if (!configuration.peerCertificateChain().isEmpty()) {
        return configuration.peerCertificateChain().first();
    }
    for (const QSslError& error : errors) {
        if (!error.certificate().isNull()) {
            return error.certificate();
        }
    }
    return QSslCertificate();
}

} // namespace

QString toQueryValue(TokenSortKey key) {
    switch (key) {
    case TokenSortKey::CreatedAt:
        return QStringLiteral("created_at");
    case TokenSortKey::ExpiresAt:
        return QStringLiteral("expires_at");
    case TokenSortKey::RequestCount:
        return QStringLiteral("request_count");
    case TokenSortKey::Status:
        return QStringLiteral("status");
    case TokenSortKey::LastUsedAt:
        return QStringLiteral("last_used_at");
    }
    return QStringLiteral("created_at");
}

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this)) {
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient() = default;

void ApiClient::setServerUrl(const QUrl& url) {
    m_base = url;
    // A trailing slash would double up with the absolute API paths.
    QString path = m_base.path();
    while (path.endsWith(QLatin1Char('/'))) {
        path.chop(1);
    }
    m_base.setPath(path);
}

void ApiClient::setPinnedCertificate(const CertificatePin& pin) {
    if (pin == m_pin) {
        return;
    }
    m_pin = pin;
    // Kept-alive connections were accepted under the old pin; none may carry a request under the new one.
    m_network->clearConnectionCache();
}

void ApiClient::setManagementKey(const QString& key) {
    m_key = key.trimmed();
}

QUrl ApiClient::urlFor(const QString& path, const QUrlQuery& query) const {
    QUrl url = m_base;
    url.setPath(m_base.path() + path);
    if (!query.isEmpty()) {
        url.setQuery(query);
    }
    return url;
}

void ApiClient::send(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QByteArray& body,
                     QObject* context, Decoder onSuccess, Failed failed, bool authenticated) {
    if (!failed) {
        failed = [](const ApiClientError&) {};
    }
    QNetworkRequest request(urlFor(path, query));
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArray("wither-admin/" WITHER_VERSION));
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty()) {
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    }
    if (authenticated) {
        request.setRawHeader("Authorization", "Bearer " + m_key.toUtf8());
    }
    request.setTransferTimeout(m_timeoutMs);

    QNetworkReply* reply = m_network->sendCustomRequest(request, verb, body);
    ++m_pending;
    emit pendingRequestsChanged(m_pending);

    watchTls(reply);
    const QPointer<QObject> guard(context);
    const bool hadContext = context != nullptr;
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, guard, hadContext, onSuccess = std::move(onSuccess), failed = std::move(failed)] {
                finish(reply, guard, hadContext, onSuccess, failed);
            });
}

void ApiClient::watchTls(QNetworkReply* reply) {
    // The pin of the moment the request was sent; changing it clears the connection cache.
    const CertificatePin pin = m_pin;
    connect(reply, &QNetworkReply::sslErrors, reply, [this, reply, pin](const QList<QSslError>& errors) {
        const QSslCertificate leaf = leafOf(*reply, errors);
        if (!pin.isEmpty()) {
            if (!pin.matches(leaf)) {
                m_tlsFailures[reply] = TlsFailure::mismatch(pin, leaf);
                return;
            }
            const bool allSuperseded =
                std::all_of(errors.begin(), errors.end(), [](const QSslError& e) { return pinSupersedes(e.error()); });
            if (allSuperseded) {
                // Exactly these errors, for exactly this certificate: the handshake continues.
                reply->ignoreSslErrors(errors);
                return;
            }
        }
        TlsFailure failure = TlsFailure::untrusted(errors, leaf);
        failure.pinned = pin; // a revoked pinned certificate: trusting it again would change nothing
        m_tlsFailures[reply] = std::move(failure);
    });
    if (pin.isEmpty()) {
        return;
    }
    // A certificate that verifies against the CA store raises no sslErrors; the pin is checked here, after the
    // handshake and before the request (and its management key) is written.
    connect(reply, &QNetworkReply::encrypted, reply, [this, reply, pin] {
        const QSslCertificate leaf = reply->sslConfiguration().peerCertificate();
        if (!pin.matches(leaf)) {
            m_tlsFailures[reply] = TlsFailure::mismatch(pin, leaf);
            reply->abort();
        }
    });
}

void ApiClient::finish(QNetworkReply* reply, const QPointer<QObject>& context, bool hadContext,
                       const Decoder& onSuccess, const Failed& failed) {
    reply->deleteLater();
    --m_pending;
    emit pendingRequestsChanged(m_pending);

    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.body = reply->isOpen() ? reply->readAll() : QByteArray();
    response.totalCountHeader = reply->rawHeader("X-Total-Count");
    const QUrl url = reply->request().url();

    std::optional<ApiClientError> error;
    const auto tlsFailure = m_tlsFailures.find(reply);
    if (tlsFailure != m_tlsFailures.end()) {
        error = ApiClientError(ApiClientError::Kind::Tls, tlsFailure->second.summary());
        error->setTls(std::move(tlsFailure->second));
        m_tlsFailures.erase(tlsFailure);
        emit connectionStateChanged(false);
    } else if (response.status == 0) {
        if (reply->property(kAbortedProperty).toBool()) {
            error = ApiClientError(ApiClientError::Kind::Cancelled, tr("cancelled"));
        } else if (reply->error() == QNetworkReply::SslHandshakeFailedError) {
            TlsFailure failure;
            failure.problems << reply->errorString();
            error = ApiClientError(ApiClientError::Kind::Tls, failure.summary());
            error->setTls(std::move(failure));
        } else if (reply->error() == QNetworkReply::OperationCanceledError ||
                   reply->error() == QNetworkReply::TimeoutError) {
            error = ApiClientError(ApiClientError::Kind::Network, tr("no answer within %1 s").arg(m_timeoutMs / 1000));
        } else {
            error = ApiClientError(ApiClientError::Kind::Network, reply->errorString());
        }
        if (error->kind() != ApiClientError::Kind::Cancelled) {
            emit connectionStateChanged(false);
        }
    } else {
        emit connectionStateChanged(true);
        if (response.status >= 400) {
            try {
                const ErrorBody body = decodeBody<ErrorBody>(response.body);
                error = ApiClientError::http(response.status, QString::fromStdString(body.code),
                                             QString::fromStdString(body.error));
            } catch (const std::exception&) {
                error = ApiClientError::http(
                    response.status, QString(),
                    tr("HTTP %1 %2")
                        .arg(response.status)
                        .arg(reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString()));
            }
        }
    }

    if (hadContext && context.isNull()) {
        return; // whoever asked is gone
    }
    if (error) {
        error->setUrl(url);
        failed(*error);
        return;
    }
    try {
        onSuccess(response);
    } catch (const std::exception& e) {
        // DecodeError names the field; nlohmann's own errors (an object where an array belongs) say what broke.
        ApiClientError decodeError(ApiClientError::Kind::Protocol, QString::fromUtf8(e.what()));
        decodeError.setUrl(url);
        failed(decodeError);
    }
}

template <typename T>
void ApiClient::call(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QByteArray& body,
                     QObject* context, Done<T> done, Failed failed) {
    send(
        verb, path, query, body, context,
        [done = std::move(done)](const Response& response) {
            T value = decodeBody<T>(response.body);
            if (done) {
                done(std::move(value));
            }
        },
        std::move(failed));
}

void ApiClient::abortAll() {
    const auto replies = m_network->findChildren<QNetworkReply*>();
    for (QNetworkReply* reply : replies) {
        if (reply->isRunning()) {
            reply->setProperty(kAbortedProperty, true);
            reply->abort();
        }
    }
}

// ---- server -----------------------------------------------------------------------------------------------

void ApiClient::health(QObject* context, Done<Health> done, Failed failed) {
    if (!failed) {
        failed = [](const ApiClientError&) {};
    }
    send(
        "GET", QStringLiteral("/health"), {}, {}, context,
        [done = std::move(done)](const Response& response) {
            Health health;
            try {
                health = decodeBody<Health>(response.body);
            } catch (const std::exception& e) {
                throw DecodeError(
                    "health",
                    tr("GET /health did not answer like Wither (%1)").arg(QString::fromUtf8(e.what())).toStdString());
            }
            if (done) {
                done(std::move(health));
            }
        },
        [failed](const ApiClientError& error) {
            // /health needs no key: any HTTP error here means something else is listening (or the database is
            // down, which Wither reports as 503 with a health body).
            if (error.kind() == ApiClientError::Kind::Http && error.httpStatus() != 503) {
                ApiClientError wrong(ApiClientError::Kind::WrongServer,
                                     tr("GET /health answered HTTP %1").arg(error.httpStatus()));
                wrong.setUrl(error.url());
                failed(wrong);
                return;
            }
            failed(error);
        },
        false);
}

void ApiClient::probe(QObject* context, Done<ServerInfo> done, Failed failed) {
    if (!failed) {
        failed = [](const ApiClientError&) {};
    }
    const QPointer<QObject> guard(context);
    health(
        context,
        [this, guard, context, done, failed](Health health) {
            if (health.version.empty()) {
                ApiClientError wrong(ApiClientError::Kind::WrongServer, tr("/health carries no Wither version"));
                wrong.setUrl(urlFor(QStringLiteral("/health"), {}));
                failed(wrong);
                return;
            }
            stats(
                context,
                [this, context, health, done, failed](const Stats&) {
                    listKeys(
                        context,
                        [health, done](const std::vector<ManagementKey>&) {
                            done(ServerInfo{health, Role::Admin});
                        },
                        [health, done, failed](const ApiClientError& error) {
                            if (error.isForbidden()) {
                                done(ServerInfo{health, Role::Auditor});
                            } else {
                                failed(error);
                            }
                        });
                },
                failed);
        },
        [failed](const ApiClientError& error) {
            if (error.kind() == ApiClientError::Kind::Protocol) {
                ApiClientError wrong(ApiClientError::Kind::WrongServer, error.message());
                wrong.setUrl(error.url());
                failed(wrong);
                return;
            }
            failed(error);
        });
}

void ApiClient::stats(QObject* context, Done<Stats> done, Failed failed) {
    call<Stats>("GET", QStringLiteral("/manage/stats"), {}, {}, context, std::move(done), std::move(failed));
}

// ---- projects ---------------------------------------------------------------------------------------------

void ApiClient::listProjects(const ProjectQuery& query, QObject* context, Done<std::vector<Project>> done,
                             Failed failed) {
    QUrlQuery q;
    if (!query.search.isEmpty()) {
        q.addQueryItem(QStringLiteral("search"), query.search);
    }
    if (query.isActive) {
        q.addQueryItem(QStringLiteral("is_active"), *query.isActive ? QStringLiteral("true") : QStringLiteral("false"));
    }
    call<std::vector<Project>>("GET", QStringLiteral("/manage/projects"), q, {}, context, std::move(done),
                               std::move(failed));
}

void ApiClient::project(const QString& id, QObject* context, Done<Project> done, Failed failed) {
    call<Project>("GET", QStringLiteral("/manage/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {}, {},
                  context, std::move(done), std::move(failed));
}

void ApiClient::createProject(const CreateProjectRequest& request, QObject* context, Done<Project> done,
                              Failed failed) {
    call<Project>("POST", QStringLiteral("/manage/projects"), {}, toBody(encodeJson(request)), context, std::move(done),
                  std::move(failed));
}

void ApiClient::updateProject(const QString& id, const UpdateProjectRequest& request, QObject* context,
                              Done<Project> done, Failed failed) {
    call<Project>("PATCH", QStringLiteral("/manage/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
                  toBody(encodeJson(request)), context, std::move(done), std::move(failed));
}

void ApiClient::revokeProjectTokens(const QString& id, QObject* context, Done<ProjectRevokeResult> done,
                                    Failed failed) {
    call<ProjectRevokeResult>("POST",
                              QStringLiteral("/manage/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(id)) +
                                  QStringLiteral("/tokens/revoke"),
                              {}, {}, context, std::move(done), std::move(failed));
}

// ---- tokens -----------------------------------------------------------------------------------------------

void ApiClient::listTokens(const TokenQuery& query, QObject* context, Done<TokenPage> done, Failed failed) {
    QUrlQuery q;
    if (!query.projectId.isEmpty()) {
        q.addQueryItem(QStringLiteral("project_id"), query.projectId);
    }
    if (query.statuses.isEmpty()) {
        q.addQueryItem(QStringLiteral("status"), QStringLiteral("all"));
    } else {
        QStringList statuses;
        for (TokenStatus status : query.statuses) {
            statuses << QString::fromLatin1(toString(status));
        }
        q.addQueryItem(QStringLiteral("status"), statuses.join(QLatin1Char(',')));
    }
    if (!query.search.isEmpty()) {
        q.addQueryItem(QStringLiteral("search"), query.search);
    }
    q.addQueryItem(QStringLiteral("sort"), toQueryValue(query.sort));
    q.addQueryItem(QStringLiteral("order"),
                   query.order == Qt::AscendingOrder ? QStringLiteral("asc") : QStringLiteral("desc"));
    q.addQueryItem(QStringLiteral("limit"), QString::number(query.limit));
    q.addQueryItem(QStringLiteral("offset"), QString::number(query.offset));
    send(
        "GET", QStringLiteral("/manage/tokens"), q, {}, context,
        [done = std::move(done)](const Response& response) {
            TokenPage page;
            page.tokens = decodeBody<std::vector<Token>>(response.body);
            bool ok = false;
            page.totalCount = response.totalCountHeader.toLongLong(&ok);
            if (!ok) {
                throw DecodeError("X-Total-Count", "the token list came without a valid X-Total-Count header");
            }
            if (done) {
                done(std::move(page));
            }
        },
        std::move(failed));
}

void ApiClient::token(const QString& id, QObject* context, Done<Token> done, Failed failed) {
    call<Token>("GET", QStringLiteral("/manage/tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {}, {},
                context, std::move(done), std::move(failed));
}

void ApiClient::createToken(const CreateTokenRequest& request, QObject* context, Done<CreatedToken> done,
                            Failed failed) {
    call<CreatedToken>("POST", QStringLiteral("/manage/tokens"), {}, toBody(encodeJson(request)), context,
                       std::move(done), std::move(failed));
}

void ApiClient::updateToken(const QString& id, const UpdateTokenRequest& request, QObject* context, Done<Token> done,
                            Failed failed) {
    call<Token>("PATCH", QStringLiteral("/manage/tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {},
                toBody(encodeJson(request)), context, std::move(done), std::move(failed));
}

void ApiClient::revokeToken(const QString& id, QObject* context, Done<Nothing> done, Failed failed) {
    send(
        "DELETE", QStringLiteral("/manage/tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {}, {}, context,
        [done = std::move(done)](const Response&) {
            if (done) {
                done(Nothing{});
            }
        },
        std::move(failed));
}

void ApiClient::revokeTokens(const QStringList& ids, QObject* context, Done<BulkRevokeResult> done, Failed failed) {
    BulkRevokeRequest request;
    for (const QString& id : ids) {
        request.ids.push_back(id.toStdString());
    }
    call<BulkRevokeResult>("POST", QStringLiteral("/manage/tokens/revoke"), {}, toBody(encodeJson(request)), context,
                           std::move(done), std::move(failed));
}

// ---- usage ------------------------------------------------------------------------------------------------

void ApiClient::usage(const UsageQuery& query, QObject* context, Done<UsageSeries> done, Failed failed) {
    QString path;
    switch (query.scope) {
    case UsageQuery::Scope::All:
        path = QStringLiteral("/manage/usage");
        break;
    case UsageQuery::Scope::Token:
        path = QStringLiteral("/manage/tokens/") + QString::fromLatin1(QUrl::toPercentEncoding(query.id)) +
               QStringLiteral("/usage");
        break;
    case UsageQuery::Scope::Project:
        path = QStringLiteral("/manage/projects/") + QString::fromLatin1(QUrl::toPercentEncoding(query.id)) +
               QStringLiteral("/usage");
        break;
    }
    QUrlQuery q;
    if (query.from.isValid()) {
        q.addQueryItem(QStringLiteral("from"), toWireTimestamp(query.from));
    }
    if (query.to.isValid()) {
        q.addQueryItem(QStringLiteral("to"), toWireTimestamp(query.to));
    }
    q.addQueryItem(QStringLiteral("bucket"), QString::fromLatin1(toString(query.bucket)));
    call<UsageSeries>("GET", path, q, {}, context, std::move(done), std::move(failed));
}

// ---- audit ------------------------------------------------------------------------------------------------

namespace {

QUrlQuery auditFilters(const AuditQuery& query) {
    QUrlQuery q;
    const auto add = [&q](const char* name, const QString& value) {
        if (!value.isEmpty()) {
            q.addQueryItem(QString::fromLatin1(name), value);
        }
    };
    add("action", query.action);
    add("outcome", query.outcome);
    add("actor", query.actor);
    add("project_id", query.projectId);
    add("token_id", query.tokenId);
    add("client_ip", query.clientIp);
    add("search", query.search);
    if (query.from.isValid()) {
        add("from", toWireTimestamp(query.from));
    }
    if (query.to.isValid()) {
        add("to", toWireTimestamp(query.to));
    }
    return q;
}

} // namespace

void ApiClient::auditEvents(const AuditQuery& query, QObject* context, Done<AuditPage> done, Failed failed) {
    QUrlQuery q = auditFilters(query);
    q.addQueryItem(QStringLiteral("page"), QString::number(query.page));
    q.addQueryItem(QStringLiteral("page_size"), QString::number(query.pageSize));
    call<AuditPage>("GET", QStringLiteral("/manage/audit"), q, {}, context, std::move(done), std::move(failed));
}

void ApiClient::auditEvent(const QString& id, QObject* context, Done<AuditEvent> done, Failed failed) {
    call<AuditEvent>("GET", QStringLiteral("/manage/audit/") + QString::fromLatin1(QUrl::toPercentEncoding(id)), {}, {},
                     context, std::move(done), std::move(failed));
}

void ApiClient::verifyAudit(QObject* context, Done<AuditVerifyResult> done, Failed failed) {
    call<AuditVerifyResult>("GET", QStringLiteral("/manage/audit/verify"), {}, {}, context, std::move(done),
                            std::move(failed));
}

void ApiClient::exportAudit(const AuditQuery& query, AuditExportFormat format, QObject* context, Done<QByteArray> done,
                            Failed failed) {
    QUrlQuery q = auditFilters(query);
    q.addQueryItem(QStringLiteral("format"),
                   format == AuditExportFormat::Csv ? QStringLiteral("csv") : QStringLiteral("jsonl"));
    send(
        "GET", QStringLiteral("/manage/audit/export"), q, {}, context,
        [done = std::move(done)](const Response& response) {
            if (done) {
                done(response.body);
            }
        },
        std::move(failed));
}

// ---- management keys --------------------------------------------------------------------------------------

void ApiClient::listKeys(QObject* context, Done<std::vector<ManagementKey>> done, Failed failed) {
    call<std::vector<ManagementKey>>("GET", QStringLiteral("/manage/keys"), {}, {}, context, std::move(done),
                                     std::move(failed));
}

void ApiClient::createKey(const CreateKeyRequest& request, QObject* context, Done<CreatedManagementKey> done,
                          Failed failed) {
    call<CreatedManagementKey>("POST", QStringLiteral("/manage/keys"), {}, toBody(encodeJson(request)), context,
                               std::move(done), std::move(failed));
}

} // namespace wither::desktop
