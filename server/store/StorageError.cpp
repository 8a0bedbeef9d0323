#include "store/StorageError.h"

#include <sqlite3.h>

namespace wither::store {

StorageError StorageError::fromSqlite(int code, const std::string& message) {
    const std::string text = message + " (" + sqlite3_errstr(code) + ")";
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
        return StorageError(Kind::Unavailable, text, code);
    case SQLITE_CONSTRAINT:
        return StorageError(Kind::Constraint, text, code);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return StorageError(Kind::Corrupt, text, code);
    default:
        return StorageError(Kind::Other, text, code);
    }
}

} // namespace wither::store
