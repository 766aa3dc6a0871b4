#pragma once

#include <QString>
#include <QStringList>

#include <expected>

namespace lf {

/// What kind of failure an Error reports; callers branch on this, people read the message.
enum class ErrorCode {
    Invalid, ///< input that breaks a rule (a field value, a command argument)
    NotFound, ///< the thing asked for does not exist (or was deleted)
    Conflict, ///< someone changed the record since it was read
    Refused, ///< a file that cannot be opened as a Leadflow database
    ReadOnly, ///< a write was asked of a database opened read-only
    Io, ///< a file could not be read or written
    Parse, ///< malformed input file
    Database, ///< the database engine failed
    Cancelled, ///< the user cancelled a long operation
    /// The lead process refuses the action: a stage move the lifecycle forbids, SQL without the
    /// BANT the qualification definition asks for, won on a lead already won, routing a closed
    /// lead. Not a mistake in how the command was written (that is Invalid).
    NotAllowed,
};

/// An error that crosses the core API as a value. The message is one sentence a person can act on;
/// where the problem sits in a file or record, the location fields say so.
struct Error
{
    ErrorCode code = ErrorCode::Invalid;
    QString message;
    QString file; ///< file the error refers to, if any
    qint64 line = 0; ///< 1-based line in that file, 0 when unknown
    qint64 column = 0; ///< 1-based column (field number for CSV), 0 when unknown
    QString field; ///< lead field or column name, if any
    QStringList details; ///< e.g. the fields a concurrent edit changed

    /// The message with its location, as one line for a terminal or a status bar.
    QString toString() const;
};

template<typename T>
using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

/// Shorthand for `return lf::fail(ErrorCode::Invalid, tr("..."));` in functions returning
/// Result<T>.
inline std::unexpected<Error> fail(ErrorCode code, QString message, QString field = {})
{
    return std::unexpected(Error {code, std::move(message), {}, 0, 0, std::move(field), {}});
}

inline std::unexpected<Error> fail(Error error)
{
    return std::unexpected(std::move(error));
}

} // namespace lf
