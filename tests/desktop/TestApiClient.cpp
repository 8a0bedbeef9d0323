#include "api/ApiClient.h"

#include "shared/SecretFormat.h"

#include "tests/desktop/support/DesktopServer.h"
#include "tests/desktop/support/DesktopTestApp.h"
#include "tests/desktop/support/TestMain.h"
#include "tests/shared/SharedTestPrinters.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace wither;
using namespace wither::desktop;
using wither::desktop::testing::DesktopServer;
using wither::desktop::testing::DesktopTestApp;

namespace {

/// A one-route HTTP server that answers every request with a fixed response, for what a real Wither never
/// sends (malformed JSON, wrong types, missing headers).
class CannedServer : public QObject {
public:
    explicit CannedServer(QByteArray response)
        : m_response(std::move(response)) {
        m_server.listen(QHostAddress::LocalHost, 0);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket* socket = m_server.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                m_request += socket->readAll();
                if (m_request.contains("\r\n\r\n")) {
                    socket->write(m_response);
                    socket->disconnectFromHost();
                }
            });
        });
    }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort())); }
    QByteArray request() const { return m_request; }

private:
    QTcpServer m_server;
    QByteArray m_response;
    QByteArray m_request;
};

QByteArray httpResponse(int status, const QByteArray& body, const QByteArray& extraHeaders = {}) {
    return "HTTP/1.1 " + QByteArray::number(status) +
           " X\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) +
           "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

template <typename T>
using Result = std::pair<std::optional<T>, std::optional<ApiClientError>>;

} // namespace

/// ApiClient against the real server: typed results, and one error type that says what failed.
class TestApiClient : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void typedResultsRoundTrip();
    void tokenListCarriesTotalCount();
    void probeReportsRole();
    void unreachableServer();
    void wrongKeyIs401();
    void serverErrorCodeAndMessage();
    void wrongServer();
    void malformedJsonIsProtocolError();
    void wrongFieldTypeNamesField();
    void missingTotalCountIsProtocolError();
    void nonJsonErrorBodyKeepsStatus();
    void abortedRequestsAreCancelled();
    void destroyedContextDropsCallbacks();
    void requestsCarryKeyAndNoKeyInUrl();

private:
    std::unique_ptr<DesktopServer> m_server;
    std::unique_ptr<DesktopTestApp> m_app;
    std::string m_projectId;
};

void TestApiClient::initTestCase() {
    m_server = std::make_unique<DesktopServer>();
    m_app = std::make_unique<DesktopTestApp>(*m_server);
    m_projectId = m_server->createProject("ApiClient Project").at("id").get<std::string>();
}

