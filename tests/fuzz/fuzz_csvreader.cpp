// libFuzzer target: lf::CsvReader and lf::TextDecoder on arbitrary bytes (docs/fuzzing.md).
//
// Each input is read as a whole CSV file from a QBuffer twice: once with the default options
// (encoding and delimiter detected, as an import does) and once with options picked by the input's
// first and last bytes (a given encoding, a given delimiter, a tiny field limit, ragged records
// allowed). Besides crashes, leaks and undefined behaviour, the promises of csvreader.h and
// textdecoder.h are checked: every read record has a field and a later line than the one before, no
// field is longer than the limit, the reader never loops without consuming input, a clean end has
// read every byte, and decoding in small chunks gives the same text as decoding at once.

#include "io/csvreader.h"
#include "io/textdecoder.h"

#include <QBuffer>
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

void check(bool ok, const char *what)
{
    if (!ok) {
        std::fprintf(stderr, "fuzz_csvreader: broken promise: %s\n", what);
        std::abort();
    }
}

bool sameError(const lf::Error &a, const lf::Error &b)
{
    return a.code == b.code && a.message == b.message && a.line == b.line && a.column == b.column;
}

/// A record as read, kept until the next readRecord() tells whether its error was a record error.
struct Snapshot
{
    qint64 line = 0;
    QStringList fields;
};

Snapshot snapshot(const lf::CsvRecord &record)
{
    Snapshot s {record.line, record.toStringList()};
    qsizetype total = 0;
    for (qsizetype i = 0; i < record.size(); ++i)
        total += record.field(i).size();
    check(s.fields.join(QString()).size() == total, "toStringList() has every field");
    return s;
}

void readAll(const QByteArray &data, const lf::CsvReaderOptions &options)
{
    QByteArray bytes = data; // QBuffer wants a non-const array; this shares data, no copy
    QBuffer buffer(&bytes);
    check(buffer.open(QIODevice::ReadOnly), "QBuffer opens");
    lf::CsvReader reader;
    const lf::Status opened = reader.open(&buffer, u"fuzz.csv"_s, options);
    if (!opened) {
        check(opened.error().code != lf::ErrorCode::Io, "a QBuffer never fails to read");
        lf::CsvRecord record;
        check(!reader.readRecord(record), "a reader that failed to open reads nothing");
        return;
    }
    check(!reader.encoding().isEmpty(), "an open reader has an encoding");
    const QChar delimiter = reader.delimiter();
    check(!delimiter.isNull() && delimiter != u'"' && delimiter != u'\r' && delimiter != u'\n',
        "the delimiter is a usable character");
    if (!options.delimiter.isNull())
        check(delimiter == options.delimiter, "a given delimiter is used");
    check(reader.totalBytes() == data.size(), "totalBytes() is the buffer's size");

    lf::CsvRecord record;
    qint64 lastLine = 0;
    qsizetype expectedFields = -1;
    // Checks a record that was read, successfully (ok) or with a record error.
    auto accept = [&](const Snapshot &s, bool ok) {
        check(!s.fields.isEmpty(), "a record that was read has at least one field");
        check(s.line > lastLine, "each record starts on a later line than the one before");
        lastLine = s.line;
        for (const QString &field : s.fields)
            check(field.size() <= options.maxFieldLength, "no field is longer than maxFieldLength");
        if (expectedFields < 0)
            expectedFields = s.fields.size();
        else if (ok && options.requireSameFieldCount)
            check(s.fields.size() == expectedFields, "records have the first one's field count");
    };
    // The last error and the record as it was then: a record error if the next call gives
    // something else, a fatal error if it gives the same error again (csvreader.h).
    std::optional<std::pair<lf::Error, Snapshot>> pending;
    // A record takes at least one byte of input, so more calls than bytes means a loop.
    for (qsizetype calls = 0;; ++calls) {
        check(calls <= data.size() + 3, "readRecord() consumes input on every call");
        const lf::Result<bool> read = reader.readRecord(record);
        check(reader.bytesRead() <= data.size(), "bytesRead() stays within the file");
        if (!read) {
            const lf::Error &error = read.error();
            check(error.code == lf::ErrorCode::Parse, "reading a QBuffer fails only to parse");
            check(error.file == u"fuzz.csv"_s, "errors name the file");
            if (pending && sameError(pending->first, error))
                return; // fatal: the same error again on every later call
            if (pending)
                accept(pending->second, false);
            pending.emplace(error, snapshot(record));
            continue;
        }
        if (pending) {
            accept(pending->second, false);
            pending.reset();
        }
        if (!*read) {
            check(reader.bytesRead() == reader.totalBytes(), "a clean end has read every byte");
            check(!reader.readRecord(record).value_or(true), "the end stays the end");
            return;
        }
        accept(snapshot(record), true);
    }
}

