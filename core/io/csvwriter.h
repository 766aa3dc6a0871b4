#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringEncoder>
#include <QStringList>
#include <QStringView>

#include <memory>
#include <optional>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace lf {

class OutputFile;

/// How CsvWriter writes (CsvWriter::Options).
struct CsvWriterOptions
{
    /// Any character but quote, CR and LF (',' ';' TAB '|' in practice).
    QChar delimiter = u',';
    /// Start with a UTF-8 byte-order mark, which Excel needs to open UTF-8 CSV files correctly.
    bool writeBom = false;
    /// Prefix cells that a spreadsheet would run as a formula with an apostrophe (see guard()).
    bool formulaGuard = true;
    /// Files the same command reads: a file opened by path must not replace them (FileGuard).
    QStringList inputs;
};

/// Writes CSV records in the dialect CsvReader reads (docs/csv.md): UTF-8 (optionally with a BOM),
/// CRLF after every record, fields quoted only when needed (they contain the delimiter, a quote,
/// CR or LF, or start or end with whitespace; a record that is one empty field is written as "" so
/// it is not a blank line), quotes inside doubled.
///
/// Formula-injection guard (on by default): a cell that starts with = + - @ TAB or CR, and is not
/// a plain number like -12 or +3.5, is written with a leading apostrophe, so a spreadsheet shows
/// it as text instead of running it ("=HYPERLINK(...)" → "'=HYPERLINK(...)"). An importer undoes
/// it with unguard(), so export → import gives back the original text.
///
/// Output is buffered (64 KiB); write errors (a full disk) come back as ErrorCode::Io with the
/// file name from the call that hit them, or from close(). After an error every call returns it.
/// Not thread-safe. Not copyable.
class CsvWriter
{
public:
    using Options = CsvWriterOptions;

    CsvWriter();
    /// Without close(), a file opened by path is discarded, never left half-written.
    ~CsvWriter();
    CsvWriter(const CsvWriter &) = delete;
    CsvWriter &operator=(const CsvWriter &) = delete;

    /// Writes to path through an OutputFile: the file appears (or is replaced) only when close()
    /// succeeds. Fails with ErrorCode::Refused when path is the open database or one of
    /// options.inputs, Io when the file cannot be created, Invalid for a bad delimiter.
    Status open(const QString &path, const Options &options = {});
    /// Writes to device, which must be open for writing; not owned, must outlive the writer's use
    /// of it. displayName names it in errors.
    Status open(QIODevice *device, const QString &displayName, const Options &options = {});

    /// Writes one record (an empty list is written as one empty field).
    Status writeRecord(const QStringList &fields);
    Status writeRecord(const QList<QStringView> &fields);
    /// Writes the next field of the current record (for exports that build no list per row).
    Status writeField(QStringView field);
    /// Ends the current record with CRLF.
    Status endRecord();
    /// Flushes everything, and for a file opened by path commits it. Call once at the end.
    Status close();

    /// Bytes handed to the device so far (for progress).
    qint64 bytesWritten() const;
    QString fileName() const;

    /// Whether the guard changes cell: it starts with = + - @ TAB or CR and is not a plain number,
    /// or it starts with apostrophes followed by such a cell (so that unguard() can tell them
    /// apart).
    static bool needsGuard(QStringView cell);
    /// cell with the guard's apostrophe when needsGuard(cell), else cell unchanged.
    static QString guard(QStringView cell);
    /// The inverse of guard(): removes the leading apostrophe of a guarded cell, leaves any other
    /// cell as it is. unguard(guard(x)) == x for every x.
    static QString unguard(QStringView cell);
    /// Whether a field must be quoted when written with delimiter.
    static bool needsQuotes(QStringView field, QChar delimiter);

private:
    void appendText(QStringView text);
    void appendAscii(char c);
    Status flushBuffer();
    Status failWith(const QString &message);

    std::unique_ptr<OutputFile> m_saveFile; ///< when opened by path
    QIODevice *m_device = nullptr;
    QString m_fileName;
    Options m_options;
    QStringEncoder m_encoder;
    QByteArray m_buffer; ///< pending output; only the first m_used bytes are valid
    qsizetype m_used = 0;
    qsizetype m_fieldsInRecord = 0;
    bool m_lastFieldEmpty = false;
    qint64 m_bytesWritten = 0;
    std::optional<Error> m_error;
};

} // namespace lf