void TestApiClient::typedResultsRoundTrip() {
    ApiClient& client = m_app->client();
    CreateProjectRequest create;
    create.name = "Typed Project";
    create.apiKey = "sk-upstream-0123456789abcdef";
    create.upstreamUrl = m_server->upstreamUrl();
    create.cacheTtlSeconds = 60;
    const auto [project, projectError] = DesktopTestApp::wait<Project>(
        [&](auto done, auto failed) { client.createProject(create, nullptr, done, failed); });
    QVERIFY2(project, projectError ? qPrintable(projectError->userMessage()) : "no answer");
    QCOMPARE(project->name, std::string("Typed Project"));
    QCOMPARE(project->cacheTtlSeconds, 60);
    QVERIFY2(looksObfuscated(project->apiKey), project->apiKey.c_str());

    CreateTokenRequest request;
    request.projectId = project->id;
    request.duration.hours = 2;
    request.maxRequests = 10;
    request.label = "typed";
    const auto [created, createError] = DesktopTestApp::wait<CreatedToken>(
        [&](auto done, auto failed) { client.createToken(request, nullptr, done, failed); });
    QVERIFY(created);
    QVERIFY(isTokenSecret(created->tokenSecret));
    QCOMPARE(created->token.maxRequests, std::optional<std::int64_t>(10));
    QVERIFY(created->token.status == TokenStatus::Active);
    const QString id = QString::fromStdString(created->token.id);

    UpdateTokenRequest patch;
    patch.hasMaxRequests = true;
    patch.maxRequests = 20;
    const auto [updated, updateError] = DesktopTestApp::wait<Token>(
        [&](auto done, auto failed) { client.updateToken(id, patch, nullptr, done, failed); });
    QVERIFY(updated);
    QCOMPARE(updated->maxRequests, std::optional<std::int64_t>(20));
    QCOMPARE(updated->remaining, std::optional<std::int64_t>(20));

    const auto [revoked, revokeError] = DesktopTestApp::wait<ApiClient::Nothing>(
        [&](auto done, auto failed) { client.revokeToken(id, nullptr, done, failed); });
    QVERIFY(revoked);
    QCOMPARE(m_server->token(id.toStdString()).at("status").get<std::string>(), std::string("revoked"));

    const auto [bulk, bulkError] = DesktopTestApp::wait<BulkRevokeResult>([&](auto done, auto failed) {
        client.revokeTokens({id, QStringLiteral("00000000-0000-4000-8000-000000000000")}, nullptr, done, failed);
    });
    QVERIFY(bulk);
    QCOMPARE(bulk->revokedCount, 0);
    QCOMPARE(bulk->alreadyRevokedCount, 1);
    QCOMPARE(bulk->notFound.size(), std::size_t(1));

    const auto [stats, statsError] =
        DesktopTestApp::wait<Stats>([&](auto done, auto failed) { client.stats(nullptr, done, failed); });
    QVERIFY(stats);
    QVERIFY(stats->projectsActive >= 2);
    QVERIFY(stats->tokens.revoked >= 1);

    UsageQuery usageQuery;
    usageQuery.scope = UsageQuery::Scope::Token;
    usageQuery.id = id;
    usageQuery.bucket = UsageBucket::Hour;
    const auto [usage, usageError] = DesktopTestApp::wait<UsageSeries>(
        [&](auto done, auto failed) { client.usage(usageQuery, nullptr, done, failed); });
    QVERIFY2(usage, usageError ? qPrintable(usageError->userMessage()) : "");
    QVERIFY(usage->bucket == UsageBucket::Hour);
    QVERIFY(usage->series.size() >= 24); // zero-filled buckets, default last 24 h

    AuditQuery auditQuery;
    auditQuery.action = QStringLiteral("token.");
    const auto [audit, auditError] = DesktopTestApp::wait<AuditPage>(
        [&](auto done, auto failed) { client.auditEvents(auditQuery, nullptr, done, failed); });
    QVERIFY(audit);
    QVERIFY(!audit->events.empty());
    for (const AuditEvent& event : audit->events) {
        QVERIFY2(event.action.rfind("token.", 0) == 0, event.action.c_str());
    }
    const auto [verify, verifyError] = DesktopTestApp::wait<AuditVerifyResult>(
        [&](auto done, auto failed) { client.verifyAudit(nullptr, done, failed); });
    QVERIFY(verify);
    QVERIFY(verify->ok);
    QVERIFY(verify->checked > 0);
}

void TestApiClient::tokenListCarriesTotalCount() {
    for (int i = 0; i < 5; ++i) {
        m_server->createToken(m_projectId, {{"label", "count " + std::to_string(i)}});
    }
    TokenQuery query;
    query.projectId = QString::fromStdString(m_projectId);
    query.limit = 2;
    const auto [page, error] = DesktopTestApp::wait<TokenPage>(
        [&](auto done, auto failed) { m_app->client().listTokens(query, nullptr, done, failed); });
    QVERIFY(page);
    QCOMPARE(page->tokens.size(), std::size_t(2));
    QCOMPARE(page->totalCount, 5);
}

void TestApiClient::probeReportsRole() {
    const auto [admin, adminError] =
        DesktopTestApp::wait<ServerInfo>([&](auto done, auto failed) { m_app->client().probe(nullptr, done, failed); });
    QVERIFY(admin);
    QVERIFY(admin->role == Role::Admin);
    QVERIFY(!admin->health.version.empty());

    const QString auditorKey = QString::fromStdString(m_server->createKey("api-client-auditor", "auditor"));
    DesktopTestApp auditor(*m_server, auditorKey);
    const auto [info, error] = DesktopTestApp::wait<ServerInfo>(
        [&](auto done, auto failed) { auditor.client().probe(nullptr, done, failed); });
    QVERIFY(info);
    QVERIFY(info->role == Role::Auditor);
}