/// Decoding in chunks of a few bytes gives what decoding at once gives (textdecoder.h: a character
/// split across two chunks is handled). Only the first 4 KiB: chunk boundaries are what matters.
void decodeInChunks(QByteArrayView data, const QString &encoding)
{
    data = data.first(std::min<qsizetype>(data.size(), 4096));
    auto whole = lf::TextDecoder::forName(encoding);
    auto chunked = lf::TextDecoder::forName(encoding);
    if (!whole || !chunked)
        return;
    QString expected, tail;
    whole->decode(data, expected);
    whole->finish(tail);
    expected += tail;
    // Invalid input is not compared: where U+FFFD goes is Qt's business. Encodings that Qt decodes
    // through ICU (Shift_JIS, GB18030, ...) do not report invalid input (hasError() stays false)
    // and put U+FFFD or U+001A in its place; bytes ICU holds back after an invalid sequence at the
    // end of a chunk are lost. Such text is not compared either.
    if (whole->hasError() || expected.contains(QChar::ReplacementCharacter)
        || expected.contains(QChar(0x1A)))
        return;

    QString text, out;
    quint32 state = quint32(data.size()) * 2654435761u;
    for (qsizetype at = 0; at < data.size();) {
        state = state * 1103515245u + 12345u;
        const qsizetype n = std::min<qsizetype>(data.size() - at, 1 + (state >> 16) % 7);
        chunked->decode(data.sliced(at, n), out);
        text += out;
        at += n;
    }
    chunked->finish(out);
    text += out;
    check(!chunked->hasError(), "valid input decoded in chunks has no error");
    check(text == expected, "decoding in chunks gives the same text");
}

/// Options for the second reading, picked by two bytes of the input.
lf::CsvReaderOptions optionsFor(uint selector)
{
    static const std::array<QString, 12> encodings = {u""_s, u"UTF-8"_s, u"utf8"_s, u"UTF-16"_s,
        u"UTF-16LE"_s, u"UTF-16BE"_s, u"windows-1252"_s, u"latin1"_s, u"ISO-8859-15"_s,
        u"Shift_JIS"_s, u"GB18030"_s, u"no-such-encoding"_s};
    static const std::array<char16_t, 8> delimiters = {
        0, u',', u';', u'\t', u'|', u'"', u'a', 0x00A7 /* § */};
    static const std::array<qint64, 4> limits = {1, 7, 64, 1024 * 1024};
    lf::CsvReaderOptions options;
    options.encoding = encodings[selector % encodings.size()];
    selector /= encodings.size();
    options.delimiter = QChar(delimiters[selector % delimiters.size()]);
    selector /= delimiters.size();
    options.maxFieldLength = limits[selector % limits.size()];
    selector /= limits.size();
    options.requireSameFieldCount = selector % 2 == 0;
    return options;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *bytes, size_t size)
{
    const QByteArray data =
        QByteArray::fromRawData(reinterpret_cast<const char *>(bytes), qsizetype(size));
    readAll(data, {});
    const uint selector = data.isEmpty() ? 0 : uint(uchar(data.front())) << 8 | uchar(data.back());
    const lf::CsvReaderOptions options = optionsFor(selector);
    readAll(data, options);

    const lf::EncodingGuess guess = lf::TextDecoder::detect(data, true);
    if (!guess.binary) {
        check(!guess.encoding.isEmpty(), "text has an encoding");
        check(guess.bomLength == lf::TextDecoder::bomLength(data, guess.encoding),
            "detect() and bomLength() agree on the byte-order mark");
        decodeInChunks(QByteArrayView(data).sliced(guess.bomLength), guess.encoding);
    }
    if (!options.encoding.isEmpty())
        decodeInChunks(data, options.encoding);
    return 0;
}
