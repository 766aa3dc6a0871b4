#pragma once

#include "util/result.h"

#include <QString>
#include <QStringList>

namespace lf {

/// Whether a database file is sound, and saving what can be saved from one that is not.
class DatabaseHealth
{
public:
    struct Report
    {
        QStringList problems; ///< empty when the file is sound
        bool ok() const { return problems.isEmpty(); }
    };
    /// SQLite's integrity check, the foreign keys, and the quick-search index against the leads.
    /// Opens its own connection; the file must not be open elsewhere in this process.
    static Result<Report> check(const QString &path);

    /// Writes what can be read of a damaged database to a new database at target: a fresh file
    /// of the current schema, then every row of every table that can still be read (a damaged
    /// page skips the rows on it, not the rest), the search index rebuilt, and the result
    /// checked. The damaged file is only read; it must be of the current schema version.
    /// target must not exist. Gives what was left out, one line each (empty: nothing).
    static Result<QStringList> recover(const QString &path, const QString &target);

    /// Whether error is SQLite saying the file is damaged or not a database (SQLITE_CORRUPT,
    /// SQLITE_NOTADB), for messages that name the file and the way out.
    static bool isDamage(const Error &error);
    /// error with the damaged file named and `leadflow-cli check` / `recover` suggested.
    static Error explainDamage(Error error, const QString &path);
};

} // namespace lf
