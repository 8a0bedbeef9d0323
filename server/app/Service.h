#pragma once

#include <string>

namespace wither::app {

/// A background part of the server with a lifetime (counter flushers, usage writers, cache sweepers).
/// Started after storage is open and before the listeners accept; stopped after the listeners have drained, in
/// reverse order, so `stop()` can flush what the last requests left behind.
class Service {
public:
    virtual ~Service() = default;
    virtual std::string name() const = 0;
    virtual void start() = 0;
    /// Stops and flushes everything pending; must not throw.
    virtual void stop() = 0;
};

} // namespace wither::app