void TestApiClient::unreachableServer() {
    quint16 closedPort = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        closedPort = probe.serverPort();
    }
    ApiClient client;
    client.setServerUrl(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)));
    client.setManagementKey(m_server->key());
    const auto [info, error] =
        DesktopTestApp::wait<ServerInfo>([&](auto done, auto failed) { client.probe(nullptr, done, failed); });
    QVERIFY(!info);
    QVERIFY(error);
    QCOMPARE(error->kind(), ApiClientError::Kind::Network);
    QVERIFY2(error->userMessage().startsWith(QStringLiteral("Cannot reach the server at http://127.0.0.1:")),
             qPrintable(error->userMessage()));
}

void TestApiClient::wrongKeyIs401() {
    ApiClient client;
    client.setServerUrl(m_server->url());
    client.setManagementKey(QStringLiteral("sk-wm-wrongwrongwrongwrongwrongwrong12"));
    const auto [info, error] =
        DesktopTestApp::wait<ServerInfo>([&](auto done, auto failed) { client.probe(nullptr, done, failed); });
    QVERIFY(!info);
    QVERIFY(error);
    QVERIFY(error->isUnauthorized());
    QCOMPARE(error->code(), QStringLiteral("unauthorized"));
    QVERIFY2(error->userMessage().contains(QStringLiteral("rejected (401")), qPrintable(error->userMessage()));
}

void TestApiClient::serverErrorCodeAndMessage() {
    const std::string inactive = m_server->createProject("Inactive For Errors").at("id").get<std::string>();
    m_server->setProjectActive(inactive, false);
    CreateTokenRequest request;
    request.projectId = inactive;
    const auto [created, error] = DesktopTestApp::wait<CreatedToken>(
        [&](auto done, auto failed) { m_app->client().createToken(request, nullptr, done, failed); });
    QVERIFY(!created);
    QVERIFY(error);
    QCOMPARE(error->kind(), ApiClientError::Kind::Http);
    QCOMPARE(error->httpStatus(), 403);
    QVERIFY(error->is(ErrorCode::ProjectInactive));
    QCOMPARE(error->userMessage(), QStringLiteral("Cannot generate tokens for inactive project"));

    request.projectId = m_projectId;
    request.duration.hours = -1;
    const auto [invalid, validation] = DesktopTestApp::wait<CreatedToken>(
        [&](auto done, auto failed) { m_app->client().createToken(request, nullptr, done, failed); });
    QVERIFY(validation);
    QCOMPARE(validation->httpStatus(), 400);
    QVERIFY(validation->is(ErrorCode::ValidationFailed));
    QVERIFY2(validation->message().contains(QStringLiteral("duration")), qPrintable(validation->message()));
}

void TestApiClient::wrongServer() {
    ApiClient client;
    client.setServerUrl(QUrl(QString::fromStdString(m_server->upstreamUrl())));
    client.setManagementKey(m_server->key());
    const auto [info, error] =
        DesktopTestApp::wait<ServerInfo>([&](auto done, auto failed) { client.probe(nullptr, done, failed); });
    QVERIFY(!info);
    QVERIFY(error);
    QCOMPARE(error->kind(), ApiClientError::Kind::WrongServer);
    QVERIFY2(error->userMessage().contains(QStringLiteral("not a Wither server")), qPrintable(error->userMessage()));
}

void TestApiClient::malformedJsonIsProtocolError() {
    CannedServer canned(httpResponse(200, "{\"active\": 1,"));
    ApiClient client;
    client.setServerUrl(canned.url());
    const auto [stats, error] =
        DesktopTestApp::wait<Stats>([&](auto done, auto failed) { client.stats(nullptr, done, failed); });
    QVERIFY(!stats);
    QVERIFY(error);
    QCOMPARE(error->kind(), ApiClientError::Kind::Protocol);
    QVERIFY(error->userMessage().startsWith(QStringLiteral("Unexpected answer from")));
}

