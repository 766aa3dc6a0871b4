#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <QStringView>

#include <array>

namespace lf {

/// What the first bytes of a file say about its text encoding (see TextDecoder::detect()).
struct EncodingGuess
{
    QString
        encoding; ///< canonical name ("UTF-8", "UTF-16LE", "windows-1252", ...); empty if binary
    qsizetype bomLength = 0; ///< bytes of byte-order mark at the start of the sample (0, 2 or 3)
    bool binary = false; ///< NUL bytes or too many control bytes: not a text file
    /// The sample was plain ASCII and more of the file follows: "UTF-8" is a guess that a
    /// TextDecoder created with provisional = true revises at the first non-ASCII byte.
    bool provisional = false;
};

/// Decodes a byte stream in one text encoding into UTF-16, chunk by chunk (a multi-byte character
/// split across two chunks is handled), reusing the caller's output buffer.
///
/// UTF-8 and UTF-16 use Qt's own codecs; windows-1252, ISO-8859-1 and ISO-8859-15 use built-in
/// tables, so they work on every Qt build (with or without ICU). Other names are passed to
/// QStringDecoder, which knows them when Qt is built with ICU (as on Debian).
///
/// Invalid input is replaced by U+FFFD and sets hasError(); the caller decides whether that is
/// fatal. Not thread-safe; one decoder per stream.
class TextDecoder
{
public:
    /// An invalid decoder; use forName() or detect() + forName().
    TextDecoder() = default;

    /// A decoder for an encoding name, case-insensitive, with common aliases ("utf8", "latin1",
    /// "cp1252", "latin9", "UTF-16LE"). "UTF-16" without an order decodes little-endian.
    /// Fails with ErrorCode::Invalid naming the encoding when it is unknown.
    /// provisional: only for the result of detect() with EncodingGuess::provisional set: decode as
    /// UTF-8 while the input is ASCII and settle the encoding at the first non-ASCII byte.
    static Result<TextDecoder> forName(QStringView name, bool provisional = false);

    /// The canonical name for an encoding name or alias, or an empty string when it is unknown.
    static QString canonicalName(QStringView name);

    /// Guesses the encoding of sample, the first bytes of a file (64 KiB is plenty).
    /// complete: the sample is the whole file (so a truncated sequence at its end is an error).
    /// Order: byte-order mark; UTF-16 without BOM by the pattern of NUL bytes; NUL bytes otherwise
    /// mean binary; valid UTF-8 is UTF-8; anything else is asked of uchardet and checked for
    /// control bytes. An ISO-8859-1 answer with bytes in 0x80–0x9F is read as windows-1252.
    static EncodingGuess detect(QByteArrayView sample, bool complete);

    /// Length of a byte-order mark for encoding (canonical name) at the start of data, or 0.
    static qsizetype bomLength(QByteArrayView data, QStringView encoding);

    /// Whether data is valid UTF-8; allowTruncatedEnd accepts an incomplete last sequence.
    static bool isValidUtf8(QByteArrayView data, bool allowTruncatedEnd);

    bool isValid() const { return m_kind != Kind::Invalid; }
    /// Canonical name of the encoding; may change once on a provisional decoder (see forName()).
    QString name() const { return m_name; }
    /// Whether any invalid input has been seen so far.
    bool hasError() const { return m_error; }

    /// Decodes the next chunk of the stream into out, replacing its contents (its capacity is
    /// reused, so the same QString can be passed for every chunk).
    void decode(QByteArrayView in, QString &out);
    /// Ends the stream: a character left incomplete by the last chunk is an error; out receives
    /// U+FFFD for it (or nothing when the stream ended cleanly).
    void finish(QString &out);

private:
    enum class Kind { Invalid, Qt, Table };

    void settleProvisional(QByteArrayView rest);
    void setTable(const char16_t *high, QString name);

    Kind m_kind = Kind::Invalid;
    QString m_name;
    QStringDecoder m_qt;
    std::array<char16_t, 256> m_table {}; ///< byte → UTF-16 for Kind::Table
    bool m_provisional = false;
    bool m_utf8 = false; ///< track the stream's tail to find a truncated last character
    bool m_utf16 = false; ///< an odd byte count at the end is a truncated character
    bool m_error = false;
    qint64 m_bytes = 0; ///< bytes decoded so far
    QByteArray m_tail; ///< last (up to 3) bytes of a UTF-8 stream
};

} // namespace lf
