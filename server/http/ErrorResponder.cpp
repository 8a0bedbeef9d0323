#include "http/ErrorResponder.h"

#include "store/StorageError.h"

#include "shared/Codec.h"

#include <Poco/Exception.h>
#include <Poco/Logger.h>
#include <Poco/Net/HTTPServerResponse.h>

namespace wither::http {

void ErrorResponder::send(RequestContext& ctx, ErrorCode code, const std::string& message, const Headers& headers) {
    if (ctx.responseSent()) {
        return;
    }
    for (const auto& [name, value] : headers) {
        ctx.response().set(name, value);
    }
    ctx.sendJson(httpStatus(code), nlohmann::json(ErrorBody{message, std::string(toString(code))}));
}

void ErrorResponder::respond(RequestContext& ctx, std::exception_ptr error, Poco::Logger& log) {
    ErrorCode code = ErrorCode::Internal;
    std::string message = "Internal server error";
    try {
        std::rethrow_exception(error);
    } catch (const ApiError& e) {
        code = e.code();
        message = e.what();
    } catch (const DecodeError& e) {
        if (e.isSyntaxError()) {
            code = ErrorCode::InvalidJson;
            message = e.what();
        } else {
            code = ErrorCode::ValidationFailed;
            message = e.what();
        }
    } catch (const store::StorageError& e) {
        if (e.unavailable()) {
            code = ErrorCode::StorageUnavailable;
            message = "Storage is temporarily unavailable; try again later";
            log.error("request %s: storage unavailable: %s", ctx.requestId(), std::string(e.what()));
        } else {
            log.error("request %s: storage failure: %s", ctx.requestId(), std::string(e.what()));
        }
    } catch (const Poco::Exception& e) {
        log.error("request %s: %s", ctx.requestId(), e.displayText());
    } catch (const std::exception& e) {
        log.error("request %s: %s", ctx.requestId(), std::string(e.what()));
    } catch (...) {
        log.error("request %s: unknown exception", ctx.requestId());
    }
    if (ctx.responseSent()) {
        return;
    }
    try {
        send(ctx, code, message);
    } catch (const std::exception& e) {
        log.warning("request %s: could not send the error response: %s", ctx.requestId(), std::string(e.what()));
    }
}

} // namespace wither::http