void TestApiClient::wrongFieldTypeNamesField() {
    CannedServer canned(httpResponse(200, "{\"id\": \"p\", \"name\": 42}"));
    ApiClient client;
    client.setServerUrl(canned.url());
    const auto [project, error] = DesktopTestApp::wait<Project>(
        [&](auto done, auto failed) { client.project(QStringLiteral("p"), nullptr, done, failed); });
    QVERIFY(!project);
    QVERIFY(error);
    QCOMPARE(error->kind(), ApiClientError::Kind::Protocol);
    QVERIFY2(error->message().contains(QStringLiteral("name")), qPrintable(error->message()));
}

void TestApiClient::missingTotalCountIsProtocolError() {
    CannedServer canned(httpResponse(200, "[]"));
    ApiClient client;
    client.setServerUrl(canned.url());
    const auto [page, error] = DesktopTestApp::wait<TokenPage>(
        [&](auto done, auto failed) { client.listTokens(TokenQuery{}, nullptr, done, failed); });
    QVERIFY(!page);
    QVERIFY(error);
    QVERIFY2(error->message().contains(QStringLiteral("X-Total-Count")), qPrintable(error->message()));
    // The query spells out the contract's parameters.
    QVERIFY(canned.request().contains("GET /manage/tokens?status=all&sort=created_at&order=desc&limit=100&offset=0"));
}

void TestApiClient::nonJsonErrorBodyKeepsStatus() {
    CannedServer canned(httpResponse(502, "<html>bad gateway</html>"));
    ApiClient client;
    client.setServerUrl(canned.url());
    const auto [stats, error] =
        DesktopTestApp::wait<Stats>([&](auto done, auto failed) { client.stats(nullptr, done, failed); });
    QVERIFY(error);
    QCOMPARE(error->kind(), ApiClientError::Kind::Http);
    QCOMPARE(error->httpStatus(), 502);
    QVERIFY(error->code().isEmpty());
    QVERIFY2(error->userMessage().startsWith(QStringLiteral("HTTP 502")), qPrintable(error->userMessage()));
}

void TestApiClient::abortedRequestsAreCancelled() {
    ApiClient& client = m_app->client();
    std::optional<ApiClientError> error;
    client.stats(
        nullptr, [](Stats) {}, [&](const ApiClientError& e) { error = e; });
    QCOMPARE(client.pendingRequests(), 1);
    client.abortAll();
    QTRY_VERIFY(error.has_value());
    QCOMPARE(error->kind(), ApiClientError::Kind::Cancelled);
    QTRY_COMPARE(client.pendingRequests(), 0);
}

void TestApiClient::destroyedContextDropsCallbacks() {
    ApiClient& client = m_app->client();
    bool called = false;
    auto context = std::make_unique<QObject>();
    client.stats(
        context.get(), [&](Stats) { called = true; }, [&](const ApiClientError&) { called = true; });
    context.reset();
    QTRY_COMPARE(client.pendingRequests(), 0);
    QVERIFY(!called);
}

void TestApiClient::requestsCarryKeyAndNoKeyInUrl() {
    CannedServer canned(httpResponse(200, "[]", "X-Total-Count: 0\r\n"));
    ApiClient client;
    client.setServerUrl(canned.url());
    client.setManagementKey(QStringLiteral("sk-wm-abcdefabcdefabcdefabcdefabcdefab"));
    TokenQuery query;
    query.search = QStringLiteral("a b&c");
    query.statuses = {TokenStatus::Active, TokenStatus::RateLimited};
    const auto [page, error] = DesktopTestApp::wait<TokenPage>(
        [&](auto done, auto failed) { client.listTokens(query, nullptr, done, failed); });
    QVERIFY(page);
    const QByteArray request = canned.request();
    QVERIFY(request.contains("Authorization: Bearer sk-wm-abcdefabcdefabcdefabcdefabcdefab\r\n"));
    const QByteArray firstLine = request.left(request.indexOf("\r\n"));
    QVERIFY2(!firstLine.contains("sk-wm-"), firstLine.constData());
    QVERIFY2(firstLine.contains("status=active,rate_limited"), firstLine.constData());
    QVERIFY2(firstLine.contains("search=a%20b%26c"), firstLine.constData());
}

WITHER_DESKTOP_TEST_MAIN(TestApiClient)
#include "TestApiClient.moc"
