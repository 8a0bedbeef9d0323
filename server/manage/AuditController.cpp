#include "manage/AuditController.h"

#include "manage/QueryValues.h"

#include "shared/ApiError.h"
#include "shared/Codec.h"
#include "shared/SecretFormat.h"

#include <Poco/Net/HTTPServerResponse.h>

#include <ostream>

namespace wither::manage {

namespace {

std::string csvField(const std::string& value) {
    // Quote everything and neutralise spreadsheet formulas, since exports are opened in spreadsheet tools.
    std::string out = "\"";
    if (!value.empty() && (value[0] == '=' || value[0] == '+' || value[0] == '-' || value[0] == '@')) {
        out += '\'';
    }
    for (const char c : value) {
        if (c == '"') {
            out += "\"\"";
        } else {
            out += c;
        }
    }
    out += '"';
    return out;
}

std::string csvLine(const AuditEvent& e) {
    const std::string fields[] = {std::to_string(e.seq),
                                  e.id,
                                  formatTimestamp(e.timestamp),
                                  e.action,
                                  e.actor,
                                  std::string(toString(e.outcome)),
                                  e.projectId.value_or(""),
                                  e.tokenId.value_or(""),
                                  e.clientIp,
                                  e.method,
                                  e.path,
                                  e.userAgent,
                                  e.requestId,
                                  e.reason,
                                  e.metadata.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                                  e.hash};
    std::string line;
    for (const auto& field : fields) {
        line += (line.empty() ? "" : ",") + csvField(field);
    }
    return line + "\r\n";
}

} // namespace

void AuditController::registerRoutes(http::Router& router) {
    using http::Access;
    router.add("GET", "/manage/audit", Access::Reader, [this](http::RequestContext& c) { list(c); });
    router.add("GET", "/manage/audit/export", Access::Reader, [this](http::RequestContext& c) { exportEvents(c); });
    router.add("GET", "/manage/audit/verify", Access::Reader, [this](http::RequestContext& c) { verify(c); });
    router.add("GET", "/manage/audit/{id}", Access::Reader, [this](http::RequestContext& c) { get(c); });
}

store::AuditQuery AuditController::parseQuery(const http::RequestContext& ctx) {
    store::AuditQuery query;
    query.actionPrefix = QueryValues::text(ctx, "action", 100);
    if (const std::string outcome = QueryValues::text(ctx, "outcome", 20); !outcome.empty()) {
        query.outcome = parseAuditOutcome(outcome);
        if (!query.outcome) {
            throw ApiError::validation("outcome", "must be success, failure, denied or error");
        }
    }
    query.actor = QueryValues::text(ctx, "actor", 200);
    query.projectId = QueryValues::text(ctx, "project_id", 100);
    query.tokenId = QueryValues::text(ctx, "token_id", 100);
    query.clientIp = QueryValues::text(ctx, "client_ip", 100);
    query.search = QueryValues::text(ctx, "search", 200);
    query.from = QueryValues::timestamp(ctx, "from");
    query.to = QueryValues::timestamp(ctx, "to");
    return query;
}

void AuditController::list(http::RequestContext& ctx) {
    const store::AuditQuery query = parseQuery(ctx);
    const std::int64_t page = QueryValues::integer(ctx, "page", 1, 1, 1'000'000'000);
    const std::int64_t pageSize = QueryValues::integer(ctx, "page_size", 50, 1, 500);
    ctx.sendJson(200, m_audit.sink().page(query, page, pageSize));
}

void AuditController::get(http::RequestContext& ctx) {
    const std::string& id = ctx.param("id");
    std::optional<AuditEvent> event;
    if (isUuid(id)) {
        event = m_audit.sink().find(id);
    }
    if (!event) {
        throw ApiError(ErrorCode::NotFound, "Audit event not found");
    }
    ctx.sendJson(200, *event);
}

void AuditController::exportEvents(http::RequestContext& ctx) {
    const store::AuditQuery query = parseQuery(ctx);
    const std::string format = ctx.query("format").value_or("jsonl");
    if (format != "jsonl" && format != "csv") {
        throw ApiError::validation("format", "must be jsonl or csv");
    }
    auto& response = ctx.response();
    response.setStatusAndReason(Poco::Net::HTTPResponse::HTTP_OK);
    response.setChunkedTransferEncoding(true);
    response.setContentType(format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson");
    response.set("Content-Disposition", "attachment; filename=\"wither-audit." + format + "\"");
    response.set("Cache-Control", "no-store");
    std::ostream& out = response.send();
    if (format == "csv") {
        out << "seq,id,timestamp,action,actor,outcome,project_id,token_id,client_ip,method,path,user_agent,"
               "request_id,reason,metadata,hash\r\n";
    }
    std::size_t written = 0;
    m_audit.sink().forEach(query, [&](const AuditEvent& event) {
        if (format == "csv") {
            out << csvLine(event);
        } else {
            out << nlohmann::json(event).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
        }
        if (++written % 256 == 0) {
            out.flush();
        }
        // A client that went away ends the export instead of reading the whole table for nobody.
        return static_cast<bool>(out);
    });
    out.flush();
}

void AuditController::verify(http::RequestContext& ctx) {
    ctx.sendJson(200, m_audit.verify());
}

} // namespace wither::manage
