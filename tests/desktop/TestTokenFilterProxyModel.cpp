#include "models/ModelRoles.h"
#include "models/TokenFilterProxyModel.h"
#include "models/TokenTableModel.h"

#include "shared/Clock.h"

#include "tests/desktop/support/TestMain.h"

#include <QTest>

using namespace wither;
using namespace wither::desktop;

/// The typed filter/sort layer on locally held rows: project, status and search filters, sorting on raw values.
class TestTokenFilterProxyModel : public QObject {
    Q_OBJECT
private slots:
    void init();
    void filtersByStatus();
    void filtersByProject();
    void searchMatchesIdPrefixHintPrefixAndLabel();
    void filtersCombine();
    void sortsOnRawValuesNotText();
    void sortsByTime();
    void rowChangeLeavesFilteredView();
    void idsForRows();

private:
    static Token make(const std::string& id, const std::string& project, TokenStatus status, std::int64_t requests,
                      int createdMinute, const std::string& label = {});
    ManualClock m_clock{*parseTimestamp("2026-11-28T12:00:00Z")};
    std::unique_ptr<TokenTableModel> m_model;
    std::unique_ptr<TokenFilterProxyModel> m_proxy;
};

Token TestTokenFilterProxyModel::make(const std::string& id, const std::string& project, TokenStatus status,
                                      std::int64_t requests, int createdMinute, const std::string& label) {
    Token t;
    t.id = id;
    t.token = "sk-wt-" + id.substr(0, 4) + "…" + id.substr(id.size() - 4);
    t.projectId = project;
    t.projectName = project == "p1" ? "Chatbot" : "Batch";
    t.status = status;
    t.isActive = status != TokenStatus::Revoked;
    t.requestCount = requests;
    t.label = label;
    t.createdAt = *parseTimestamp("2026-11-28T10:00:00Z") + std::chrono::minutes(createdMinute);
    t.expiresAt = t.createdAt + std::chrono::hours(24);
    return t;
}

void TestTokenFilterProxyModel::init() {
    m_model = std::make_unique<TokenTableModel>(nullptr, m_clock);
    m_proxy = std::make_unique<TokenFilterProxyModel>();
    m_proxy->setTokenModel(m_model.get());
    m_model->setTokens({
        make("aaaa1111-0000-4000-8000-000000000001", "p1", TokenStatus::Active, 9, 1, "CI pipeline"),
        make("bbbb2222-0000-4000-8000-000000000002", "p1", TokenStatus::Revoked, 10, 2),
        make("cccc3333-0000-4000-8000-000000000003", "p2", TokenStatus::Expired, 100, 3, "nightly batch"),
        make("dddd4444-0000-4000-8000-000000000004", "p2", TokenStatus::RateLimited, 5, 0),
        make("eeee5555-0000-4000-8000-000000000005", "p1", TokenStatus::Active, 0, 4),
    });
}

void TestTokenFilterProxyModel::filtersByStatus() {
    QCOMPARE(m_proxy->rowCount(), 5);
    m_proxy->setStatusFilter({TokenStatus::Active});
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setStatusFilter({TokenStatus::Expired, TokenStatus::Revoked});
    QCOMPARE(m_proxy->rowCount(), 2);
    m_proxy->setStatusFilter({TokenStatus::ProjectInactive});
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setStatusFilter({});
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestTokenFilterProxyModel::filtersByProject() {
    m_proxy->setProjectFilter(QStringLiteral("p2"));
    QCOMPARE(m_proxy->rowCount(), 2);
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        QCOMPARE(m_proxy->index(row, TokenTableModel::ProjectColumn).data().toString(), QStringLiteral("Batch"));
    }
}

void TestTokenFilterProxyModel::searchMatchesIdPrefixHintPrefixAndLabel() {
    m_proxy->setSearchText(QStringLiteral("cccc33"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setSearchText(QStringLiteral("sk-wt-dddd"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setSearchText(QStringLiteral("PIPELINE"));
    QCOMPARE(m_proxy->rowCount(), 1);
    QCOMPARE(m_proxy->index(0, 0).data(IdRole).toString(), QStringLiteral("aaaa1111-0000-4000-8000-000000000001"));
    // A substring in the middle of an id is not a prefix.
    m_proxy->setSearchText(QStringLiteral("3333"));
    QCOMPARE(m_proxy->rowCount(), 0);
    m_proxy->setSearchText(QStringLiteral("   "));
    QCOMPARE(m_proxy->rowCount(), 5);
}

void TestTokenFilterProxyModel::filtersCombine() {
    m_proxy->setFilters(QStringLiteral("p1"), {TokenStatus::Active}, QStringLiteral("eeee"));
    QCOMPARE(m_proxy->rowCount(), 1);
    m_proxy->setFilters(QStringLiteral("p2"), {TokenStatus::Active}, QString());
    QCOMPARE(m_proxy->rowCount(), 0);
}

void TestTokenFilterProxyModel::sortsOnRawValuesNotText() {
    m_proxy->sort(TokenTableModel::RequestsColumn, Qt::AscendingOrder);
    QList<qlonglong> counts;
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        counts << m_proxy->index(row, TokenTableModel::RequestsColumn).data(SortRole).toLongLong();
    }
    // As text "10/∞" < "9/∞"; on raw values 9 < 10.
    QCOMPARE(counts, (QList<qlonglong>{0, 5, 9, 10, 100}));
    m_proxy->sort(TokenTableModel::RequestsColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, TokenTableModel::RequestsColumn).data(SortRole).toLongLong(), 100);
}

void TestTokenFilterProxyModel::sortsByTime() {
    m_proxy->sort(TokenTableModel::CreatedColumn, Qt::AscendingOrder);
    QCOMPARE(m_proxy->index(0, 0).data(IdRole).toString(), QStringLiteral("dddd4444-0000-4000-8000-000000000004"));
    QCOMPARE(m_proxy->index(4, 0).data(IdRole).toString(), QStringLiteral("eeee5555-0000-4000-8000-000000000005"));
}

void TestTokenFilterProxyModel::rowChangeLeavesFilteredView() {
    m_proxy->setStatusFilter({TokenStatus::Active});
    QCOMPARE(m_proxy->rowCount(), 2);
    Token revoked = make("aaaa1111-0000-4000-8000-000000000001", "p1", TokenStatus::Revoked, 9, 1, "CI pipeline");
    m_model->updateToken(revoked);
    QCOMPARE(m_proxy->rowCount(), 1);
}

void TestTokenFilterProxyModel::idsForRows() {
    m_proxy->sort(TokenTableModel::RequestsColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->idsForRows({0, 1}), (QStringList{QStringLiteral("cccc3333-0000-4000-8000-000000000003"),
                                                       QStringLiteral("bbbb2222-0000-4000-8000-000000000002")}));
}

WITHER_DESKTOP_TEST_MAIN(TestTokenFilterProxyModel)
#include "TestTokenFilterProxyModel.moc"
