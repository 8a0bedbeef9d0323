#pragma once

#include "shared/Model.h"

#include <QByteArray>
#include <QString>

namespace wither::desktop {

/// The CSV form of a token list (RFC 4180, UTF-8, timestamps in RFC 3339 UTC, empty cells for "none" and
/// "unlimited"). The columns are the API's field names so that a spreadsheet and a script read the same file.
class TokenCsv {
public:
    static QByteArray header();
    static QByteArray row(const Token& token);
    /// Quotes a cell when it contains a separator, quote or line break; neutralises spreadsheet formulas.
    static QByteArray escape(const QString& cell);
};

} // namespace wither::desktop
