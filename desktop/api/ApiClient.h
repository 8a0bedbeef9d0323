#pragma once

#include "api/ApiClientError.h"
#include "api/CertificatePin.h"
#include "api/ApiQueries.h"

#include "shared/Model.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <unordered_map>

class QNetworkAccessManager;
class QNetworkReply;

namespace wither::desktop {

/// The only code of wither-admin that touches the network: asynchronous calls to the management API of
/// api.md, decoded with the shared codecs into typed results. Each call takes a context object (the
/// callbacks are dropped when it is destroyed), a success callback with the typed result and a failure
/// callback with an ApiClientError.
class ApiClient : public QObject {
    Q_OBJECT
public:
    template <typename T>
    using Done = std::function<void(T)>;
    using Failed = std::function<void(const ApiClientError&)>;
    /// The result of calls that answer 204 or whose body carries nothing of interest.
    struct Nothing {};

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setServerUrl(const QUrl& url);
    QUrl serverUrl() const { return m_base; }
    void setManagementKey(const QString& key);
    bool hasManagementKey() const { return !m_key.isEmpty(); }
    /// Accepts the server only when its leaf certificate has this SHA-256 fingerprint (also when it would verify
    /// against the system CA store); verification errors the pin supersedes (self-signed, unknown issuer, host
    /// name) are then ignored for exactly that certificate. An empty pin means normal verification.
    void setPinnedCertificate(const CertificatePin& pin);
    const CertificatePin& pinnedCertificate() const { return m_pin; }
    /// Transfer timeout per request; 0 disables it.
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    /// Requests sent and not yet answered.
    int pendingRequests() const { return m_pending; }

    // ---- server ---------------------------------------------------------------------------------------
    void health(QObject* context, Done<Health> done, Failed failed);
    /// Checks the whole connection: `/health` answers like Wither, the key is accepted (`/manage/stats`), and
    /// which role the key has (`/manage/keys` is admin-only).
    void probe(QObject* context, Done<ServerInfo> done, Failed failed);
    void stats(QObject* context, Done<Stats> done, Failed failed);

    // ---- projects -------------------------------------------------------------------------------------
    void listProjects(const ProjectQuery& query, QObject* context, Done<std::vector<Project>> done, Failed failed);
    void project(const QString& id, QObject* context, Done<Project> done, Failed failed);
    void createProject(const CreateProjectRequest& request, QObject* context, Done<Project> done, Failed failed);
    void updateProject(const QString& id, const UpdateProjectRequest& request, QObject* context, Done<Project> done,
                       Failed failed);
    void revokeProjectTokens(const QString& id, QObject* context, Done<ProjectRevokeResult> done, Failed failed);

    // ---- tokens ---------------------------------------------------------------------------------------
    void listTokens(const TokenQuery& query, QObject* context, Done<TokenPage> done, Failed failed);
    void token(const QString& id, QObject* context, Done<Token> done, Failed failed);
    void createToken(const CreateTokenRequest& request, QObject* context, Done<CreatedToken> done, Failed failed);
    void updateToken(const QString& id, const UpdateTokenRequest& request, QObject* context, Done<Token> done,
                     Failed failed);
    void revokeToken(const QString& id, QObject* context, Done<Nothing> done, Failed failed);
    void revokeTokens(const QStringList& ids, QObject* context, Done<BulkRevokeResult> done, Failed failed);

    // ---- usage ----------------------------------------------------------------------------------------
    void usage(const UsageQuery& query, QObject* context, Done<UsageSeries> done, Failed failed);

    // ---- audit ----------------------------------------------------------------------------------------
    void auditEvents(const AuditQuery& query, QObject* context, Done<AuditPage> done, Failed failed);
    void auditEvent(const QString& id, QObject* context, Done<AuditEvent> done, Failed failed);
    void verifyAudit(QObject* context, Done<AuditVerifyResult> done, Failed failed);
    /// The raw export file (CSV or JSON Lines) of the events matching the query's filters.
    void exportAudit(const AuditQuery& query, AuditExportFormat format, QObject* context, Done<QByteArray> done,
                     Failed failed);

    // ---- management keys ------------------------------------------------------------------------------
    void listKeys(QObject* context, Done<std::vector<ManagementKey>> done, Failed failed);
    void createKey(const CreateKeyRequest& request, QObject* context, Done<CreatedManagementKey> done, Failed failed);

    /// Aborts every request in flight; their failure callbacks receive a Cancelled error.
    void abortAll();

signals:
    /// Emitted when the number of requests in flight changes (for busy indicators).
    void pendingRequestsChanged(int pending);
    /// Emitted for every answered request: the server is reachable (true) or not (false).
    void connectionStateChanged(bool reachable);

private:
    /// What a finished reply carried, handed to the decoders.
    struct Response {
        int status = 0;
        QByteArray body;
        QByteArray totalCountHeader;
    };
    using Decoder = std::function<void(const Response&)>;

    void send(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QByteArray& body,
              QObject* context, Decoder onSuccess, Failed failed, bool authenticated = true);
    void finish(QNetworkReply* reply, const QPointer<QObject>& context, bool hadContext, const Decoder& onSuccess,
                const Failed& failed);

    template <typename T>
    void call(const QByteArray& verb, const QString& path, const QUrlQuery& query, const QByteArray& body,
              QObject* context, Done<T> done, Failed failed);

    QUrl urlFor(const QString& path, const QUrlQuery& query) const;
    /// Applies the pin to a reply's handshake; a refused handshake leaves its TlsFailure in m_tlsFailures.
    void watchTls(QNetworkReply* reply);

    QNetworkAccessManager* m_network;
    QUrl m_base;
    QString m_key;
    int m_timeoutMs = 30000;
    int m_pending = 0;
    CertificatePin m_pin;
    /// Why the handshake of a reply in flight was refused, until the reply finishes.
    std::unordered_map<const QNetworkReply*, TlsFailure> m_tlsFailures;
};

} // namespace wither::desktop
