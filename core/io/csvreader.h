#pragma once

#include "domain/leadfield.h"
#include "util/result.h"

#include <QChar>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace lf {

/// One record read by CsvReader. Reuse the same object for every read: its buffers keep their
/// capacity, so reading a file allocates nothing per record or field.
struct CsvRecord
{
    /// 1-based physical line of the file where the record starts (a record whose quoted fields
    /// contain line breaks spans several lines; the next record's line says how many).
    qint64 line = 0;

    /// Number of fields (at least 1 for a record that was read).
    qsizetype size() const { return qsizetype(m_ends.size()); }
    bool isEmpty() const { return m_ends.empty(); }
    /// Field i (0-based) exactly as in the file, quotes removed and "" turned into ".
    /// The view is valid until the record is read into, cleared or destroyed.
    QStringView field(qsizetype i) const;
    /// All fields as owned strings (allocates; for tests, previews and header rows).
    QStringList toStringList() const;
    /// Empties the record, keeping its capacity.
    void clear();

private:
    friend class CsvReader;

    QString m_buffer; ///< the fields back to back; only the first m_used characters are valid
    qsizetype m_used = 0;
    std::vector<qsizetype> m_ends; ///< end offset of each field in m_buffer
};

/// How CsvReader reads a file (CsvReader::Options).
struct CsvReaderOptions
{
    /// Encoding name ("UTF-8", "windows-1252", "latin1", ...); empty = detect.
    QString encoding;
    /// One of any character but quote, CR and LF; null = detect among `,` `;` TAB `|`.
    QChar delimiter;
    /// Longest field accepted, in UTF-16 code units.
    qint64 maxFieldLength = kMaxFieldLength;
    /// Every record must have as many fields as the first one.
    bool requireSameFieldCount = true;
};

/// Streaming RFC 4180 reader for big CSV files (a million rows, hundreds of MB, in seconds).
///
/// Dialect read:
/// - fields separated by the delimiter, records by CR, LF or CRLF (mixed in one file too); the
///   last record may lack a line break; blank lines between records are skipped, not returned;
/// - a field that starts with a quote is quoted: it may contain delimiters, CR, LF and CRLF, and
///   "" stands for one quote; a quote inside an unquoted field is kept as an ordinary character
///   (`5" screen`);
/// - fields are returned exactly as in the file: whitespace is never trimmed.
///
/// Encoding (Options::encoding empty): a byte-order mark wins; else UTF-16 without BOM is
/// recognised by its NUL bytes; else valid UTF-8 is UTF-8; else uchardet guesses from the first
/// 64 KiB (see TextDecoder::detect()). A file whose first 64 KiB are plain ASCII is read as UTF-8
/// until its first non-ASCII byte, where the encoding is settled the same way (so a windows-1252
/// "Müller" on line 500,000 is still read right); encoding() may change at that point.
/// The delimiter (Options::delimiter null) is the one of `,` `;` TAB `|` whose count outside
/// quotes is the same in the most records of the first 64 KiB (on a tie: the one giving more
/// fields, then `,` before `;` before TAB before `|`; `,` when none occurs).
///
/// Errors are lf::Error with ErrorCode::Parse, the file name, `line` (1-based physical line) and
/// `column` = 1-based **field number** (0 when the error is about the whole record or file):
/// - "The file is empty." (no bytes, only a byte-order mark, or only line breaks) — from open();
/// - "... is not a text file ..." for NUL bytes or control bytes — from open() when in the first
///   64 KiB, else from readRecord() at the line where the NUL is;
/// - a byte sequence invalid in the detected encoding (e.g. a file that switches from UTF-8 to
///   windows-1252 half way) — at its line;
/// - a quoted field still open at the end of the file — line and field where the quote opened;
/// - a field longer than Options::maxFieldLength — line where the field starts, its number, and
///   the limit (often a sign of an unbalanced quote);
/// - text after the closing quote of a field (`"abc"x`) — an error, not silently accepted: it
///   usually means a quote inside a quoted field was not doubled;
/// - with Options::requireSameFieldCount, a record whose number of fields differs from the
///   first record's ("Expected 19 fields, as in the first record, found 18."), column 0.
///
/// The last three are **record errors**: the record has been consumed (its fields are in the
/// CsvRecord as read, the long field cut at the limit, `"abc"x` read as `abcx`), and the next
/// readRecord() continues with the next record, so an importer can report and skip bad rows.
/// Every other error is fatal: readRecord() returns it again on every later call.
///
/// Not thread-safe; use one reader per thread. Not copyable.
class CsvReader
{
public:
    using Options = CsvReaderOptions;

    CsvReader();
    ~CsvReader();
    CsvReader(const CsvReader &) = delete;
    CsvReader &operator=(const CsvReader &) = delete;

    /// Opens the file at path (owned by the reader) and detects encoding and delimiter.
    /// Fails with ErrorCode::Io when the file cannot be opened, Invalid for a bad option,
    /// Parse for an empty or binary file.
    Status open(const QString &path, const Options &options = {});
    /// Reads from device, which must be open for reading, positioned at the start of the CSV data,
    /// and deliver data on read() (a file, a buffer, stdin). The device is not owned and must
    /// outlive the reader's use of it. displayName names the source in errors.
    Status open(QIODevice *device, const QString &displayName, const Options &options = {});

    /// Reads the next record into record. true: a record was read; false: clean end of the file.
    /// On an error, see the class comment for whether reading can go on.
    Result<bool> readRecord(CsvRecord &record);

    /// Canonical name of the encoding: "UTF-8", "UTF-16LE", "UTF-16BE", "windows-1252",
    /// "ISO-8859-1", "ISO-8859-15", or another name Qt knows.
    QString encoding() const;
    /// Whether the file starts with a byte-order mark (which is not part of the first field).
    bool hasBom() const;
    /// The delimiter in use (given or detected).
    QChar delimiter() const;
    /// Bytes read from the device so far (for progress; runs up to 1 MiB ahead of the records).
    qint64 bytesRead() const;
    /// Bytes from the device's position at open() to its end, or -1 when the device cannot tell
    /// (a pipe). bytesRead() reaches it at the end of the file.
    qint64 totalBytes() const;
    /// The path or display name given to open().
    QString fileName() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace lf
