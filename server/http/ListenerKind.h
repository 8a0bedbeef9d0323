#pragma once

namespace wither::http {

/// What a listener serves. With `--admin-listen` the main listener is `Public` (no `/manage/*`) and the second
/// one `Admin` (only `/manage/*` plus health); without it the one listener is `Combined`.
enum class ListenerKind { Combined, Public, Admin };

/// Which listeners a route belongs to.
enum class Surface {
    Proxy,      ///< `/v1/*`: main listener only
    Management, ///< `/manage/*`: the admin listener when there is one
    Service,    ///< `/health`, `/ready`, `/metrics`: every listener
};

/// True if a listener of `kind` serves routes of `surface`.
inline bool serves(ListenerKind kind, Surface surface) {
    switch (kind) {
    case ListenerKind::Combined:
        return true;
    case ListenerKind::Public:
        return surface != Surface::Management;
    case ListenerKind::Admin:
        return surface != Surface::Proxy;
    }
    return true;
}

} // namespace wither::http
